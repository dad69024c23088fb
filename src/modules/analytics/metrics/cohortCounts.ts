import type { Kysely } from 'kysely';
import type { CoreTables } from '../../../store/CoreTables.js';
import { MONTH_BIT, START_WEEKS } from '../rollups/memberStarts.js';
import { cohortMasks } from './cohortMasks.js';
import type { CohortBasis } from './cohorts.js';
import { mondayOf, type DayRange } from './DayRange.js';

/** Weeks of the retention heatmap after a cohort's start. */
export const COHORT_WEEKS = START_WEEKS;

/** A weekly cohort: its size, latest start day and how many of it were active after their start. */
export interface CohortActivity {
  /** Monday of the cohort's week. */
  week: number;
  size: number;
  latestStart: number;
  /** Members active in week k after their start (days 7k+1 … 7k+7), k = 0 … 11. */
  weeks: number[];
  /** Members active on any of days 1 … 30 after their start. */
  month: number;
}

/**
 * The weekly cohorts of the humans who started in a range (docs/analytics.md, "Retention by
 * cohort"), counted from each cohort member's start mask (`cohortMasks`: the member directory
 * by start time and the kept rows of `analytics_member_starts` by start day, two index range
 * reads): bit k (0 … 11) set when active in week k after the start, bit 12 when active on one of
 * days 1 … 30, summed bit by bit per cohort week (Monday, UTC).
 * @param db - the database
 * @param guildId - the guild
 * @param range - the start days
 * @param basis - join or first message
 */
export async function cohortActivity(
  db: Kysely<CoreTables>,
  guildId: string,
  range: DayRange,
  basis: CohortBasis,
): Promise<CohortActivity[]> {
  const byWeek = new Map<number, CohortActivity>();
  for (const { start, mask } of await cohortMasks(db, guildId, range, basis)) {
    const week = mondayOf(start);
    let cohort = byWeek.get(week);
    if (cohort === undefined) {
      cohort = { week, size: 0, latestStart: start, weeks: Array.from({ length: COHORT_WEEKS }, () => 0), month: 0 };
      byWeek.set(week, cohort);
    }
    cohort.size += 1;
    cohort.latestStart = Math.max(cohort.latestStart, start);
    for (let k = 0; k < COHORT_WEEKS; k += 1) if ((mask & (2 ** k)) !== 0) cohort.weeks[k] = (cohort.weeks[k] ?? 0) + 1;
    if ((mask & MONTH_BIT) !== 0) cohort.month += 1;
  }
  return [...byWeek.values()].sort((a, b) => a.week - b.week);
}
