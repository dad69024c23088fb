import type { Kysely } from 'kysely';
import type { CoreTables } from '../../../store/CoreTables.js';
import { rangeTotals } from './dayTotals.js';
import { rangeLength, ratio, type DayRange } from './DayRange.js';
import { membersAtDays } from './membersAt.js';

/** Members at the start and end of a range and the rates built on them. */
export interface MembershipRates {
  /** Members at the end of the day before the range. */
  membersAtStart: number;
  /** Members at the end of the range's last day. */
  members: number;
  joins: number;
  leaves: number;
  /** leaves / membersAtStart. */
  churnRate: number | null;
  /** (members − membersAtStart) / membersAtStart. */
  growthRate: number | null;
}

/**
 * Growth and churn over a range (docs/analytics.md, "Growth rate", "Churn").
 * @param db - the database
 * @param guildId - the guild
 * @param range - the days
 */
export async function membershipRates(
  db: Kysely<CoreTables>,
  guildId: string,
  range: DayRange,
): Promise<MembershipRates> {
  const series = await membersAtDays(db, guildId, { fromDay: range.fromDay - 1, toDay: range.toDay });
  const membersAtStart = series[0] ?? 0;
  const members = series[series.length - 1] ?? 0;
  const totals = await rangeTotals(db, guildId, range);
  return {
    membersAtStart,
    members,
    joins: totals.joins,
    leaves: totals.leaves,
    churnRate: ratio(totals.leaves, membersAtStart),
    growthRate: ratio(members - membersAtStart, membersAtStart),
  };
}

/**
 * Engagement rate over a range (docs/analytics.md, "Engagement rate"): the day's average of
 * posts + replies (every human message) divided by the members at the end of the range.
 * @param messages - human messages in the range (posts and replies)
 * @param days - days in the range
 * @param members - members at the end of the range
 */
export function engagementRateOf(messages: number, days: number, members: number): number | null {
  return days === 0 ? null : ratio(messages / days, members);
}

/**
 * Engagement rate over a range, read from the rollups.
 * @param db - the database
 * @param guildId - the guild
 * @param range - the days
 */
export async function engagementRate(db: Kysely<CoreTables>, guildId: string, range: DayRange): Promise<number | null> {
  const totals = await rangeTotals(db, guildId, range);
  const members = await membersAtDays(db, guildId, { fromDay: range.toDay, toDay: range.toDay });
  return engagementRateOf(totals.messages, rangeLength(range), members[0] ?? 0);
}
