import { z } from 'zod';
import { defineJob } from '../../core/defineJob.js';
import type { PrivacyContext } from './PrivacyContext.js';

const DAY = 86_400_000;

/** Hour of day (UTC) the retention job runs after its first run. */
const RUN_HOUR_UTC = 3;

/**
 * Daily: blanks message content older than `privacy.messageContentDays` everywhere Guildhall
 * keeps it (event log, sandbox, every module's `blankContentBefore`), then schedules itself
 * for the next day. Idempotent: blanking twice changes nothing more.
 */
export const retentionJob = defineJob({
  name: 'retention',
  payload: z.object({}),
  async run(_payload, ctx: PrivacyContext) {
    const days = ctx.config.messageContentDays;
    if (days === 0) return;
    const now = ctx.clock.now();
    const changed = await ctx.memberData.blankContentBefore(now - days * DAY);
    ctx.log.info({ changed, days }, 'privacy: blanked message content past retention');
    const next = nextRunAt(now);
    await ctx.schedule(retentionJob, { key: retentionKey(next), runAt: next, payload: {} });
  },
});

/**
 * Schedules today's retention run (now), unless it already ran or is scheduled today; it then
 * schedules the following days itself.
 * @param ctx - module context
 */
export async function scheduleRetention(ctx: PrivacyContext): Promise<void> {
  if (ctx.config.messageContentDays === 0) return;
  const now = ctx.clock.now();
  await ctx.schedule(retentionJob, { key: retentionKey(now), runAt: now, payload: {} });
}

/**
 * The next day's run time, at {@link RUN_HOUR_UTC}.
 * @param now - epoch ms
 */
export function nextRunAt(now: number): number {
  const day = Math.floor(now / DAY) * DAY;
  return day + DAY + RUN_HOUR_UTC * 3_600_000;
}

/** One job per UTC day: `privacy:retention:2026-03-01`. */
function retentionKey(at: number): string {
  return `privacy:retention:${new Date(at).toISOString().slice(0, 10)}`;
}
