import { defineJob } from '../../../core/defineJob.js';
import { findCase } from '../cases/findCase.js';
import type { ModerationContext } from '../ModerationContext.js';
import { TIMEOUT_RENEW_MARGIN_MS, TIMEOUT_STRETCH_MS } from '../moderationTiming.js';
import { CaseJobPayload } from './jobPayloads.js';

/**
 * Job: re-applies a timeout longer than Discord's 28-day cap for the next stretch (up to
 * 28 days or the end), and schedules itself again until the end is within reach. Stops when
 * the case was lifted or overturned.
 */
export const renewTimeoutJob = defineJob({
  name: 'renewTimeout',
  payload: CaseJobPayload,
  async run(job, ctx: ModerationContext) {
    const c = await findCase(ctx.db, job.guildId, job.caseId);
    const now = ctx.clock.now();
    if (c === null || c.status !== 'active' || c.action !== 'timeout' || c.userId === null || c.expiresAt === null)
      return;
    if (c.expiresAt <= now) return;
    const until = Math.min(c.expiresAt, now + TIMEOUT_STRETCH_MS);
    await ctx.platform.timeoutMember(c.guildId, c.userId, until, `Case #${c.id}: timeout renewed (${c.reason})`);
    if (c.expiresAt > until) await scheduleTimeoutRenewal(ctx, { guildId: c.guildId, caseId: c.id }, until);
  },
});

/**
 * Schedules the next stretch of a timeout longer than Discord allows at once, shortly before
 * the applied one ends.
 * @param ctx - module context
 * @param target - the guild and the timeout's case
 * @param appliedUntil - when the applied stretch ends (epoch ms)
 */
export async function scheduleTimeoutRenewal(
  ctx: ModerationContext,
  target: { guildId: string; caseId: number },
  appliedUntil: number,
): Promise<void> {
  await ctx.schedule(renewTimeoutJob, {
    key: `moderation:renew-timeout:${target.caseId}:${appliedUntil}`,
    runAt: appliedUntil - TIMEOUT_RENEW_MARGIN_MS,
    payload: target,
  });
}
