import { describe, expect, it } from 'vitest';
import { moduleList } from '../modules/moduleList.js';
import { formatConfigError } from './ConfigError.js';
import { liveReferenceWarnings } from './checkReferencesLive.js';
import { defaultTemplatesDir, readTemplate } from './configTemplates.js';
import { parseConfig } from './parseConfig.js';

/** Only the modules a test needs (server + those named), so other sections' defaults stay out. */
const only = (...ids: string[]) => moduleList.filter((m) => m.id === 'server' || ids.includes(m.id));

/** The reference warnings of a file, formatted (deprecations left out). */
function warnings(text: string, ids: string[]): string[] {
  const result = parseConfig(text, 'community.yaml', only(...ids));
  if (!result.ok) throw new Error(result.errors.map(formatConfigError).join('\n'));
  return result.warnings.filter((w) => !w.message.startsWith('deprecated')).map(formatConfigError);
}

const SERVER = `version: 1
community:
  name: Refs
server:
  roles:
    - name: Admin
    - name: Moderator
  categories:
    - name: Staff
      channels:
        - { type: text, name: moderation }
        - { type: text, name: Staff Notes }
`;

describe('channel and role references against the server: section', () => {
  it('points at a written value the section lacks, with the closest name', () => {
    expect(warnings(`${SERVER}moderation:\n  modLogChannel: mod-log\n`, ['moderation'])).toEqual([
      'community.yaml:14: moderation.modLogChannel: no channel "mod-log" in server (did you mean "moderation"?)',
    ]);
    expect(warnings(`${SERVER}moderation:\n  modLogChannel: moderatoin\n`, ['moderation'])).toEqual([
      'community.yaml:14: moderation.modLogChannel: no channel "moderatoin" in server (did you mean "moderation"?)',
    ]);
  });

  it('checks defaults too, saying the file leaves them unset', () => {
    expect(warnings(SERVER, ['moderation'])).toEqual([
      'community.yaml:1: moderation.modLogChannel: no channel "mod-log" in server (did you mean "moderation"?); the file leaves moderation.modLogChannel at its default: set it, or add the channel',
    ]);
  });

  it('accepts declared names, text channels as Discord stores them, categories, #names, ids and @everyone', () => {
    const text = `${SERVER}moderation:
  modLogChannel: "#moderation"
  lockdown:
    channels: [staff-notes, Staff, "123456789012345678"]
  moderatorRoles: [Moderator, "@everyone", "223456789012345678"]
`;
    expect(warnings(text, ['moderation'])).toEqual([]);
  });

  it('finds references in lists, nested settings and automod rule conditions', () => {
    const text = `${SERVER}moderation:
  modLogChannel: moderation
  alertRoles: { minor: Mods }
automod:
  exemptRoles: [Admin]
  exemptChannels: [Staff]
  native: { alertChannel: moderation }
  rules:
    - id: helpers-only
      name: Helpers only
      triggers: [{ type: word_filter, words: [secret] }]
      conditions: [{ type: lacks_role, roles: [Helpers] }]
      effects: [{ type: delete_message }]
`;
    expect(warnings(text, ['moderation', 'automod'])).toEqual([
      'community.yaml:15: moderation.alertRoles.minor: no role "Mods" in server',
      'community.yaml:24: automod.rules[0].conditions[0].roles[0]: no role "Helpers" in server',
    ]);
  });

  it('checks nothing for a disabled section, a file without server:, or a kind the section does not declare', () => {
    expect(warnings(`${SERVER}moderation:\n  enabled: false\n  modLogChannel: nowhere\n`, ['moderation'])).toEqual([]);
    const noServer = 'version: 1\ncommunity:\n  name: Refs\nmoderation:\n  modLogChannel: nowhere\n';
    expect(warnings(noServer, ['moderation'])).toEqual([]);
    const rolesOnly = `version: 1\ncommunity:\n  name: Refs\nserver:\n  roles: [{ name: Admin }, { name: Moderator }]\nmoderation:\n  modLogChannel: nowhere\n`;
    expect(warnings(rolesOnly, ['moderation'])).toEqual([]);
  });

  it.each(['starter', 'miyabi', 'miktos', 'tixl'])(
    'template %s declares every channel and role its sections name, and nothing is deprecated',
    async (name) => {
      const text = await readTemplate(name, { templatesDir: defaultTemplatesDir(), modules: moduleList });
      const result = parseConfig(text, name, moduleList);
      expect(result.ok).toBe(true);
      expect(result.ok ? result.warnings.map(formatConfigError) : []).toEqual([]);
    },
  );
});

describe('channel and role references against the live server', () => {
  const live = {
    roles: [
      { id: '100000000000000001', name: '@everyone' },
      { id: '100000000000000002', name: 'Moderator' },
    ],
    channels: [
      { id: '100000000000000010', name: 'moderation', kind: 'text' },
      { id: '100000000000000011', name: 'welcome', kind: 'text' },
      { id: '100000000000000012', name: 'mod-log', kind: 'thread' },
    ],
  };

  it('warns for each name the server lacks (threads do not count), accepts ids, skips disabled sections', () => {
    const text = `version: 1
community:
  name: Refs
moderation:
  modLogChannel: mod-log
  moderatorRoles: [Moderator, "100000000000000002"]
  adminRoles: [Admin]
  alertRoles: { minor: null, moderate: null, serious: null, severe: null }
onboarding:
  enabled: false
`;
    const found = liveReferenceWarnings(text, 'community.yaml', only('moderation', 'onboarding'), live);
    expect(found.map(formatConfigError)).toEqual([
      'community.yaml:5: moderation.modLogChannel: no channel "mod-log" on the server (did you mean "moderation"?)',
      'community.yaml:7: moderation.adminRoles[0]: no role "Admin" on the server',
    ]);
  });
});
