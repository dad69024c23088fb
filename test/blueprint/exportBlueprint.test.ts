import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { planHasChanges } from '../../src/modules/server/index.js';
import { PERMISSION_FLAGS } from '../../src/platform/permissionFlags.js';
import { testDialect } from '../testStore.js';
import { openBlueprintSandbox, planText, serverSection, type BlueprintSandbox } from './blueprintSandbox.js';
import { COMMUNITY_BLUEPRINT } from './blueprints.js';

describe(`export writes the live server as a blueprint (${testDialect})`, () => {
  let s: BlueprintSandbox;
  beforeEach(async () => {
    s = await openBlueprintSandbox();
  });
  afterEach(async () => {
    await s.close();
  });

  it('exports the seeded sandbox: names, not bits; colours as #rrggbb; synced channels without overwrites', async () => {
    const yaml = await s.exportYaml();
    expect(yaml).toContain(`# The layout of the Discord server "Blueprint Test" (${s.guildId}),`);
    expect(yaml).toContain(
      [
        '    - name: Moderator',
        '      color: "#3498db"',
        '      hoist: true',
        '      mentionable: true',
        '      permissions: [KickMembers, BanMembers, ManageMessages, ManageThreads, ModerateMembers]',
      ].join('\n'),
    );
    expect(yaml).toContain(
      [
        '    - name: Staff',
        '      overwrites:',
        '        - role: "@everyone"',
        '          deny: [ViewChannel]',
        '        - role: Moderator',
        '          allow: [ViewChannel]',
        '      channels:',
        '        - type: text',
        '          name: mod-log',
        '          topic: Moderation actions, logged by Guildhall.',
        '    - name: Voice',
      ].join('\n'),
    );
    expect(yaml).not.toContain('Guildhall\n'); // the bot's managed role is not exported
    expect(planText(await s.plan(serverSection(yaml)))).toBe('No changes. The server matches community.yaml.');
  });

  it('re-plans to no changes after a full blueprint, member overwrites and unnamed permission bits', async () => {
    await s.apply(COMMUNITY_BLUEPRINT);
    const guild = await s.guild();
    const general = guild.channels.find((c) => c.name === 'general')!;
    const owner = guild.ownerId;
    const unnamed = 1n << 52n;
    await s.sandbox.editChannel(general.id, {
      permissionOverwrites: [
        { id: owner, type: 'member', allow: (PERMISSION_FLAGS.ManageMessages | unnamed).toString(), deny: '0' },
      ],
    });
    const yaml = await s.exportYaml();
    expect(yaml).toContain(
      [
        '        - type: text',
        '          name: general',
        '          topic: Anything goes (within the rules).',
        '          slowmode: 5',
        '          overwrites:',
        `            - member: "${owner}"`,
        '              allow: [ManageMessages]',
      ].join('\n'),
    );
    const result = await s.plan(serverSection(yaml), { prune: true });
    expect(result.problems).toEqual([]);
    expect(planText(result)).toBe('No changes. The server matches community.yaml.');
  });

  it('an exported server applied to a fresh one makes it export the same', async () => {
    await s.apply(COMMUNITY_BLUEPRINT);
    const yaml = await s.exportYaml();
    const copy = await openBlueprintSandbox();
    try {
      await copy.apply(serverSection(yaml), { prune: true });
      expect(planHasChanges((await copy.plan(serverSection(yaml), { prune: true })).plan)).toBe(false);
      const body = (text: string): string => text.slice(text.indexOf('server:'));
      expect(body(await copy.exportYaml())).toBe(body(yaml));
    } finally {
      await copy.close();
    }
  });
});
