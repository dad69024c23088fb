// A hand-made onboarding history for the report tests: rows written straight into the tables
// (the welcome and journey parts are tested on their own). Every expected figure in
// reports.test.ts is counted by hand from the lists below.
import type { Kysely } from 'kysely';
import { starterConfig } from '../../src/config/starterConfig.js';
import { onboardingDb } from '../../src/modules/onboarding/OnboardingTables.js';
import type { CoreTables } from '../../src/store/CoreTables.js';

export const MIN = 60_000;
export const HOUR = 60 * MIN;
export const DAY = 24 * HOUR;

/** "Now": 2026-03-31 12:00 UTC. */
export const NOW = Date.UTC(2026, 2, 31, 12);
/** The range the tests ask for: joins in March 2026. */
export const RANGE = 'from=2026-03-01&to=2026-03-31';

/**
 * Three experiments: welcome-tone (1,094 per arm needed: collecting), tea (4 per arm: complete,
 * 1/4 vs 3/4 — Fisher's tea-tasting table), day30 (10 per arm: collecting).
 */
export const EXPERIMENTS_YAML = `  experiments:
    - id: welcome-tone
      variants: [{ id: plain }, { id: warm }]
      outcome: intro_within_7d
      baselineRate: 0.2
      minimumDetectableEffect: 0.05
    - id: tea
      variants: [{ id: milk }, { id: tea }]
      outcome: verified_within_7d
      baselineRate: 0.1
      minimumDetectableEffect: 0.85
    - id: day30
      variants: [{ id: a }, { id: b }]
      outcome: active_at_day_30
      baselineRate: 0.3
      minimumDetectableEffect: 0.6`;

/** The starter configuration with the fixture's experiments. */
export function reportsConfig(): string {
  return starterConfig().replace(/^ {2}experiments: \[\]$/m, EXPERIMENTS_YAML);
}

const at = (month: number, day: number, hour = 10): number => Date.UTC(2026, month - 1, day, hour);

interface Joiner {
  user: string;
  joined: number;
  /** Offsets from the join, ms; undefined: not done. */
  welcomed?: number;
  type?: [string, number];
  rules?: number;
  intro?: number;
  verified?: number;
}

/** u1–u8 joined in March (the funnel's members); u9 and t1–t8 in February. */
export const JOINERS: readonly Joiner[] = [
  {
    user: 'u1',
    joined: at(3, 1),
    welcomed: 1 * MIN,
    type: ['developer', 2 * MIN],
    rules: 5 * MIN,
    intro: HOUR,
    verified: HOUR,
  },
  {
    user: 'u2',
    joined: at(3, 2),
    welcomed: 1 * MIN,
    type: ['designer', 10 * MIN],
    rules: 20 * MIN,
    intro: 3 * HOUR,
    verified: 3 * HOUR,
  },
  { user: 'u3', joined: at(3, 3), welcomed: 2 * MIN, type: ['developer', 4 * MIN], rules: HOUR },
  { user: 'u4', joined: at(3, 5), welcomed: 1 * MIN, type: ['learner', 30 * MIN], intro: 2 * DAY },
  { user: 'u5', joined: at(3, 10), welcomed: 3 * MIN },
  { user: 'u6', joined: at(3, 20) },
  {
    user: 'u7',
    joined: at(3, 25),
    welcomed: 1 * MIN,
    type: ['developer', 6 * MIN],
    rules: 8 * MIN,
    intro: 30 * MIN,
    verified: 30 * MIN,
  },
  { user: 'u8', joined: at(3, 30), welcomed: 1 * MIN },
  { user: 'u9', joined: at(2, 20), welcomed: MIN, intro: 8 * DAY, verified: 8 * DAY },
  { user: 't1', joined: at(2, 1), verified: 2 * DAY },
  { user: 't2', joined: at(2, 2) },
  { user: 't3', joined: at(2, 3) },
  { user: 't4', joined: at(2, 4) },
  { user: 't5', joined: at(2, 5), verified: HOUR },
  { user: 't6', joined: at(2, 6), verified: 3 * DAY },
  { user: 't7', joined: at(2, 7), verified: 7 * DAY - MIN },
  { user: 't8', joined: at(2, 8), verified: 8 * DAY },
];

/** experiment → variant → members. */
export const ASSIGNMENTS: Record<string, Record<string, string[]>> = {
  'welcome-tone': { plain: ['u1', 'u3', 'u5', 'u9'], warm: ['u2', 'u4', 'u7'] },
  tea: { milk: ['t1', 't2', 't3', 't4'], tea: ['t5', 't6', 't7', 't8', 'u8'] },
  day30: { a: ['u9', 't1'], b: ['t5', 'u1', 'u2'] },
};

/** Latest activity in the member directory (day30's outcome), offsets from the join. */
const LAST_ACTIVE: Record<string, number> = { u9: 33 * DAY, t1: 14 * DAY, t5: 30 * DAY, u1: 29 * DAY };

/** Journey steps: [user, step, outcome, detail]. */
const STEPS: readonly [string, string, string | null, string | null][] = [
  ['u1', 'orientation', 'thread', null],
  ['u2', 'orientation', 'dm', null],
  ['u3', 'orientation', 'channel', 'dm_closed'],
  ['u4', 'orientation', 'thread', null],
  ['u5', 'orientation', 'stopped', null],
  ['u8', 'orientation', null, null],
  ['u1', 'introduce', 'skipped', 'introduced'],
  ['u3', 'introduce', 'dm', null],
  ['u8', 'introduce', null, null],
  ['u2', 'old-step', 'channel', null],
  ['u9', 'orientation', 'thread', null],
];

/**
 * Writes the fixture for a guild, plus one March joiner in another guild (never counted).
 * @param core - the database
 * @param guildId - the guild
 */
export async function seedReportsFixture(core: Kysely<CoreTables>, guildId: string): Promise<void> {
  const db = onboardingDb(core);
  const member = (guild: string, j: Joiner) => {
    const offset = (ms: number | undefined): number | null => (ms === undefined ? null : j.joined + ms);
    return {
      guild_id: guild,
      user_id: j.user,
      join_event_id: `test:member.joined:${guild}:${j.user}`,
      joined_at: j.joined,
      member_type: j.type?.[0] ?? null,
      type_chosen_at: offset(j.type?.[1]),
      rules_accepted_at: offset(j.rules),
      intro_posted_at: offset(j.intro),
      intro_message_id: j.intro === undefined ? null : `m-${j.user}`,
      verified_at: offset(j.verified),
      pending: 0,
      invite_code: null,
      dm_opt_in_at: null,
      dm_opt_out_at: null,
      thread_id: null,
      stopped_at: null,
      stopped_reason: null,
      left_at: null,
      updated_at: NOW,
    };
  };
  const other = { user: 'x1', joined: at(3, 4), welcomed: MIN, verified: MIN };
  await db
    .insertInto('onboarding_members')
    .values([...JOINERS.map((j) => member(guildId, j)), member('999999999999999999', other)])
    .execute();
  const welcomed = [...JOINERS.map((j) => [guildId, j] as const), ['999999999999999999', other] as const].filter(
    ([, j]) => j.welcomed !== undefined,
  );
  await db
    .insertInto('onboarding_welcomes')
    .values(
      welcomed.map(([guild, j]) => ({
        guild_id: guild,
        user_id: j.user,
        join_event_id: `test:member.joined:${guild}:${j.user}`,
        joined_at: j.joined,
        welcomed_at: j.joined + (j.welcomed ?? 0),
        role_id: null,
        welcome_channel_id: 'c-welcome',
        welcome_message_id: `w-${j.user}`,
      })),
    )
    .execute();
  await db
    .insertInto('onboarding_assignments')
    .values(
      Object.entries(ASSIGNMENTS).flatMap(([experiment, arms]) =>
        Object.entries(arms).flatMap(([variant, users]) =>
          users.map((user) => ({
            guild_id: guildId,
            user_id: user,
            experiment_id: experiment,
            variant_id: variant,
            assigned_at: JOINERS.find((j) => j.user === user)?.joined ?? 0,
          })),
        ),
      ),
    )
    .execute();
  await db
    .insertInto('onboarding_steps')
    .values(
      STEPS.map(([user, step, outcome, detail]) => ({
        guild_id: guildId,
        user_id: user,
        step_id: step,
        due_at: (JOINERS.find((j) => j.user === user)?.joined ?? 0) + MIN,
        outcome,
        detail,
        message_id: null,
        done_at: outcome === null ? null : NOW - DAY,
      })),
    )
    .execute();
  await core
    .insertInto('member_directory')
    .values(
      Object.entries(LAST_ACTIVE).map(([user, offset]) => {
        const joined = JOINERS.find((j) => j.user === user)?.joined ?? 0;
        return {
          guild_id: guildId,
          user_id: user,
          username: user,
          display_name: user,
          bot: 0,
          roles: '[]',
          joined_at: joined,
          left_at: null,
          first_seen_at: joined,
          first_message_at: joined + HOUR,
          last_active_at: joined + offset,
          updated_at: NOW,
        };
      }),
    )
    .execute();
}
