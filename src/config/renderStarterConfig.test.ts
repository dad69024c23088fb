import { describe, expect, it } from 'vitest';
import { modulesWithEvents } from '../../test/fixtures/config/testModules.js';
import { parseConfig } from './parseConfig.js';
import { renderStarterConfig } from './renderStarterConfig.js';

describe('renderStarterConfig', () => {
  it('validates, and sets every key to its default except the dashboard roles of the starter server', () => {
    const text = renderStarterConfig(modulesWithEvents);
    const parsed = parseConfig(text, 'community.yaml', modulesWithEvents);
    const defaults = parseConfig(
      'community:\n  name: My Community\ndashboard:\n  roles: { admin: [Admin], moderator: [Moderator], viewer: [Member] }\n',
      'community.yaml',
      modulesWithEvents,
    );
    expect(parsed.ok && defaults.ok && parsed.config).toEqual(defaults.ok && defaults.config);
  });

  it('explains each key with its description, type and default in comments', () => {
    const text = renderStarterConfig(modulesWithEvents);
    expect(text).toContain(
      [
        '  # A member earns message points at most once per this long (anti-farming; at most 24h).',
        '  # Text (duration). Default: "60s".',
        '  messageCooldown: 60s',
      ].join('\n'),
    );
    expect(text).not.toContain('messageCooldownSeconds');
    expect(text).toContain('# Events programme. Leave the section out to use the defaults shown.\nevents:\n');
    expect(text).toContain(
      '  # Regular event slots.\n  # List of mappings. Default: []. Each entry has: day, hour.\n  slots: []',
    );
  });

  it('leaves optional keys without a default commented out, ready to fill in', () => {
    const text = renderStarterConfig(modulesWithEvents);
    expect(text).toContain('  # guildId: "123456789012345678"');
    expect(text).toContain('  # host: change me');
    expect(text).toContain(
      '  # reminder:\n    # Minutes before the start.\n    # Whole number, at least 1. Required.\n    # minutesBefore: 1',
    );
  });

  it('is still valid once an optional block is uncommented', () => {
    const text = renderStarterConfig(modulesWithEvents)
      .replace('  # reminder:\n', '  reminder:\n')
      .replace('    # minutesBefore: 1', '    minutesBefore: 1');
    const parsed = parseConfig(text, 'community.yaml', modulesWithEvents);
    expect(parsed.ok && parsed.sections.events).toMatchObject({ reminder: { minutesBefore: 1 } });
  });

  it('puts in the community name it is given', () => {
    const parsed = parseConfig(renderStarterConfig([], { communityName: 'Miyabi: Art & Co' }), 'community.yaml', []);
    expect(parsed.ok && parsed.config.community.name).toBe('Miyabi: Art & Co');
  });
});
