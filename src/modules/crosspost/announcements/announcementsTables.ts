import type { Kysely } from 'kysely';
import type { CoreTables } from '../../../store/CoreTables.js';

/** An announcement: a draft until published (then a post), or cancelled. */
export interface CrosspostPostTable {
  guild_id: string;
  id: string;
  /** The staff member who wrote it; `erased` after their erase. */
  author_id: string;
  title: string;
  text: string;
  link: string | null;
  /** JSON: the announcement's hashtags (without `#`). */
  hashtags: string;
  status: 'draft' | 'published' | 'cancelled';
  /** Where it went on Discord (channel id), or null. */
  discord_channel_id: string | null;
  created_at: number;
  published_at: number | null;
}

/** One outgoing target of a published post: where its delivery stands. */
export interface CrosspostDeliveryTable {
  guild_id: string;
  post_id: string;
  target_id: string;
  platform: string;
  status: 'pending' | 'delivered' | 'failed';
  attempts: number;
  http_status: number | null;
  last_error: string | null;
  updated_at: number;
}

/** Each delivery attempt and its result. */
export interface CrosspostAttemptTable {
  guild_id: string;
  post_id: string;
  target_id: string;
  attempt: number;
  ok: number;
  http_status: number | null;
  error: string | null;
  at: number;
}

/** The tables of the announcements part (prefix `crosspost_`). */
export type AnnouncementsTables = {
  crosspost_posts: CrosspostPostTable;
  crosspost_deliveries: CrosspostDeliveryTable;
  crosspost_attempts: CrosspostAttemptTable;
};

/**
 * The database with the announcements part's tables.
 * @param db - the store's database
 */
export function announcementsDb(db: Kysely<CoreTables>): Kysely<CoreTables & AnnouncementsTables> {
  return db.withTables<AnnouncementsTables>();
}
