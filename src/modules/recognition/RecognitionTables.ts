import type { Generated, Kysely } from 'kysely';
import type { AmbassadorStatus } from './recognitionEvents.js';
import type { CoreTables } from '../../store/CoreTables.js';

/*
 * Two kinds of tables. Derived ones are a pure function of the event log (recomputing them
 * from it gives exactly the same rows): members, awards, counters, totals, unlocks, thanks,
 * referrals, ambassadors, removed messages, bans. Observed ones record what Guildhall saw or did on the platform
 * and survive a recompute: levels (roles granted), invites (use snapshots), join sources,
 * posts (leaderboards posted).
 */

/** Running totals per member (one row per guild and member). Derived. */
export interface RecognitionMemberTable {
  guild_id: string;
  user_id: string;
  /** All-time points. */
  points: number;
  /** Meaningful messages: not from a bot, long enough, outside excluded channels (cooldown or not). */
  messages: number;
  /** occurred_at of the last message that earned points (cooldown anchor). */
  last_message_award_at: number | null;
  /** Epoch ms of the last change (the time of the event that caused it). */
  updated_at: number;
}

/**
 * The meaningful messages counted in `recognition_members.messages`, by event: a message
 * handled again (a re-run after a crash) is not counted twice. Derived.
 */
export interface RecognitionCountedMessageTable {
  source_event_id: string;
  guild_id: string;
  user_id: string;
  counted_at: number;
}

/** Every award, with the event that caused it (the ledger). Derived. */
export interface RecognitionAwardTable {
  id: Generated<number>;
  guild_id: string;
  user_id: string;
  /** Negative for a reversal. */
  points: number;
  /** Award kind: `message`, a contribution kind, `referral`, `referral_welcome`, `achievement`, `referral_tier`. */
  reason: string;
  source_event_id: string;
  awarded_at: number;
}

/** How many awards of each kind a member has, and their points. Derived. */
export interface RecognitionCounterTable {
  guild_id: string;
  user_id: string;
  /** An award kind, or `thanks_received`, `referral_confirmed`. */
  kind: string;
  count: number;
  points: number;
}

/** Leaderboard totals per period and category. Derived. */
export interface RecognitionTotalTable {
  guild_id: string;
  /** `all`, `week:2026-03-02` (its Monday), `month:2026-03`, `season:2`. */
  period: string;
  /** `points` or a category id. */
  category: string;
  user_id: string;
  value: number;
}

/** Badges, achievements and referral tiers a member has (each once). Derived. */
export interface RecognitionUnlockTable {
  guild_id: string;
  user_id: string;
  /** `badge`, `achievement` or `referral_tier`. */
  type: string;
  unlock_id: string;
  unlocked_at: number;
  source_event_id: string;
}

/** When a member last thanked another in a channel (the once-per-window rule). Derived. */
export interface RecognitionThanksTable {
  guild_id: string;
  from_user_id: string;
  to_user_id: string;
  channel_id: string;
  last_credited_at: number;
}

/** Referrals by referee (a member counts as a referee once). Derived. */
export interface RecognitionReferralTable {
  guild_id: string;
  referee_id: string;
  referrer_id: string;
  invite_code: string;
  joined_at: number;
  /** `pending` (within the fraud window), `confirmed`, `reversed`. */
  status: string;
  referred_event_id: string;
  updated_at: number;
}

/** Each member's ambassador programme record. Derived (from `recognition.ambassador_status_changed`). */
export interface RecognitionAmbassadorTable {
  guild_id: string;
  user_id: string;
  tier: string;
  status: AmbassadorStatus;
  nominated_by: string;
  nominated_at: number;
  reviewed_by: string | null;
  trial_ends_at: number | null;
  confirmed_at: number | null;
  note: string | null;
  updated_at: number;
}

/** The level Guildhall last synced for a member, and their join time. Observed. */
export interface RecognitionLevelTable {
  guild_id: string;
  user_id: string;
  level: string | null;
  /** 1 when the level came from a role the member already held (it is not taken away). */
  adopted: number;
  joined_at: number | null;
  changed_at: number;
}

/** Invite use counts as last seen, and how many of those uses were attributed. Observed. */
export interface RecognitionInviteTable {
  guild_id: string;
  code: string;
  inviter_id: string | null;
  uses: number;
  /** 0 = unlimited; Discord deletes an invite when its last use is taken. */
  max_uses: number;
  /** Uses already attributed to joins (or given up on as ambiguous). */
  attributed: number;
  updated_at: number;
}

/** How each join was attributed. Observed. */
export interface RecognitionJoinSourceTable {
  join_event_id: string;
  guild_id: string;
  user_id: string;
  /** `invite`, `vanity` (an invite without inviter), `unknown`, `ambiguous`, `untracked`. */
  source: string;
  invite_code: string | null;
  inviter_id: string | null;
  joined_at: number;
}

/** Scheduled posts already made (a job that runs twice posts once). Observed. */
export interface RecognitionPostTable {
  guild_id: string;
  post_key: string;
  channel_id: string;
  message_id: string;
  posted_at: number;
}

/**
 * Messages that were removed (deleted, deleted by automod, or their author banned for them)
 * or flagged by automod without being deleted (taken back if their author is banned). One
 * row per message: a message removed twice (automod's delete, then `message.deleted`) is
 * reversed once. Derived.
 */
export interface RecognitionRemovedMessageTable {
  guild_id: string;
  message_id: string;
  /** The message's author when known (automod's evidence, or the member it credited). */
  user_id: string | null;
  /** `removed` (what it earned was taken back) or `flagged` (automod evidence, still standing). */
  status: 'removed' | 'flagged';
  /** Why: `deleted`, `automod` or `ban`. */
  cause: string;
  /** The event that removed (or flagged) it. */
  event_id: string;
  at: number;
}

/**
 * The events whose credits came from a message: the message itself (when it counted) and
 * each thanks it carried (a reply or mention thanking someone) or received (a thanks
 * reaction on it, a thanking reply to it). What a removed message's reversal takes back.
 * One row per event and message. Derived.
 */
export interface RecognitionMessageSourceTable {
  source_event_id: string;
  guild_id: string;
  message_id: string;
  /** The member credited. */
  user_id: string;
  /** `message` or `thanks`. */
  kind: string;
  at: number;
}

/** Members banned by a Guildhall ban case (kept off the leaderboards while banned). Derived. */
export interface RecognitionBannedTable {
  guild_id: string;
  user_id: string;
  case_id: number;
  banned_at: number;
}

/** The recognition module's tables. */
export type RecognitionTables = {
  recognition_members: RecognitionMemberTable;
  recognition_awards: RecognitionAwardTable;
  recognition_counters: RecognitionCounterTable;
  recognition_totals: RecognitionTotalTable;
  recognition_unlocks: RecognitionUnlockTable;
  recognition_thanks: RecognitionThanksTable;
  recognition_referrals: RecognitionReferralTable;
  recognition_ambassadors: RecognitionAmbassadorTable;
  recognition_levels: RecognitionLevelTable;
  recognition_invites: RecognitionInviteTable;
  recognition_join_sources: RecognitionJoinSourceTable;
  recognition_posts: RecognitionPostTable;
  recognition_counted_messages: RecognitionCountedMessageTable;
  recognition_removed_messages: RecognitionRemovedMessageTable;
  recognition_message_sources: RecognitionMessageSourceTable;
  recognition_banned: RecognitionBannedTable;
};

/** Tables recomputed from the event log by a backfill. */
export const DERIVED_TABLES = [
  'recognition_members',
  'recognition_awards',
  'recognition_counters',
  'recognition_totals',
  'recognition_unlocks',
  'recognition_thanks',
  'recognition_referrals',
  'recognition_ambassadors',
  'recognition_counted_messages',
  'recognition_removed_messages',
  'recognition_message_sources',
  'recognition_banned',
] as const satisfies readonly (keyof RecognitionTables)[];

/** The database as the recognition module sees it. */
export type RecognitionDb = Kysely<CoreTables & RecognitionTables>;

/**
 * Adds the recognition tables to the database's type.
 * @param db - the core database
 */
export function recognitionDb(db: Kysely<CoreTables>): RecognitionDb {
  return db.withTables<RecognitionTables>();
}
