import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { CoreTables } from '../../../store/CoreTables.js';
import type { FunnelGrouping, FunnelStepId } from './OnboardingReportsApi.js';
import type { JoinRange } from './joinRange.js';

/** A group's key columns: member type (or '' for none), or experiment and variant ids. */
export interface GroupKey {
  g1: string;
  g2: string;
}

/** How many of a group's joiners did each step. */
export type StepCounts = GroupKey & Record<FunnelStepId, number>;

/** The median time from the join to one step, in one group. */
export type StepMedian = GroupKey & { step: FunnelStepId; medianMs: number };

/**
 * The range's joiners, one row each (one per experiment they are in, with by=variant), with the
 * time of each step: the table every funnel read starts from.
 */
function joiners(guildId: string, range: JoinRange, by: FunnelGrouping): RawBuilder<unknown> {
  const g1 = by === 'type' ? sql`COALESCE(m.member_type, '')` : by === 'variant' ? sql`a.experiment_id` : sql`''`;
  const g2 = by === 'variant' ? sql`a.variant_id` : sql`''`;
  const arms =
    by === 'variant' ? sql`JOIN onboarding_assignments a ON a.guild_id = m.guild_id AND a.user_id = m.user_id` : sql``;
  return sql`SELECT ${g1} AS g1, ${g2} AS g2, m.joined_at AS joined_at, w.welcomed_at AS welcomed_at,
      m.type_chosen_at AS type_chosen_at, m.rules_accepted_at AS rules_accepted_at,
      m.intro_posted_at AS intro_posted_at, m.verified_at AS verified_at
    FROM onboarding_members m
    LEFT JOIN onboarding_welcomes w ON w.guild_id = m.guild_id AND w.join_event_id = m.join_event_id
    ${arms}
    WHERE m.guild_id = ${guildId} AND m.joined_at >= ${range.fromMs} AND m.joined_at < ${range.toMs}`;
}

type Num = number | string;

/**
 * Counts, per group, the range's joiners and those who did each step (in any order).
 * @param db - the database
 * @param guildId - the guild
 * @param range - the joins
 * @param by - the grouping
 */
export async function stepCounts(
  db: Kysely<CoreTables>,
  guildId: string,
  range: JoinRange,
  by: FunnelGrouping,
): Promise<StepCounts[]> {
  const { rows } = await sql<{ g1: string; g2: string } & Record<FunnelStepId, Num>>`
    SELECT b.g1 AS g1, b.g2 AS g2, COUNT(*) AS joined, COUNT(b.welcomed_at) AS welcomed,
      COUNT(b.type_chosen_at) AS type_chosen, COUNT(b.rules_accepted_at) AS rules_accepted,
      COUNT(b.intro_posted_at) AS intro_posted, COUNT(b.verified_at) AS completed
    FROM (${joiners(guildId, range, by)}) b
    GROUP BY b.g1, b.g2`.execute(db);
  return rows.map((r) => ({
    g1: r.g1,
    g2: r.g2,
    joined: Number(r.joined),
    welcomed: Number(r.welcomed),
    type_chosen: Number(r.type_chosen),
    rules_accepted: Number(r.rules_accepted),
    intro_posted: Number(r.intro_posted),
    completed: Number(r.completed),
  }));
}

const TIMED_STEPS: readonly [Exclude<FunnelStepId, 'joined'>, string][] = [
  ['welcomed', 'welcomed_at'],
  ['type_chosen', 'type_chosen_at'],
  ['rules_accepted', 'rules_accepted_at'],
  ['intro_posted', 'intro_posted_at'],
  ['completed', 'verified_at'],
];

/**
 * The median time from the join to each step, per group, of the joiners who did it. Computed in
 * SQL the same way on SQLite and PostgreSQL: each step's times numbered with `ROW_NUMBER()` and
 * counted with `COUNT(*)` over the group, then the mean of the middle one (odd n) or two (even n)
 * — integer division in both databases.
 * @param db - the database
 * @param guildId - the guild
 * @param range - the joins
 * @param by - the grouping
 */
export async function stepMedians(
  db: Kysely<CoreTables>,
  guildId: string,
  range: JoinRange,
  by: FunnelGrouping,
): Promise<StepMedian[]> {
  const durations = sql.join(
    TIMED_STEPS.map(
      ([step, column]) =>
        sql`SELECT b.g1 AS g1, b.g2 AS g2, ${sql.lit(step)} AS step, ${sql.ref(`b.${column}`)} - b.joined_at AS ms
          FROM base b WHERE ${sql.ref(`b.${column}`)} IS NOT NULL`,
    ),
    sql` UNION ALL `,
  );
  const { rows } = await sql<{ g1: string; g2: string; step: FunnelStepId; median_ms: Num }>`
    WITH base AS (${joiners(guildId, range, by)}),
    d AS (${durations}),
    r AS (
      SELECT g1, g2, step, ms,
        ROW_NUMBER() OVER (PARTITION BY g1, g2, step ORDER BY ms) AS rn,
        COUNT(*) OVER (PARTITION BY g1, g2, step) AS n
      FROM d
    )
    SELECT g1, g2, step, AVG(ms) AS median_ms FROM r
    WHERE rn = (n + 1) / 2 OR rn = n / 2 + 1
    GROUP BY g1, g2, step`.execute(db);
  return rows.map((r) => ({ g1: r.g1, g2: r.g2, step: r.step, medianMs: Number(r.median_ms) }));
}

/** What became of one journey step, counted by outcome. */
export interface JourneyOutcomeRow {
  stepId: string;
  /** `dm`, `thread`, `channel`, `skipped`, `stopped`, or null while waiting. */
  outcome: string | null;
  /** Sent elsewhere because DMs were closed. */
  fellBack: boolean;
  count: number;
}

/**
 * The journey steps of the range's joiners, counted by step and outcome.
 * @param db - the database
 * @param guildId - the guild
 * @param range - the joins
 */
export async function journeyOutcomes(
  db: Kysely<CoreTables>,
  guildId: string,
  range: JoinRange,
): Promise<JourneyOutcomeRow[]> {
  const fell = sql`CASE WHEN s.detail = 'dm_closed' THEN 1 ELSE 0 END`;
  const { rows } = await sql<{ step_id: string; outcome: string | null; fell: Num; n: Num }>`
    SELECT s.step_id AS step_id, s.outcome AS outcome, ${fell} AS fell, COUNT(*) AS n
    FROM onboarding_steps s
    JOIN onboarding_members m ON m.guild_id = s.guild_id AND m.user_id = s.user_id
    WHERE m.guild_id = ${guildId} AND m.joined_at >= ${range.fromMs} AND m.joined_at < ${range.toMs}
    GROUP BY s.step_id, s.outcome, ${fell}`.execute(db);
  return rows.map((r) => ({
    stepId: r.step_id,
    outcome: r.outcome,
    fellBack: Number(r.fell) === 1,
    count: Number(r.n),
  }));
}
