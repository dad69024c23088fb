import type { Generated, Kysely } from 'kysely';
import type { CoreTables } from '../../store/CoreTables.js';

/** Whether a case is still in force. */
export type CaseStatus = 'active' | 'expired' | 'revoked' | 'overturned';

/** Every action, automatic or by a moderator: one row per case. */
export interface ModerationCaseTable {
  /** The case number people quote (`case #12`). */
  id: Generated<number>;
  guild_id: string;
  /** Null for a guild-wide action (lockdown). */
  user_id: string | null;
  /** A ModerationAction: warn, timeout, kick, ban, unban, untimeout, delete, flag, lockdown, lockdown_end. */
  action: string;
  reason: string;
  rule_id: string | null;
  rule_name: string | null;
  category: string | null;
  severity: string | null;
  /** The moderator; null for automod. */
  actor_id: string | null;
  /** JSON array of EvidenceMessage (copies of the messages). */
  evidence: string;
  /** Where it happened, for a public warning and the DM fallback. */
  channel_id: string | null;
  /** 1 when the case counts on the escalation ladder. */
  strike: number;
  /** 1-based ladder step applied (null: not a ladder sanction). */
  ladder_step: number | null;
  /** Sanction length in ms (timeout, temporary ban), null otherwise. */
  duration_ms: number | null;
  created_at: number;
  /** Epoch ms a timed sanction ends. */
  expires_at: number | null;
  /** Epoch ms the strike stops counting. */
  strike_expires_at: number | null;
  /** Set by the decay job when the strike stopped counting. */
  strike_decayed_at: number | null;
  status: CaseStatus;
  closed_at: number | null;
  close_reason: string | null;
  /** Idempotency: the same cause opens the same case once. */
  source_key: string;
  /** Epoch ms the sanction was carried out (null: not yet, or nothing to carry out). */
  applied_at: number | null;
  /** Why carrying it out failed (Discord refused, member left), if it did. */
  apply_error: string | null;
  mod_log_message_id: string | null;
}

/** An appeal of a case: first to moderators, then (final) to admins. */
export interface ModerationAppealTable {
  id: Generated<number>;
  guild_id: string;
  case_id: number;
  user_id: string;
  /** Who filed it (the member, or a moderator on a banned member's behalf). */
  filed_by: string;
  level: 'first' | 'final';
  statement: string;
  /** Where /appeal was used (fallback for the decision when DMs are closed). */
  channel_id: string | null;
  status: 'pending' | 'upheld' | 'overturned';
  created_at: number;
  decided_at: number | null;
  decided_by: string | null;
  decision_reason: string | null;
  /** Set when it waited past `appeals.reviewWithin`. */
  flagged_at: number | null;
}

/** A lockdown and how to undo it. */
export interface ModerationLockdownTable {
  id: Generated<number>;
  guild_id: string;
  reason: string;
  started_by: string | null;
  started_at: number;
  /** Automatic lift time (null: until /lockdown end). */
  ends_at: number | null;
  ended_at: number | null;
  /** JSON: the channels changed and their previous slowmode and @everyone overwrite. */
  restore: string;
}

/** The moderation module's tables. */
export type ModerationTables = {
  moderation_cases: ModerationCaseTable;
  moderation_appeals: ModerationAppealTable;
  moderation_lockdowns: ModerationLockdownTable;
};

/** The database as the moderation module sees it. */
export type ModerationDb = Kysely<CoreTables & ModerationTables>;

/**
 * Adds the moderation tables to the database's type.
 * @param db - the core database
 */
export function moderationDb(db: Kysely<CoreTables>): ModerationDb {
  return db.withTables<ModerationTables>();
}
