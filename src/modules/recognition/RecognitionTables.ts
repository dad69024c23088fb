import type { Generated, Kysely } from 'kysely';
import type { CoreTables } from '../../store/CoreTables.js';

/** Running totals per member (one row per guild and member). */
export interface RecognitionMemberTable {
  guild_id: string;
  user_id: string;
  points: number;
  /** Messages seen (awarded or not). */
  messages: number;
  /** occurred_at of the last message that earned points (cooldown anchor). */
  last_message_award_at: number | null;
  updated_at: number;
}

/** Every award, with the event that caused it: totals can be recomputed from here. */
export interface RecognitionAwardTable {
  id: Generated<number>;
  guild_id: string;
  user_id: string;
  points: number;
  reason: string;
  source_event_id: string;
  awarded_at: number;
}

/** The recognition module's tables. */
export type RecognitionTables = {
  recognition_members: RecognitionMemberTable;
  recognition_awards: RecognitionAwardTable;
};

/** The database as the recognition module sees it. */
export type RecognitionDb = Kysely<CoreTables & RecognitionTables>;

/**
 * Adds the recognition tables to the database's type.
 * @param db - the core database
 */
export function recognitionDb(db: Kysely<CoreTables>): RecognitionDb {
  return db.withTables<RecognitionTables>();
}
