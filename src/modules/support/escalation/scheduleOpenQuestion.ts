import type { SupportContext } from '../SupportContext.js';
import { getQuestion, updateQuestion } from '../store/Questions.js';
import { scheduleEscalation } from './scheduleEscalation.js';
import { firstEscalationAt } from './tierDeadline.js';

/**
 * Schedules the escalation of a question that just opened, at its `escalate_at` (set by
 * questions/ with `firstEscalationAt`; set here when it is missing on an unanswered question
 * that never escalated). Nothing for an answered question or without tiers.
 * @param ctx - module context
 * @param guildId - the guild
 * @param questionId - the question
 */
export async function scheduleOpenQuestion(ctx: SupportContext, guildId: string, questionId: string): Promise<void> {
  const question = await getQuestion(ctx, guildId, questionId);
  if (question === undefined || question.status !== 'open' || question.first_response_at !== null) return;
  let at = question.escalate_at;
  if (at === null && question.tier === 0) {
    at = firstEscalationAt(ctx.config, question.created_at);
    if (at === null) return;
    await updateQuestion(ctx, guildId, questionId, { escalate_at: at });
  }
  if (at !== null) await scheduleEscalation(ctx, guildId, questionId, question.tier, at);
}
