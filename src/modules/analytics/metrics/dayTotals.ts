import type { Kysely } from 'kysely';
import type { CoreTables } from '../../../store/CoreTables.js';
import { analyticsDb } from '../AnalyticsTables.js';
import { rangeLength, type DayRange } from './DayRange.js';

/** A guild's counts for one day (zeros for a day without activity). */
export interface DayCounts {
  day: number;
  messages: number;
  replies: number;
  reactions: number;
  joins: number;
  leaves: number;
}

/** The sums of a range's counts. */
export type RangeCounts = Omit<DayCounts, 'day'>;

/**
 * The daily counts of a range from `analytics_days` (an index range read), one per day.
 * @param db - the database
 * @param guildId - the guild
 * @param range - the days
 */
export async function dayTotals(db: Kysely<CoreTables>, guildId: string, range: DayRange): Promise<DayCounts[]> {
  const rows = await analyticsDb(db)
    .selectFrom('analytics_days')
    .select(['day', 'messages', 'replies', 'reactions', 'joins', 'leaves'])
    .where('guild_id', '=', guildId)
    .where('day', '>=', range.fromDay)
    .where('day', '<=', range.toDay)
    .execute();
  const out: DayCounts[] = Array.from({ length: rangeLength(range) }, (_, i) => ({
    day: range.fromDay + i,
    messages: 0,
    replies: 0,
    reactions: 0,
    joins: 0,
    leaves: 0,
  }));
  for (const r of rows) {
    out[r.day - range.fromDay] = { ...r };
  }
  return out;
}

/**
 * The counts of a range added up.
 * @param db - the database
 * @param guildId - the guild
 * @param range - the days
 */
export async function rangeTotals(db: Kysely<CoreTables>, guildId: string, range: DayRange): Promise<RangeCounts> {
  const sum: RangeCounts = { messages: 0, replies: 0, reactions: 0, joins: 0, leaves: 0 };
  for (const d of await dayTotals(db, guildId, range)) {
    sum.messages += d.messages;
    sum.replies += d.replies;
    sum.reactions += d.reactions;
    sum.joins += d.joins;
    sum.leaves += d.leaves;
  }
  return sum;
}
