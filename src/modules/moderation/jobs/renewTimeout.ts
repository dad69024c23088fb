import type { JobHandler } from '../../../core/defineModule.js';
import { findCase } from '../cases/findCase.js';
import type { ModerationConfig } from '../ModerationConfig.js';
import { caseJobPayload } from './jobPayload.js';
import { JOB, RENEW_MARGIN_MS, TIMEOUT_CAP_MS } from './jobNames.js';

/**
 * Job: re-applies a timeout longer than Discord's 28-day cap for the next stretch (up to
 * 28 days or the end), and schedules itself again until the end is within reach. Stops when
 * the case was lifted or overturned.
 */
export const renewTimeout: JobHandler<ModerationConfig> = async (payload, ctx) => {
  const job = caseJobPayload(payload);
  if (job === null) return;
  const c = await findCase(ctx.db, job.guildId, job.caseId);
  const now = ctx.clock.now();
  if (c === null || c.status !== 'active' || c.action !== 'timeout' || c.userId === null || c.expiresAt === null)
    return;
  if (c.expiresAt <= now) return;
  const until = Math.min(c.expiresAt, now + TIMEOUT_CAP_MS);
  await ctx.platform.timeoutMember(c.guildId, c.userId, until, `Case #${c.id}: timeout renewed (${c.reason})`);
  if (c.expiresAt > until) {
    await ctx.schedule({
      name: JOB.renewTimeout,
      key: `moderation:renew-timeout:${c.id}:${until}`,
      runAt: until - RENEW_MARGIN_MS,
      payload: { guildId: c.guildId, caseId: c.id },
    });
  }
};
