import { z } from 'zod';
import { domainEvent, type DomainEvent } from '../../core/DomainEvent.js';
import type { NormaliseContext } from './NormaliseContext.js';
import { timestampMs } from './snowflakeTime.js';

const inviteCreate = z.object({
  code: z.string(),
  guild_id: z.string(),
  channel_id: z.string(),
  created_at: z.string().nullish(),
  inviter: z.object({ id: z.string() }).nullish(),
  uses: z.number().default(0),
  max_uses: z.number().default(0),
});

/**
 * INVITE_CREATE → `invite.created`, id `discord:invite.created:<code>:<createdAtMs>` (a
 * vanity or reused code created again later is a new fact).
 * @param data - the dispatch payload
 * @param ctx - guild, receipt time
 * @see https://discord.com/developers/docs/events/gateway-events#invite-create
 */
export function normaliseInviteCreated(data: unknown, ctx: NormaliseContext): DomainEvent[] {
  const d = inviteCreate.parse(data);
  const createdAt = timestampMs(d.created_at, ctx.receivedAt);
  return [
    domainEvent('invite.created', {
      id: `discord:invite.created:${d.code}:${createdAt}`,
      guildId: d.guild_id,
      occurredAt: createdAt,
      source: 'discord',
      payload: {
        code: d.code,
        channelId: d.channel_id,
        inviterId: d.inviter?.id ?? null,
        uses: d.uses,
        maxUses: d.max_uses,
      },
    }),
  ];
}
