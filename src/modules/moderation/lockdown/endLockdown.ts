import { alertModerators } from '../alerts/alertModerators.js';
import type { ModerationPlaces } from '../guild/ModerationPlaces.js';
import type { ModerationContext } from '../ModerationContext.js';
import { moderationDb } from '../ModerationTables.js';
import { takeAction } from '../sanctions/takeAction.js';
import type { GuildSafetyControls } from './GuildSafetyControls.js';
import { parseRestore } from './LockedChannel.js';
import type { ChannelProgress } from './lockdownProgress.js';

/**
 * Ends the active lockdown: puts each channel's slowmode (or overwrites) back as it was,
 * restores the verification level and invites where they were changed, opens a case and
 * tells the moderators.
 * @param ctx - module context
 * @param places - the resolved channels and roles
 * @param request - why, who (null: the calm period passed), and the cause's key
 * @param controls - guild safety controls (default: the platform; see {@link GuildSafetyControls})
 * @returns false when no lockdown was on
 */
export async function endLockdown(
  ctx: ModerationContext,
  places: ModerationPlaces,
  request: { reason: string; endedBy: string | null; sourceKey: string; onChannel?: ChannelProgress },
  controls: GuildSafetyControls = ctx.platform,
): Promise<boolean> {
  const db = moderationDb(ctx.db);
  const guildId = places.guild.id;
  const active = await db
    .selectFrom('moderation_lockdowns')
    .selectAll()
    .where('guild_id', '=', guildId)
    .where('ended_at', 'is', null)
    .executeTakeFirst();
  if (active === undefined) return false;
  const restore = parseRestore(active.restore);
  const audit = `Guildhall lockdown ended: ${request.reason}`.slice(0, 400);
  for (const [index, channel] of restore.channels.entries()) {
    if (index > 0) request.onChannel?.(index, restore.channels.length);
    try {
      await ctx.platform.editChannel(
        channel.channelId,
        restore.mode === 'slowmode'
          ? { rateLimitPerUser: channel.previousSlowmode }
          : { permissionOverwrites: channel.previousOverwrites },
        audit,
      );
    } catch (error) {
      ctx.log.warn({ err: error, channelId: channel.channelId }, 'moderation: could not unlock a channel');
    }
  }
  if (restore.previousVerificationLevel !== null) {
    try {
      await controls.setVerificationLevel(guildId, restore.previousVerificationLevel, audit);
    } catch (error) {
      ctx.log.warn({ err: error }, 'moderation: could not restore the verification level');
    }
  }
  if (restore.invitesPaused) {
    try {
      await controls.pauseInvites(guildId, null, audit);
    } catch (error) {
      ctx.log.warn({ err: error }, 'moderation: could not resume invites');
    }
  }
  await db.updateTable('moderation_lockdowns').set({ ended_at: ctx.clock.now() }).where('id', '=', active.id).execute();
  await takeAction(ctx, places, {
    guildId,
    userId: null,
    reason: request.reason,
    actorId: request.endedBy,
    sanction: null,
    action: 'lockdown_end',
    sourceKey: `lockdown-end:${request.sourceKey}`,
  });
  await alertModerators(
    ctx,
    places,
    'minor',
    `**Lockdown ended**: ${request.reason}. ${restore.channels.length} channels restored.`,
  );
  await ctx.emit(
    'moderation.lockdown_ended',
    { reason: request.reason, endedBy: request.endedBy },
    { key: `lockdown:${active.id}`, guildId },
  );
  return true;
}
