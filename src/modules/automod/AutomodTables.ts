import type { Kysely } from 'kysely';
import type { CoreTables } from '../../store/CoreTables.js';

/** A slowmode automod set on a channel, and what to put back when it ends. */
export interface AutomodSlowmodeTable {
  channel_id: string;
  guild_id: string;
  /** Slowmode seconds before automod changed it. */
  previous_seconds: number;
  /** Slowmode seconds automod set. */
  set_seconds: number;
  /** Epoch ms it ends (a later firing pushes it back). */
  until: number;
  rule_id: string;
}

/** The last good copy of the phishing list fetched from `automod.phishing.refreshUrl`. */
export interface AutomodPhishingListTable {
  source_url: string;
  /** JSON array of domains. */
  domains: string;
  fetched_at: number;
  /** Domains in the copy. */
  size: number;
}

/**
 * A message the spam rules caught, kept for learning: waiting for a moderator's decision
 * (`pending`), then confirmed as `spam` or cleared as `ham` on appeal.
 */
export interface AutomodSpamExampleTable {
  /** `<guild id>:<message id>`. */
  id: string;
  guild_id: string;
  user_id: string;
  message_id: string;
  channel_id: string;
  rule_id: string;
  /** The message as posted ('' once blanked by the content retention). */
  content: string;
  label: 'pending' | 'spam' | 'ham';
  /** The moderation case opened for it, once known. */
  case_id: number | null;
  /** Epoch ms the message was posted. */
  flagged_at: number;
  /** Epoch ms of the decision. */
  decided_at: number | null;
}

/** The automod module's tables. */
export type AutomodTables = {
  automod_slowmodes: AutomodSlowmodeTable;
  automod_phishing_lists: AutomodPhishingListTable;
  automod_spam_examples: AutomodSpamExampleTable;
};

/** The database as the automod module sees it. */
export type AutomodDb = Kysely<CoreTables & AutomodTables>;

/**
 * Adds the automod tables to the database's type.
 * @param db - the core database
 */
export function automodDb(db: Kysely<CoreTables>): AutomodDb {
  return db.withTables<AutomodTables>();
}
