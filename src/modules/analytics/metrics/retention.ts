import type { Kysely } from 'kysely';
import type { CoreTables } from '../../../store/CoreTables.js';
import { POSTED_BIT } from '../rollups/memberStarts.js';
import { cohortMasks } from './cohortMasks.js';
import { cohortActivity, COHORT_WEEKS } from './cohortCounts.js';
import { activeBetween, cohortMembers, type CohortBasis, type CohortMember } from './cohorts.js';
import { ratio, type DayRange } from './DayRange.js';

/** One weekly cohort and its retention (shares 0–1; null: window not over yet). */
export interface Cohort {
  /** Monday of the cohort's week. */
  week: number;
  size: number;
  retention7d: number | null;
  retention30d: number | null;
  /** Share active in week k after the start (days 7k+1 … 7k+7). */
  weeks: (number | null)[];
}

function shareActive(members: readonly CohortMember[], first: number, last: number): number | null {
  return ratio(members.filter((m) => activeBetween(m.active, first, last)).length, members.length);
}

/**
 * Retention by weekly cohort (docs/analytics.md, "Retention"): the humans who joined (or first
 * posted) in the range, grouped by the ISO week (Monday, UTC) of their start day. A window is
 * reported only once it is over for every member of the cohort (on or before `asOfDay`).
 * One read, counted in SQL (`cohortActivity`).
 * @param db - the database
 * @param guildId - the guild
 * @param range - the start days
 * @param basis - join or first message
 * @param asOfDay - last day whose activity is complete (usually yesterday)
 */
export async function retentionCohorts(
  db: Kysely<CoreTables>,
  guildId: string,
  range: DayRange,
  basis: CohortBasis,
  asOfDay: number,
): Promise<Cohort[]> {
  const cohorts = await cohortActivity(db, guildId, range, basis);
  return cohorts.map(({ week, size, latestStart, weeks, month }) => {
    const over = (lastOffset: number): boolean => latestStart + lastOffset <= asOfDay;
    const share = (active: number): number => active / size;
    return {
      week,
      size,
      retention7d: over(7) ? share(weeks[0] ?? 0) : null,
      retention30d: over(30) ? share(month) : null,
      weeks: Array.from({ length: COHORT_WEEKS }, (_, k) => (over(7 * k + 7) ? share(weeks[k] ?? 0) : null)),
    };
  });
}

/**
 * N-day retention of the members who started in a range: the share active on any of days
 * 1 … N after their start day; null without such members.
 * @param db - the database
 * @param guildId - the guild
 * @param range - the start days
 * @param days - N (7 or 30)
 * @param basis - join or first message
 */
export async function retentionRate(
  db: Kysely<CoreTables>,
  guildId: string,
  range: DayRange,
  days: number,
  basis: CohortBasis = 'join',
): Promise<number | null> {
  return shareActive(await cohortMembers(db, guildId, range, basis, days), 1, days);
}

/**
 * Activation (docs/analytics.md, "Activation"): the share of the humans who joined in the
 * range who posted a message on their join day or one of the 7 days after; null without
 * joiners. The joiners and the activation bit of their start masks (`cohortMasks`: the member
 * directory by join time and the kept rows of `analytics_member_starts`, two index range reads).
 * @param db - the database
 * @param guildId - the guild
 * @param range - the join days
 */
export async function activationRate(db: Kysely<CoreTables>, guildId: string, range: DayRange): Promise<number | null> {
  const joiners = await cohortMasks(db, guildId, range, 'join');
  return ratio(joiners.filter((j) => (j.mask & POSTED_BIT) !== 0).length, joiners.length);
}
