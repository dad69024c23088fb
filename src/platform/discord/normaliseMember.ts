import { createHash } from 'node:crypto';
import { z } from 'zod';
import { domainEvent, type DomainEvent } from '../../core/DomainEvent.js';
import { discordEventIds } from '../discordEventIds.js';
import { gatewayUser } from './gatewaySchemas.js';
import type { NormaliseContext } from './NormaliseContext.js';
import { snowflakeTime, timestampMs } from './snowflakeTime.js';

const memberAdd = z.object({
  guild_id: z.string(),
  user: gatewayUser,
  nick: z.string().nullish(),
  roles: z.array(z.string()).default([]),
  joined_at: z.string().nullish(),
  pending: z.boolean().optional(),
});

const memberRemove = z.object({ guild_id: z.string(), user: gatewayUser });

const memberUpdate = z.object({
  guild_id: z.string(),
  user: gatewayUser,
  nick: z.string().nullish(),
  roles: z.array(z.string()).default([]),
  pending: z.boolean().optional(),
});

/**
 * GUILD_MEMBER_ADD → `member.joined`, id `discord:member.joined:<guild>:<user>:<joinedAtMs>`.
 * @param data - the dispatch payload
 * @param ctx - guild, receipt time, cache
 * @see https://discord.com/developers/docs/events/gateway-events#guild-member-add
 */
export function normaliseMemberJoined(data: unknown, ctx: NormaliseContext): DomainEvent[] {
  const d = memberAdd.parse(data);
  const joinedAt = timestampMs(d.joined_at, ctx.receivedAt);
  const username = d.user.username ?? d.user.id;
  ctx.departures.forget(d.user.id);
  return [
    domainEvent('member.joined', {
      id: discordEventIds.memberJoined(d.guild_id, d.user.id, joinedAt),
      guildId: d.guild_id,
      occurredAt: joinedAt,
      source: 'discord',
      payload: {
        userId: d.user.id,
        username,
        displayName: d.nick ?? d.user.global_name ?? username,
        bot: d.user.bot ?? false,
        joinedAt,
        accountCreatedAt: snowflakeTime(d.user.id),
        roles: d.roles,
        // Only when screening holds the member back, so events without it keep their shape.
        ...(d.pending === true ? { pending: true } : {}),
      },
    }),
  ];
}

/**
 * GUILD_MEMBER_REMOVE → `member.left`. The payload has no time, so the id ends with the
 * departed member's join time when discord.js had them cached (`j<joinedAtMs>`), else the
 * second the departure was received (`r<epochSeconds>`); a redelivery reuses the
 * remembered suffix ({@link RecentDepartures}) even though the cache no longer has them.
 * @param data - the dispatch payload
 * @param ctx - guild, receipt time, cache (still holding the member), departures
 * @see https://discord.com/developers/docs/events/gateway-events#guild-member-remove
 */
export function normaliseMemberLeft(data: unknown, ctx: NormaliseContext): DomainEvent[] {
  const d = memberRemove.parse(data);
  const joinedAt = ctx.cache.member(d.user.id)?.joinedAt ?? null;
  const suffix =
    joinedAt !== null ? `j${joinedAt}` : (ctx.departures.get(d.user.id) ?? `r${Math.floor(ctx.receivedAt / 1000)}`);
  ctx.departures.remember(d.user.id, suffix);
  return [
    domainEvent('member.left', {
      id: `discord:member.left:${d.guild_id}:${d.user.id}:${suffix}`,
      guildId: d.guild_id,
      occurredAt: ctx.receivedAt,
      source: 'discord',
      payload: { userId: d.user.id, username: d.user.username ?? d.user.id },
    }),
  ];
}

/**
 * GUILD_MEMBER_UPDATE → `member.updated` when roles, nickname or screening changed
 * compared with the cached member; an update that changes none of them (avatar, a
 * redelivery…) yields nothing. Id `discord:member.updated:<guild>:<user>:<hash>`, the hash
 * covering previous roles, roles, nickname and pending.
 * @param data - the dispatch payload
 * @param ctx - guild, receipt time, cache (still holding the previous member)
 * @see https://discord.com/developers/docs/events/gateway-events#guild-member-update
 */
export function normaliseMemberUpdated(data: unknown, ctx: NormaliseContext): DomainEvent[] {
  const d = memberUpdate.parse(data);
  const previous = ctx.cache.member(d.user.id);
  // A field missing from the payload means "not sent", not "cleared".
  const nickname = d.nick === undefined ? (previous?.nickname ?? null) : d.nick;
  const pending = d.pending ?? previous?.pending;
  const roles = [...d.roles].sort();
  const previousRoles = previous === null ? null : [...previous.roles].sort();
  if (
    previous !== null &&
    previousRoles?.join(',') === roles.join(',') &&
    previous.nickname === nickname &&
    previous.pending === pending
  ) {
    return [];
  }
  const hash = createHash('sha256')
    .update(JSON.stringify([previousRoles, roles, nickname, pending ?? false]))
    .digest('hex')
    .slice(0, 16);
  return [
    domainEvent('member.updated', {
      id: `discord:member.updated:${d.guild_id}:${d.user.id}:${hash}`,
      guildId: d.guild_id,
      occurredAt: ctx.receivedAt,
      source: 'discord',
      payload: { userId: d.user.id, roles, previousRoles, nickname, ...(pending === undefined ? {} : { pending }) },
    }),
  ];
}
