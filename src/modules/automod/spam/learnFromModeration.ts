import type { DomainEventOf } from '../../../core/DomainEvent.js';
import type { AutomodContext } from '../AutomodContext.js';
import { confirmMemberSpam, labelCase, linkCase, loadLearnedSpam } from './spamExamples.js';

/** Sanctions a moderator gives by hand that confirm what the spam rules caught of the member. */
const CONFIRMING_ACTIONS = new Set(['warn', 'timeout', 'kick', 'ban']);

/**
 * A case was opened. Automod's own case for a caught message is linked to it (so an appeal
 * decision can label it); a moderator's sanction of a member confirms the member's caught,
 * undecided messages as spam.
 * @param event - the moderation event
 * @param ctx - module context
 */
export async function learnFromCaseOpened(
  event: DomainEventOf<'moderation.case_opened'>,
  ctx: AutomodContext,
): Promise<void> {
  const { payload, guildId } = event;
  if (!ctx.config.spamLearning.enabled || payload.userId === null) return;
  if (payload.actorId === null) {
    if (payload.ruleId !== null) {
      await linkCase(ctx, { guildId, userId: payload.userId, ruleId: payload.ruleId, caseId: payload.caseId });
    }
    return;
  }
  if (!CONFIRMING_ACTIONS.has(payload.action)) return;
  if ((await confirmMemberSpam(ctx, guildId, payload.userId)) > 0) await loadLearnedSpam(ctx, guildId);
}

/**
 * An appeal was decided: upheld confirms the case's caught message as spam, overturned
 * clears it.
 * @param event - the moderation event
 * @param ctx - module context
 */
export async function learnFromAppeal(
  event: DomainEventOf<'moderation.appeal_decided'>,
  ctx: AutomodContext,
): Promise<void> {
  if (!ctx.config.spamLearning.enabled) return;
  const label = event.payload.outcome === 'upheld' ? 'spam' : 'ham';
  if ((await labelCase(ctx, event.guildId, event.payload.caseId, label)) > 0) await loadLearnedSpam(ctx, event.guildId);
}

/**
 * A case was closed: overturned (on appeal) clears its caught message.
 * @param event - the moderation event
 * @param ctx - module context
 */
export async function learnFromCaseClosed(
  event: DomainEventOf<'moderation.case_closed'>,
  ctx: AutomodContext,
): Promise<void> {
  if (!ctx.config.spamLearning.enabled || event.payload.outcome !== 'overturned') return;
  if ((await labelCase(ctx, event.guildId, event.payload.caseId, 'ham')) > 0) await loadLearnedSpam(ctx, event.guildId);
}
