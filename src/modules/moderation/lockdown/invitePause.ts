import { defineJob } from '../../../core/defineJob.js';
import { LockdownJobPayload } from '../jobs/jobPayloads.js';
import type { ModerationContext } from '../ModerationContext.js';
import { moderationDb } from '../ModerationTables.js';
import { INVITE_PAUSE_RENEW_MARGIN_MS, INVITE_PAUSE_STRETCH_MS } from '../moderationTiming.js';
import type { GuildSafetyControls } from './GuildSafetyControls.js';
import { parseRestore } from './LockedChannel.js';

/**
 * Until when a lockdown pauses invites: its end, but at most (a minute under) Discord's
 * 24 hours from now; a longer lockdown re-applies the pause ({@link renewInvitePause}).
 * @param now - epoch ms
 * @param endsAt - the lockdown's end, or null (until /lockdown end)
 */
export function invitePauseEnd(now: number, endsAt: number | null): number {
  const cap = now + INVITE_PAUSE_STRETCH_MS;
  return endsAt === null ? cap : Math.min(endsAt, cap);
}

/**
 * Schedules the renewal of an invite pause that ends before its lockdown does.
 * @param ctx - module context
 * @param guildId - the guild
 * @param lockdownId - the lockdown
 * @param pausedUntil - when the applied pause ends
 * @param endsAt - when the lockdown ends, or null
 */
export async function scheduleInvitePauseRenewal(
  ctx: ModerationContext,
  guildId: string,
  lockdownId: number,
  pausedUntil: number,
  endsAt: number | null,
): Promise<void> {
  if (endsAt !== null && endsAt <= pausedUntil) return;
  await ctx.schedule(renewInvitePauseJob, {
    key: `moderation:renew-invite-pause:${lockdownId}:${pausedUntil}`,
    runAt: Math.max(ctx.clock.now(), pausedUntil - INVITE_PAUSE_RENEW_MARGIN_MS),
    payload: { guildId, lockdownId },
  });
}

/**
 * Keeps the invites of an active lockdown paused until it ends: when the applied pause ends
 * before the lockdown (pushed back, or longer than 24 hours) and within the renewal margin,
 * pauses them again (up to 24 hours) and schedules the next renewal. Does nothing for an
 * ended lockdown or one that did not pause invites.
 * @param ctx - module context
 * @param guildId - the guild
 * @param lockdownId - the lockdown
 * @param controls - guild safety controls (default: the platform)
 */
export async function renewInvitePause(
  ctx: ModerationContext,
  guildId: string,
  lockdownId: number,
  controls: GuildSafetyControls = ctx.platform,
): Promise<void> {
  const db = moderationDb(ctx.db);
  const row = await db
    .selectFrom('moderation_lockdowns')
    .select(['restore', 'ends_at', 'ended_at'])
    .where('id', '=', lockdownId)
    .where('guild_id', '=', guildId)
    .executeTakeFirst();
  if (row === undefined || row.ended_at !== null) return;
  const restore = parseRestore(row.restore);
  const now = ctx.clock.now();
  if (!restore.invitesPaused || (row.ends_at !== null && row.ends_at <= now)) return;
  const current = restore.invitesPausedUntil;
  if (current !== null && row.ends_at !== null && row.ends_at <= current) return;
  if (current !== null && current - now > INVITE_PAUSE_RENEW_MARGIN_MS) {
    // Still paused for a while: renewed shortly before it ends.
    await scheduleInvitePauseRenewal(ctx, guildId, lockdownId, current, row.ends_at);
    return;
  }
  const until = invitePauseEnd(now, row.ends_at);
  await controls.pauseInvites(guildId, until, 'Guildhall lockdown: invites still paused');
  restore.invitesPausedUntil = until;
  await db
    .updateTable('moderation_lockdowns')
    .set({ restore: JSON.stringify(restore) })
    .where('id', '=', lockdownId)
    .execute();
  await scheduleInvitePauseRenewal(ctx, guildId, lockdownId, until, row.ends_at);
}

/**
 * Job: re-applies an active lockdown's invite pause before Discord's 24-hour cap lets
 * invites work again (see {@link renewInvitePause}). Declared here, beside the renewal it
 * runs and schedules again.
 */
export const renewInvitePauseJob = defineJob({
  name: 'renewInvitePause',
  payload: LockdownJobPayload,
  async run(job, ctx: ModerationContext) {
    await renewInvitePause(ctx, job.guildId, job.lockdownId);
  },
});
