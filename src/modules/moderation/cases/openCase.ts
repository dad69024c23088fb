import type { AutomodCategory, EvidenceMessage, Severity } from '../automodVocabulary.js';
import type { ModerationAction } from '../moderationEvents.js';
import { moderationDb, type ModerationDb } from '../ModerationTables.js';
import type { Kysely } from 'kysely';
import type { CoreTables } from '../../../store/CoreTables.js';
import { toCase, type ModerationCase } from './ModerationCase.js';

/** What a new case records. */
export interface NewCase {
  guildId: string;
  userId: string | null;
  action: ModerationAction;
  reason: string;
  ruleId?: string | null;
  ruleName?: string | null;
  category?: AutomodCategory | null;
  severity?: Severity | null;
  actorId: string | null;
  evidence?: EvidenceMessage[];
  channelId?: string | null;
  strike?: boolean;
  ladderStep?: number | null;
  durationMs?: number | null;
  expiresAt?: number | null;
  strikeExpiresAt?: number | null;
  /** The same cause (automod event + member, interaction id) opens one case however often it is handled. */
  sourceKey: string;
  createdAt: number;
}

/**
 * Opens a case, or returns the one already opened for the same `sourceKey` (a redelivered
 * or recovered event).
 * @param db - the database
 * @param input - the case
 * @returns the case, and whether this call created it
 */
export async function openCase(
  db: Kysely<CoreTables>,
  input: NewCase,
): Promise<{ case: ModerationCase; created: boolean }> {
  const mdb: ModerationDb = moderationDb(db);
  const inserted = await mdb
    .insertInto('moderation_cases')
    .values({
      guild_id: input.guildId,
      user_id: input.userId,
      action: input.action,
      reason: input.reason,
      rule_id: input.ruleId ?? null,
      rule_name: input.ruleName ?? null,
      category: input.category ?? null,
      severity: input.severity ?? null,
      actor_id: input.actorId,
      evidence: JSON.stringify(input.evidence ?? []),
      channel_id: input.channelId ?? null,
      strike: input.strike === true ? 1 : 0,
      ladder_step: input.ladderStep ?? null,
      duration_ms: input.durationMs ?? null,
      created_at: input.createdAt,
      expires_at: input.expiresAt ?? null,
      strike_expires_at: input.strikeExpiresAt ?? null,
      strike_decayed_at: null,
      status: 'active',
      closed_at: null,
      close_reason: null,
      source_key: input.sourceKey,
      applied_at: null,
      apply_error: null,
      mod_log_message_id: null,
    })
    .onConflict((oc) => oc.column('source_key').doNothing())
    .executeTakeFirst();
  const row = await mdb
    .selectFrom('moderation_cases')
    .selectAll()
    .where('source_key', '=', input.sourceKey)
    .executeTakeFirstOrThrow();
  return { case: toCase(row), created: Number(inserted.numInsertedOrUpdatedRows ?? 0n) > 0 };
}
