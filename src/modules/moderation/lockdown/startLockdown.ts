import { describeDuration } from '../../../config/Duration.js';
import type { PermissionOverwrite } from '../../../platform/Platform.js';
import { alertModerators } from '../alerts/alertModerators.js';
import type { ModerationPlaces } from '../guild/ModerationPlaces.js';
import { liftLockdownJob } from '../jobs/liftLockdown.js';
import type { ModerationContext } from '../ModerationContext.js';
import { moderationDb } from '../ModerationTables.js';
import { takeAction } from '../sanctions/takeAction.js';
import { isStricter, type GuildSafetyControls } from './GuildSafetyControls.js';
import { invitePauseEnd, renewInvitePause, scheduleInvitePauseRenewal } from './invitePause.js';
import { LOCKDOWN_DENY, lockableChannels, SEND_MESSAGES_BIT } from './lockableChannels.js';
import type { ChannelProgress } from './lockdownProgress.js';
import { parseRestore, type LockdownRestore, type LockedChannel } from './LockedChannel.js';

/** A request to lock the server down. */
export interface LockdownRequest {
  reason: string;
  /** Lift automatically after this long (a new request pushes it back); null: until /lockdown end. */
  durationMs: number | null;
  /** The moderator, or null for automod. */
  startedBy: string | null;
  sourceKey: string;
  /** Told after each channel (the `/lockdown` command shows it as progress). */
  onChannel?: ChannelProgress;
}

/** What starting a lockdown did. */
export interface LockdownOutcome {
  lockdownId: number;
  /** True when a lockdown was already on and only its end moved. */
  extended: boolean;
  channels: number;
  /** When it lifts by itself, or null. */
  endsAt: number | null;
}

/**
 * Locks the server down (raid mode): slowmode — or read-only for @everyone, moderators
 * still posting — in the public channels, remembering each channel's previous state; raises
 * the verification level to `lockdown.verificationLevel` (never lowers it), remembering the
 * previous one, and pauses invites until the lockdown ends (re-applied every 24 hours, Discord's
 * cap); opens a case, alerts, and schedules the automatic lift. A lockdown already on is
 * extended instead (its invite pause too).
 * @param ctx - module context
 * @param places - the resolved channels and roles
 * @param request - reason, length, who
 * @param controls - guild safety controls (default: the platform; see {@link GuildSafetyControls})
 */
export async function startLockdown(
  ctx: ModerationContext,
  places: ModerationPlaces,
  request: LockdownRequest,
  controls: GuildSafetyControls = ctx.platform,
): Promise<LockdownOutcome> {
  const db = moderationDb(ctx.db);
  const guildId = places.guild.id;
  const now = ctx.clock.now();
  const endsAt = request.durationMs === null ? null : now + request.durationMs;
  const active = await db
    .selectFrom('moderation_lockdowns')
    .selectAll()
    .where('guild_id', '=', guildId)
    .where('ended_at', 'is', null)
    .executeTakeFirst();
  if (active !== undefined) {
    const later = active.ends_at === null || endsAt === null ? null : Math.max(active.ends_at, endsAt);
    await db.updateTable('moderation_lockdowns').set({ ends_at: later }).where('id', '=', active.id).execute();
    await scheduleLift(ctx, guildId, active.id, later);
    try {
      await renewInvitePause(ctx, guildId, active.id, controls);
    } catch (error) {
      ctx.log.warn({ err: error }, 'moderation: could not extend the invite pause');
    }
    const restore = parseRestore(active.restore);
    return { lockdownId: active.id, extended: true, channels: restore.channels.length, endsAt: later };
  }

  const { mode, slowmodeSeconds, channels: names } = ctx.config.lockdown;
  const skip = new Set([places.modLog?.id, places.alerts?.id].filter((id): id is string => id !== undefined));
  const audit = `Guildhall lockdown: ${request.reason}`.slice(0, 400);
  const locked: LockedChannel[] = [];
  const lockable = lockableChannels(places.guild, names, skip);
  for (const [index, channel] of lockable.entries()) {
    if (index > 0) request.onChannel?.(index, lockable.length);
    try {
      if (mode === 'slowmode') {
        if (channel.rateLimitPerUser >= slowmodeSeconds) continue;
        await ctx.platform.editChannel(channel.id, { rateLimitPerUser: slowmodeSeconds }, audit);
      } else {
        await ctx.platform.editChannel(
          channel.id,
          { permissionOverwrites: readOnly(channel.permissionOverwrites, guildId, places.moderatorRoleIds) },
          audit,
        );
      }
      locked.push({
        channelId: channel.id,
        previousSlowmode: channel.rateLimitPerUser,
        previousOverwrites: channel.permissionOverwrites,
      });
    } catch (error) {
      ctx.log.warn({ err: error, channelId: channel.id }, 'moderation: could not lock a channel');
    }
  }
  const restore: LockdownRestore = {
    mode,
    channels: locked,
    previousVerificationLevel: null,
    invitesPaused: false,
    invitesPausedUntil: null,
  };
  const done: string[] = [];
  const gaps: string[] = [];
  const level = ctx.config.lockdown.verificationLevel;
  if (isStricter(level, places.guild.verificationLevel)) {
    try {
      restore.previousVerificationLevel = (await controls.setVerificationLevel(guildId, level, audit)).previous;
      done.push(`verification level ${level.replace('_', ' ')}`);
    } catch (error) {
      ctx.log.warn({ err: error }, 'moderation: could not raise the verification level');
      gaps.push('the verification level could not be raised');
    }
  }
  try {
    const pausedUntil = invitePauseEnd(now, endsAt);
    await controls.pauseInvites(guildId, pausedUntil, audit);
    restore.invitesPaused = true;
    restore.invitesPausedUntil = pausedUntil;
    done.push('invites paused');
  } catch (error) {
    ctx.log.warn({ err: error }, 'moderation: could not pause invites');
    gaps.push('invites could not be paused');
  }
  const inserted = await db
    .insertInto('moderation_lockdowns')
    .values({
      guild_id: guildId,
      reason: request.reason,
      started_by: request.startedBy,
      started_at: now,
      ends_at: endsAt,
      ended_at: null,
      restore: JSON.stringify(restore),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const lockdownId = inserted.id;
  await scheduleLift(ctx, guildId, lockdownId, endsAt);
  if (restore.invitesPausedUntil !== null) {
    await scheduleInvitePauseRenewal(ctx, guildId, lockdownId, restore.invitesPausedUntil, endsAt);
  }
  const what = mode === 'slowmode' ? `${slowmodeSeconds} s slowmode` : 'read-only';
  const until =
    request.durationMs === null
      ? 'until /lockdown end'
      : `until ${describeDuration(request.durationMs)} pass without a new spike`;
  const where = `${what} in ${locked.length} channel${locked.length === 1 ? '' : 's'}`;
  const summary = `${[where, ...done].join(', ')}, ${until}${gaps.length > 0 ? `; ${gaps.join('; ')}` : ''}`;
  await takeAction(ctx, places, {
    guildId,
    userId: null,
    reason: `${request.reason} — ${summary}`,
    actorId: request.startedBy,
    sanction: null,
    action: 'lockdown',
    sourceKey: `lockdown:${request.sourceKey}`,
  });
  await alertModerators(
    ctx,
    places,
    'severe',
    `**Lockdown started**: ${request.reason}. ${summary}. End it early with \`/lockdown action:end\`.`,
  );
  await ctx.emit(
    'moderation.lockdown_started',
    { reason: request.reason, endsAt, startedBy: request.startedBy },
    { key: `lockdown:${lockdownId}`, guildId },
  );
  return { lockdownId, extended: false, channels: locked.length, endsAt };
}

async function scheduleLift(
  ctx: ModerationContext,
  guildId: string,
  lockdownId: number,
  endsAt: number | null,
): Promise<void> {
  if (endsAt === null) return;
  await ctx.schedule(liftLockdownJob, {
    key: `moderation:lift-lockdown:${lockdownId}:${endsAt}`,
    runAt: endsAt,
    payload: { guildId, lockdownId },
  });
}

/** @everyone loses posting; moderator roles keep it. */
function readOnly(
  overwrites: readonly PermissionOverwrite[],
  everyoneId: string,
  moderatorRoleIds: ReadonlySet<string>,
): PermissionOverwrite[] {
  const out = overwrites.map((o) => ({ ...o }));
  const upsert = (id: string, change: (o: PermissionOverwrite) => void): void => {
    let entry = out.find((o) => o.id === id);
    if (entry === undefined) {
      entry = { id, type: 'role', allow: '0', deny: '0' };
      out.push(entry);
    }
    change(entry);
  };
  upsert(everyoneId, (o) => {
    o.deny = (BigInt(o.deny) | LOCKDOWN_DENY).toString();
    o.allow = (BigInt(o.allow) & ~LOCKDOWN_DENY).toString();
  });
  for (const roleId of moderatorRoleIds) {
    upsert(roleId, (o) => {
      o.allow = (BigInt(o.allow) | SEND_MESSAGES_BIT).toString();
      o.deny = (BigInt(o.deny) & ~SEND_MESSAGES_BIT).toString();
    });
  }
  return out;
}
