import type { JobHandler } from '../../../core/defineModule.js';
import { moderationPlaces } from '../guild/ModerationPlaces.js';
import { endLockdown } from '../lockdown/endLockdown.js';
import type { ModerationConfig } from '../ModerationConfig.js';
import { moderationDb } from '../ModerationTables.js';
import { numberField, stringField } from './jobPayload.js';

/**
 * Job: lifts a lockdown whose calm period has passed. A lockdown ended by hand, or pushed
 * back by a new spike (its own later job lifts it), is left alone.
 */
export const liftLockdown: JobHandler<ModerationConfig> = async (payload, ctx) => {
  const guildId = stringField(payload, 'guildId');
  const lockdownId = numberField(payload, 'lockdownId');
  if (guildId === null || lockdownId === null) return;
  const row = await moderationDb(ctx.db)
    .selectFrom('moderation_lockdowns')
    .select(['ends_at', 'ended_at'])
    .where('id', '=', lockdownId)
    .where('guild_id', '=', guildId)
    .executeTakeFirst();
  if (row === undefined || row.ended_at !== null || row.ends_at === null || row.ends_at > ctx.clock.now()) return;
  const places = await moderationPlaces(ctx, guildId);
  await endLockdown(ctx, places, {
    reason: 'no new spike during the calm period',
    endedBy: null,
    sourceKey: `lift:${lockdownId}`,
  });
};
