import type { AutomodCategory, EvidenceMessage, Severity } from '../automodVocabulary.js';
import type { ModerationAction } from '../moderationEvents.js';
import type { ModerationCase } from '../cases/ModerationCase.js';
import { openCase } from '../cases/openCase.js';
import { postCase } from '../cases/postCase.js';
import type { ModerationPlaces } from '../guild/ModerationPlaces.js';
import type { ModerationContext } from '../ModerationContext.js';
import { moderationDb } from '../ModerationTables.js';
import { carryOut, type CarryOutFailure } from './carryOut.js';
import type { Sanction } from './Sanction.js';

/** A moderation action to record and carry out. */
export interface ActionRequest {
  guildId: string;
  /** Null for a guild-wide action. */
  userId: string | null;
  reason: string;
  /** The moderator; null for automod. */
  actorId: string | null;
  /** The sanction, or null for a case that only records (delete, flag) or lifts (`action`). */
  sanction: Sanction | null;
  /** The action when there is no sanction. */
  action?: ModerationAction;
  rule?: { id: string; name: string; category: AutomodCategory; severity: Severity } | null;
  evidence?: EvidenceMessage[];
  channelId?: string | null;
  /** Counts on the ladder: its step (null for an immediate action). */
  strike?: { ladderStep: number | null } | null;
  publicWarning?: boolean;
  warningText?: string | null;
  /** Idempotency key of the cause. */
  sourceKey: string;
}

/** A case opened by {@link takeAction}. */
export interface TakenAction extends ModerationCase {
  /** What the platform threw carrying it out just now (null: carried out, or carried out before). */
  failure: CarryOutFailure | null;
}

/**
 * Opens a case for an action and carries it out, once: a case already carried out (a
 * redelivered or recovered event) is returned as it is. Then posts it to the mod-log and
 * emits `moderation.case_opened`.
 * @param ctx - module context
 * @param places - the resolved channels
 * @param request - what to do, to whom, why
 */
export async function takeAction(
  ctx: ModerationContext,
  places: ModerationPlaces,
  request: ActionRequest,
): Promise<TakenAction> {
  const now = ctx.clock.now();
  const sanction = request.sanction;
  const action: ModerationAction = sanction?.action ?? request.action ?? 'flag';
  const durationMs = sanction?.action === 'timeout' || sanction?.action === 'ban' ? sanction.durationMs : null;
  const { case: c } = await openCase(ctx.db, {
    guildId: request.guildId,
    userId: request.userId,
    action,
    reason: request.reason,
    ruleId: request.rule?.id ?? null,
    ruleName: request.rule?.name ?? null,
    category: request.rule?.category ?? null,
    severity: request.rule?.severity ?? null,
    actorId: request.actorId,
    evidence: request.evidence ?? [],
    channelId: request.channelId ?? null,
    strike: request.strike !== undefined && request.strike !== null,
    ladderStep: request.strike?.ladderStep ?? null,
    durationMs,
    expiresAt: durationMs === null ? null : now + durationMs,
    strikeExpiresAt: request.strike === undefined || request.strike === null ? null : now + ctx.config.strikeDecay,
    sourceKey: request.sourceKey,
    createdAt: now,
  });
  let failure: CarryOutFailure | null = null;
  if (c.appliedAt === null) {
    failure = await carryOut(ctx, c, {
      publicWarning: request.publicWarning ?? false,
      warningText: request.warningText ?? null,
      deleteMessageSeconds: sanction?.action === 'ban' ? sanction.deleteMessageSeconds : 0,
    });
    const appliedAt = ctx.clock.now();
    await moderationDb(ctx.db)
      .updateTable('moderation_cases')
      .set({ applied_at: appliedAt, apply_error: failure?.message ?? null })
      .where('id', '=', c.id)
      .execute();
    c.appliedAt = appliedAt;
    c.applyError = failure?.message ?? null;
  }
  await postCase(ctx, places, c);
  await ctx.emit(
    'moderation.case_opened',
    {
      caseId: c.id,
      userId: c.userId,
      action: c.action,
      reason: c.reason,
      ruleId: c.ruleId,
      actorId: c.actorId,
      expiresAt: c.expiresAt,
      strike: c.strike,
    },
    { key: `case:${c.id}`, guildId: c.guildId },
  );
  return { ...c, failure };
}
