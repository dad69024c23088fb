import type { Kysely } from 'kysely';
import type { CoreTables } from '../../../store/CoreTables.js';

/** What became of a delivery. */
export type DeliveryStatus = 'received' | 'routed' | 'filtered' | 'ignored' | 'unknown' | 'failed' | 'ping';

/** Every status, for the API's filter. */
export const DELIVERY_STATUSES = ['received', 'routed', 'filtered', 'ignored', 'unknown', 'failed', 'ping'] as const;

/**
 * One accepted (signed) delivery, kept for the dashboard and to refuse a redelivery. Holds
 * GitHub logins, never Discord ids.
 */
export interface GithubDeliveryTable {
  guild_id: string;
  /** `X-GitHub-Delivery`. */
  delivery_id: string;
  event: string;
  action: string | null;
  repository: string | null;
  sender: string | null;
  received_at: number;
  status: DeliveryStatus;
  /** Why it was filtered, ignored, unknown or failed; null when routed. */
  reason: string | null;
  /** JSON array of the channel (or forum post) ids it was posted in. */
  channels: string;
}

/** A forum post opened for one issue or pull request under a `thread: true` route. */
export interface GithubThreadTable {
  guild_id: string;
  /** The forum channel. */
  channel_id: string;
  /** `owner/name#number`, lower-cased owner and name. */
  subject_key: string;
  thread_id: string;
  created_at: number;
}

/** The tables of the deliveries part (prefix `github_`). */
// A type, not an interface: Kysely's table map needs an index signature.
export type DeliveriesTables = {
  github_deliveries: GithubDeliveryTable;
  github_threads: GithubThreadTable;
};

/**
 * The database with the deliveries part's tables.
 * @param db - the store's database
 */
export function deliveriesDb(db: Kysely<CoreTables>): Kysely<CoreTables & DeliveriesTables> {
  return db.withTables<DeliveriesTables>();
}
