import type { SupportContext } from '../SupportContext.js';
import { escalationJob } from './escalationJob.js';

/**
 * Schedules the escalation of a question at its tier's deadline. The key holds the question,
 * the tier and the time, so a repeated call schedules nothing twice and a question whose
 * deadline moved (a staff escalation) gets a new job (the old one finds it stale).
 * @param ctx - module context
 * @param guildId - the guild
 * @param questionId - the question
 * @param tier - the tier index whose deadline this is
 * @param at - epoch ms of the deadline (`escalate_at`)
 */
export async function scheduleEscalation(
  ctx: SupportContext,
  guildId: string,
  questionId: string,
  tier: number,
  at: number,
): Promise<void> {
  await ctx.schedule(escalationJob, {
    key: `support:escalate:${questionId}:${tier}:${at}`,
    runAt: at,
    payload: { guildId, questionId, tier, at },
  });
}
