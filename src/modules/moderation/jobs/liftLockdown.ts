import { defineJob } from '../../../core/defineJob.js';
import { moderationPlaces } from '../guild/ModerationPlaces.js';
import { endLockdown } from '../lockdown/endLockdown.js';
import type { ModerationContext } from '../ModerationContext.js';
import { moderationDb } from '../ModerationTables.js';
import { LockdownJobPayload } from './jobPayloads.js';

/**
 * Job: lifts a lockdown whose calm period has passed. A lockdown ended by hand, or pushed
 * back by a new spike (its own later job lifts it), is left alone.
 */
export const liftLockdownJob = defineJob({
  name: 'liftLockdown',
  payload: LockdownJobPayload,
  async run(job, ctx: ModerationContext) {
    const row = await moderationDb(ctx.db)
      .selectFrom('moderation_lockdowns')
      .select(['ends_at', 'ended_at'])
      .where('id', '=', job.lockdownId)
      .where('guild_id', '=', job.guildId)
      .executeTakeFirst();
    if (row === undefined || row.ended_at !== null || row.ends_at === null || row.ends_at > ctx.clock.now()) return;
    const places = await moderationPlaces(ctx, job.guildId);
    await endLockdown(ctx, places, {
      reason: 'no new spike during the calm period',
      endedBy: null,
      sourceKey: `lift:${job.lockdownId}`,
    });
  },
});
