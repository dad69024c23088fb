import { z } from 'zod';
import { defineRoute } from '../../../core/defineRoute.js';
import { moderationPlaces } from '../guild/ModerationPlaces.js';
import { endLockdown } from '../lockdown/endLockdown.js';
import { parseRestore } from '../lockdown/LockedChannel.js';
import type { ModerationContext } from '../ModerationContext.js';
import { moderationDb } from '../ModerationTables.js';
import { hasAuthority } from '../permissions/authority.js';
import { dashboardInvoker } from './dashboardInvoker.js';

const LockdownView = z.object({
  lockdownId: z.number().int(),
  reason: z.string(),
  /** The moderator who started it; null when automod did. */
  startedBy: z.string().nullable(),
  startedAt: z.number(),
  /** When it lifts by itself; null: until ended by hand. */
  endsAt: z.number().nullable(),
  mode: z.enum(['slowmode', 'read_only']),
  /** Channels it changed. */
  channels: z.number().int(),
  invitesPaused: z.boolean(),
});

const ActiveLockdown = z.object({ lockdown: LockdownView.nullable() });

/** `GET /api/moderation/lockdown`: the lockdown in force, or null. */
export const lockdownRoute = defineRoute({
  method: 'GET',
  path: '/lockdown',
  access: 'viewer',
  summary: 'The lockdown in force (raid mode), or null',
  response: ActiveLockdown,
  async handle({ guildId }, ctx: ModerationContext) {
    const row = await moderationDb(ctx.db)
      .selectFrom('moderation_lockdowns')
      .selectAll()
      .where('guild_id', '=', guildId)
      .where('ended_at', 'is', null)
      .orderBy('id', 'desc')
      .executeTakeFirst();
    if (row === undefined) return { status: 200, body: { lockdown: null } };
    const restore = parseRestore(row.restore);
    return {
      status: 200,
      body: {
        lockdown: {
          lockdownId: row.id,
          reason: row.reason,
          startedBy: row.started_by,
          startedAt: row.started_at,
          endsAt: row.ends_at,
          mode: restore.mode,
          channels: restore.channels.length,
          invitesPaused: restore.invitesPaused,
        },
      },
    };
  },
});

const EndBody = z.object({ reason: z.string().trim().min(1).max(400).optional() });

const Ended = z.object({ ended: z.boolean(), message: z.string() });

/**
 * `POST /api/moderation/lockdown/end`: ends the lockdown as `/lockdown action:end` does (the
 * caller must be a moderator by their guild roles), audited as theirs with `via: dashboard`.
 */
export const endLockdownRoute = defineRoute({
  method: 'POST',
  path: '/lockdown/end',
  access: 'moderator',
  summary: 'End the lockdown: channels, verification level and invites back as they were',
  body: EndBody,
  response: Ended,
  async handle({ body, actor, guildId, requestId }, ctx: ModerationContext) {
    const places = await moderationPlaces(ctx, guildId);
    if (!hasAuthority(places, await dashboardInvoker(ctx, guildId, actor), 'moderator')) {
      return { status: 403, error: `Only moderators (${ctx.config.moderatorRoles.join(', ')}) can end a lockdown.` };
    }
    const reason = body.reason ?? `by <@${actor.userId}>`;
    const ended = await endLockdown(ctx, places, {
      reason,
      endedBy: actor.userId,
      sourceKey: `dashboard:${requestId}`,
    });
    if (!ended) return { status: 409, error: 'There is no lockdown to end.' };
    await ctx.audit({
      guildId,
      actor: `discord:${actor.userId}`,
      action: 'moderation.lockdown_end',
      target: null,
      details: { reason, via: 'dashboard' },
    });
    return { status: 200, body: { ended: true, message: 'Lockdown ended: channels are back as they were.' } };
  },
});
