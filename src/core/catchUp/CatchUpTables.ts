import type { Kysely } from 'kysely';
import type { CoreTables } from '../../store/CoreTables.js';

/** How far catch-up got for a guild (core migration `0007_catch_up`). */
export interface CatchUpStateTable {
  guild_id: string;
  /** Epoch ms of the first catch-up: what existed before it was taken as known, without events. */
  baseline_at: number;
  /** The event log is applied to the tables below up to this `seq`. */
  projected_seq: number;
  /** Epoch ms the last catch-up started: members who joined before it were seen by it. */
  caught_up_at: number;
}

/** A member Guildhall believes is in the guild (from the event log's joins and leaves, and the baseline). */
export interface CatchUpMemberTable {
  guild_id: string;
  user_id: string;
  username: string;
  /** Epoch ms they joined (part of a caught-up `member.left`'s id, as on the live path). */
  joined_at: number;
}

/** The newest message Guildhall saw in a channel: the next catch-up reads after it. */
export interface CatchUpChannelTable {
  guild_id: string;
  channel_id: string;
  last_message_id: string;
  /**
   * 1 while the channel has messages beyond `catchUp.maxMessagesPerChannel` left to read: the
   * cursor then moves only by catch-up (live messages do not skip the backlog).
   */
  backlog: number;
}

/** The catch-up tables. */
export type CatchUpTables = {
  catch_up_state: CatchUpStateTable;
  catch_up_members: CatchUpMemberTable;
  catch_up_channels: CatchUpChannelTable;
};

/** The database with the catch-up tables. */
export type CatchUpDatabase = Kysely<CoreTables & CatchUpTables>;

/**
 * Adds the catch-up tables to the database's type.
 * @param db - the core database
 */
export function catchUpDb(db: Kysely<CoreTables>): CatchUpDatabase {
  return db.withTables<CatchUpTables>();
}
