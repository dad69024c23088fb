import { sql, type Kysely } from 'kysely';
import type { CoreTables } from '../../../store/CoreTables.js';
import type { ExperimentOutcome } from '../config/ExperimentsConfig.js';
import { DAY_MS } from './joinRange.js';

/** Days after the join before each outcome is known. */
export const OUTCOME_WINDOW_DAYS: Record<ExperimentOutcome, number> = {
  intro_within_7d: 7,
  verified_within_7d: 7,
  active_at_day_30: 30,
};

/** How each outcome reads on the dashboard and in the report. */
export const OUTCOME_LABELS: Record<ExperimentOutcome, string> = {
  intro_within_7d: 'Intro posted within 7 days',
  verified_within_7d: 'Completed within 7 days',
  active_at_day_30: 'Active at day 30',
};

/** One arm's members of an experiment. */
export interface ArmTrials {
  variantId: string;
  assigned: number;
  /** Assigned members whose outcome window has closed. */
  trials: number;
  /** Of the trials, members who reached the outcome. */
  successes: number;
}

/**
 * Counts an experiment's members per variant: assigned; trials, the members whose outcome window
 * has closed (joined at least 7 — or 30 — days before `now`); and successes among the trials:
 * an introduction or the gate passed within 7 days of the join, or, for `active_at_day_30`, a
 * message or reaction in the member directory on or after day 30 (its latest activity at least
 * 30 days after the join). The join is the member's current onboarding run; an assigned member
 * onboarding no longer knows is assigned but no trial.
 * @param db - the database
 * @param guildId - the guild
 * @param experimentId - the experiment
 * @param outcome - what counts as success
 * @param now - epoch ms
 */
export async function experimentTrials(
  db: Kysely<CoreTables>,
  guildId: string,
  experimentId: string,
  outcome: ExperimentOutcome,
  now: number,
): Promise<ArmTrials[]> {
  const windowMs = OUTCOME_WINDOW_DAYS[outcome] * DAY_MS;
  const success =
    outcome === 'intro_within_7d'
      ? sql`m.intro_posted_at IS NOT NULL AND m.intro_posted_at <= m.joined_at + ${windowMs}`
      : outcome === 'verified_within_7d'
        ? sql`m.verified_at IS NOT NULL AND m.verified_at <= m.joined_at + ${windowMs}`
        : sql`d.last_active_at IS NOT NULL AND d.last_active_at >= m.joined_at + ${windowMs}`;
  const closed = sql`m.joined_at IS NOT NULL AND m.joined_at <= ${now - windowMs}`;
  const { rows } = await sql<{
    variant_id: string;
    assigned: number | string;
    trials: number | string;
    successes: number | string;
  }>`
    SELECT a.variant_id AS variant_id, COUNT(*) AS assigned,
      SUM(CASE WHEN ${closed} THEN 1 ELSE 0 END) AS trials,
      SUM(CASE WHEN ${closed} AND ${success} THEN 1 ELSE 0 END) AS successes
    FROM onboarding_assignments a
    LEFT JOIN onboarding_members m ON m.guild_id = a.guild_id AND m.user_id = a.user_id
    LEFT JOIN member_directory d ON d.guild_id = a.guild_id AND d.user_id = a.user_id
    WHERE a.guild_id = ${guildId} AND a.experiment_id = ${experimentId}
    GROUP BY a.variant_id`.execute(db);
  return rows.map((r) => ({
    variantId: r.variant_id,
    assigned: Number(r.assigned),
    trials: Number(r.trials),
    successes: Number(r.successes),
  }));
}
