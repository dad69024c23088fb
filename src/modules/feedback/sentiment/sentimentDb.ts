import type { Kysely } from 'kysely';
import type { CoreTables } from '../../../store/CoreTables.js';
import type { FeedbackSentimentStateTables, FeedbackTables } from '../FeedbackTables.js';

/** Milliseconds in a UTC day. */
export const DAY_MS = 86_400_000;

/**
 * The UTC day number (days since 1970-01-01) of an epoch-ms time.
 * @param ms - epoch milliseconds
 */
export function utcDayOf(ms: number): number {
  return Math.floor(ms / DAY_MS);
}

/**
 * A UTC day number as `YYYY-MM-DD`.
 * @param day - days since 1970-01-01
 */
export function isoDateOf(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/**
 * The store's database seen with the feedback tables and the sentiment part's state table.
 * @param db - the store's database
 */
export function sentimentDb(
  db: Kysely<CoreTables>,
): Kysely<CoreTables & FeedbackTables & FeedbackSentimentStateTables> {
  return db.withTables<FeedbackTables & FeedbackSentimentStateTables>();
}
