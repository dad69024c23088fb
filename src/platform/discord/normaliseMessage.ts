import { z } from 'zod';
import { domainEvent, type DomainEvent } from '../../core/DomainEvent.js';
import { discordEventIds } from '../discordEventIds.js';
import { gatewayUser } from './gatewaySchemas.js';
import type { NormaliseContext } from './NormaliseContext.js';
import { snowflakeTime, timestampMs } from './snowflakeTime.js';

/** message_reference.type 1 is a forward, not a reply. */
const FORWARD_REFERENCE = 1;

const messageCreate = z.object({
  id: z.string(),
  channel_id: z.string(),
  guild_id: z.string(),
  author: gatewayUser,
  webhook_id: z.string().nullish(),
  content: z.string().default(''),
  timestamp: z.string().nullish(),
  mentions: z.array(z.object({ id: z.string() })).default([]),
  mention_roles: z.array(z.string()).default([]),
  attachments: z.array(z.unknown()).default([]),
  message_reference: z.object({ message_id: z.string().optional(), type: z.number().optional() }).nullish(),
});

const messageUpdate = z.object({
  id: z.string(),
  channel_id: z.string(),
  guild_id: z.string(),
  author: gatewayUser.optional(),
  content: z.string().optional(),
  edited_timestamp: z.string().nullish(),
});

const messageDelete = z.object({ id: z.string(), channel_id: z.string(), guild_id: z.string() });
const messageDeleteBulk = z.object({ ids: z.array(z.string()), channel_id: z.string(), guild_id: z.string() });

/**
 * MESSAGE_CREATE → `message.created`, id `discord:message.created:<messageId>`; the bot's
 * own messages yield nothing.
 * @param data - the dispatch payload
 * @param ctx - guild, bot id
 * @see https://discord.com/developers/docs/events/gateway-events#message-create
 */
export function normaliseMessageCreated(data: unknown, ctx: NormaliseContext): DomainEvent[] {
  const d = messageCreate.parse(data);
  if (d.author.id === ctx.botUserId) return [];
  const reference = d.message_reference;
  return [
    domainEvent('message.created', {
      id: discordEventIds.messageCreated(d.id),
      guildId: d.guild_id,
      occurredAt: timestampMs(d.timestamp, snowflakeTime(d.id)),
      source: 'discord',
      payload: {
        messageId: d.id,
        channelId: d.channel_id,
        authorId: d.author.id,
        authorBot: (d.author.bot ?? false) || (d.webhook_id ?? null) !== null,
        content: d.content,
        mentionedUserIds: d.mentions.map((user) => user.id),
        mentionedRoleIds: d.mention_roles,
        referencedMessageId: reference?.type === FORWARD_REFERENCE ? null : (reference?.message_id ?? null),
        attachmentCount: d.attachments.length,
      },
    }),
  ];
}

/**
 * MESSAGE_UPDATE → `message.edited` when it is an edit (it carries `edited_timestamp` and
 * content; embed unfurls do not), id `discord:message.edited:<messageId>:<editedAtMs>`.
 * @param data - the dispatch payload
 * @param ctx - guild, bot id
 * @see https://discord.com/developers/docs/events/gateway-events#message-update
 */
export function normaliseMessageEdited(data: unknown, ctx: NormaliseContext): DomainEvent[] {
  const d = messageUpdate.parse(data);
  if (d.edited_timestamp === null || d.edited_timestamp === undefined || d.content === undefined) return [];
  if (d.author !== undefined && d.author.id === ctx.botUserId) return [];
  const editedAt = timestampMs(d.edited_timestamp, ctx.receivedAt);
  return [
    domainEvent('message.edited', {
      id: `discord:message.edited:${d.id}:${editedAt}`,
      guildId: d.guild_id,
      occurredAt: editedAt,
      source: 'discord',
      payload: {
        messageId: d.id,
        channelId: d.channel_id,
        authorId: d.author?.id ?? null,
        content: d.content,
        editedAt,
      },
    }),
  ];
}

/**
 * MESSAGE_DELETE → `message.deleted`, id `discord:message.deleted:<messageId>`; a message
 * the cache knows as the bot's own yields nothing.
 * @param data - the dispatch payload
 * @param ctx - guild, bot id, receipt time, cache
 * @see https://discord.com/developers/docs/events/gateway-events#message-delete
 */
export function normaliseMessageDeleted(data: unknown, ctx: NormaliseContext): DomainEvent[] {
  const d = messageDelete.parse(data);
  return deletedEvents(d.guild_id, d.channel_id, [d.id], ctx);
}

/**
 * MESSAGE_DELETE_BULK → one `message.deleted` per message.
 * @param data - the dispatch payload
 * @param ctx - guild, bot id, receipt time, cache
 * @see https://discord.com/developers/docs/events/gateway-events#message-delete-bulk
 */
export function normaliseMessagesBulkDeleted(data: unknown, ctx: NormaliseContext): DomainEvent[] {
  const d = messageDeleteBulk.parse(data);
  return deletedEvents(d.guild_id, d.channel_id, d.ids, ctx);
}

function deletedEvents(guildId: string, channelId: string, ids: string[], ctx: NormaliseContext): DomainEvent[] {
  return ids
    .filter((id) => ctx.botUserId === null || ctx.cache.messageAuthor(channelId, id) !== ctx.botUserId)
    .map((id) =>
      domainEvent('message.deleted', {
        id: `discord:message.deleted:${id}`,
        guildId,
        occurredAt: ctx.receivedAt,
        source: 'discord',
        payload: { messageId: id, channelId },
      }),
    );
}
