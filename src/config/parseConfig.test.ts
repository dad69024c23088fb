import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { modulesWithEvents, realModules } from '../../test/fixtures/config/testModules.js';
import type { ConfigModule } from './buildConfigSchema.js';
import { formatConfigError } from './ConfigError.js';
import { parseConfig } from './parseConfig.js';

const fixture = (name: string): string =>
  readFileSync(new URL(`../../test/fixtures/config/${name}`, import.meta.url), 'utf8');

/** The lines `guildhall validate` would print for a fixture. */
function problems(name: string, modules: readonly ConfigModule[] = modulesWithEvents): string[] {
  const result = parseConfig(fixture(name), name, modules);
  if (result.ok) throw new Error(`${name} unexpectedly validated`);
  return result.errors.map(formatConfigError);
}

describe('parseConfig', () => {
  it('fills in every default around the keys a valid file sets', () => {
    const result = parseConfig(fixture('valid.yaml'), 'valid.yaml', realModules);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.config.version).toBe(1);
    expect(result.config.community).toEqual({ name: 'Miyabi Art Club', guildId: '123456789012345678' });
    expect(result.sections.onboarding).toMatchObject({
      enabled: true,
      newcomerRole: 'New Member',
      welcomeChannel: 'say-hello',
      welcomeMessage: 'Welcome to {community}, {member}! Say hello and tell us what brings you here.',
      ignoreBots: true,
      catchUpWindow: 86_400_000,
      gate: { steps: ['rules', 'introduction', 'type'], memberRole: 'Member', introductionsChannel: 'introductions' },
      delivery: { speakIn: 'thread', journeyChannel: null, offerDms: true },
      experiments: [],
      completionTarget: 0.6,
    });
    const onboarding = result.sections.onboarding as { journey: { id: string; after: number }[] };
    expect(onboarding.journey.map((s) => [s.id, s.after])).toEqual([
      ['orientation', 30_000],
      ['pick-type', 120_000],
      ['introduce', 300_000],
      ['day-1-check-in', 86_400_000],
      ['day-3-resources', 3 * 86_400_000],
      ['day-7-events', 7 * 86_400_000],
      ['day-14-feedback', 14 * 86_400_000],
      ['day-30-ambassadors', 30 * 86_400_000],
    ]);
    expect(result.sections.recognition).toMatchObject({
      enabled: false,
      points: { message: 2 },
      messageCooldown: 60000,
      minMessageLength: 1,
      excludedChannels: [],
    });
    expect(result.config.recognition).toBe(result.sections.recognition);
  });

  it('gives a module section left out all its defaults', () => {
    const result = parseConfig(fixture('minimal.yaml'), 'minimal.yaml', modulesWithEvents);
    expect(result.ok && result.sections.events).toEqual({ enabled: true, cadence: 'weekly', slots: [], rules: [] });
  });

  it('reports a wrong type and an out-of-range number at their lines', () => {
    expect(problems('type-error.yaml')).toEqual([
      'type-error.yaml:5: recognition.points.message: expected a number, got "five"',
      'type-error.yaml:6: recognition.messageCooldownSeconds: must be at least 0, got -5',
    ]);
  });

  it('reports unknown keys with the known key they were probably meant to be', () => {
    expect(problems('unknown-key.yaml')).toEqual([
      'unknown-key.yaml:4: onboarding.welcomChannel: unknown key "welcomChannel" (did you mean "welcomeChannel"?)',
      'unknown-key.yaml:5: recognitoin: unknown key "recognitoin" (did you mean "recognition"?)',
    ]);
  });

  it('lists the allowed keys when an unknown key is close to none of them', () => {
    const result = parseConfig('community:\n  name: Club\nfrobnicate: 1\n', 'community.yaml', realModules);
    expect(result.ok ? [] : result.errors.map(formatConfigError)).toEqual([
      'community.yaml:3: frobnicate: unknown key "frobnicate" (allowed here: version, community, catchUp, dashboard, onboarding, recognition)',
    ]);
  });

  it('reports a missing required key at the line of its parent', () => {
    expect(problems('missing-required.yaml')).toEqual([
      'missing-required.yaml:2: community.name: required key is missing',
    ]);
  });

  it('reports a value outside an enum or constant, suggesting the closest allowed value', () => {
    expect(problems('bad-enum.yaml')).toEqual([
      'bad-enum.yaml:1: version: expected 1, got 2',
      'bad-enum.yaml:5: events.cadence: expected one of "daily", "weekly", "monthly", got "weekyl" (did you mean "weekly"?)',
    ]);
  });

  it('points into lists: the exact element and key that is wrong', () => {
    expect(problems('nested-array.yaml')).toEqual([
      'nested-array.yaml:6: recognition.excludedChannels[1]: must not be empty',
      'nested-array.yaml:12: events.slots[1].hour: must be at most 23, got 25',
      'nested-array.yaml:14: events.rules[0].type: expected one of "mentions", "links", got "mention" (did you mean "mentions"?)',
    ]);
  });

  it('turns a YAML syntax error into one error at its line', () => {
    expect(problems('syntax-error.yaml')).toEqual([
      'syntax-error.yaml:4: YAML syntax error: nested mappings are not allowed in compact mappings',
    ]);
  });

  it('reports duplicate keys', () => {
    const result = parseConfig('community:\n  name: A\n  name: B\n', 'community.yaml', realModules);
    expect(result.ok ? [] : result.errors.map(formatConfigError)).toEqual([
      'community.yaml:3: duplicate key "name": each key may appear only once in a mapping',
    ]);
  });

  it('refuses secrets in the file and names the environment variable to use instead', () => {
    expect(problems('secret.yaml')).toEqual([
      'secret.yaml:3: token: secrets must not be written in this file: remove "token" and set DISCORD_TOKEN in the environment instead',
      'secret.yaml:4: integrations: unknown key "integrations" (allowed here: version, community, catchUp, dashboard, onboarding, recognition, events)',
      'secret.yaml:6: integrations.github.webhookSecret: secrets must not be written in this file: remove "webhookSecret" and set it in the environment instead (${…} is not expanded here)',
    ]);
  });

  it('does not mistake an empty secret-looking key for a secret', () => {
    const result = parseConfig('community:\n  name: Club\n  token:\n', 'community.yaml', realModules);
    expect(result.ok ? [] : result.errors.map(formatConfigError)).toEqual([
      'community.yaml:3: community.token: unknown key "token" (allowed here: name, guildId)',
    ]);
  });

  it('reports an empty file, or one with only comments, as empty', () => {
    const message =
      'the file is empty: it needs at least a "community:" section with a "name" (run "guildhall init" to start from a template)';
    expect(problems('empty.yaml')).toEqual([`empty.yaml:1: ${message}`]);
    expect(problems('comments-only.yaml')).toEqual([`comments-only.yaml:1: ${message}`]);
  });

  it('explains a top-level list or an empty section in plain words', () => {
    const list = parseConfig('- community\n', 'community.yaml', realModules);
    expect(list.ok ? [] : list.errors.map(formatConfigError)).toEqual([
      'community.yaml:1: expected a mapping (indented "key: value" lines), got a list',
    ]);
    const empty = parseConfig('community:\n', 'community.yaml', realModules);
    expect(empty.ok ? [] : empty.errors.map(formatConfigError)).toEqual([
      'community.yaml:1: community: expected a mapping (indented "key: value" lines), got an empty value',
    ]);
  });

  it('hints at quoting when a number stands where text belongs', () => {
    const result = parseConfig('community:\n  name: 2024\n', 'community.yaml', realModules);
    expect(result.ok ? [] : result.errors.map(formatConfigError)).toEqual([
      'community.yaml:2: community.name: expected text, got 2024 (put it in quotes to make it text)',
    ]);
  });

  it('keeps the message written into a schema (a Discord id)', () => {
    const result = parseConfig('community:\n  name: Club\n  guildId: "12"\n', 'community.yaml', realModules);
    expect(result.ok ? [] : result.errors.map(formatConfigError)).toEqual([
      'community.yaml:3: community.guildId: must be a Discord id (17–20 digits)',
    ]);
  });

  it('rejects YAML tags such as !env instead of reading the environment', () => {
    const result = parseConfig('community:\n  name: !env NAME\n', 'community.yaml', realModules);
    expect(result.ok ? [] : result.errors.map(formatConfigError)).toEqual([
      'community.yaml:2: unsupported YAML tag !env: write plain values (environment variables are not read from this file)',
    ]);
  });
});
