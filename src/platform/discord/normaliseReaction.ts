import { z } from 'zod';
import { domainEvent, type DomainEvent, type EmojiRef } from '../../core/DomainEvent.js';
import { discordEventIds } from '../discordEventIds.js';
import { gatewayEmoji } from './gatewaySchemas.js';
import type { NormaliseContext } from './NormaliseContext.js';

const reaction = z.object({
  user_id: z.string(),
  channel_id: z.string(),
  message_id: z.string(),
  guild_id: z.string(),
  emoji: gatewayEmoji,
  message_author_id: z.string().optional(),
});

/**
 * MESSAGE_REACTION_ADD → `reaction.added`, id
 * `discord:reaction.added:<messageId>:<userId>:<emoji id or name>`. The bot's own
 * reactions yield nothing. The message author comes from the payload (`message_author_id`,
 * sent since 2023) or the message cache, else null.
 * @param data - the dispatch payload
 * @param ctx - guild, bot id, receipt time, cache
 * @see https://discord.com/developers/docs/events/gateway-events#message-reaction-add
 */
export function normaliseReactionAdded(data: unknown, ctx: NormaliseContext): DomainEvent[] {
  const d = reaction.parse(data);
  if (d.user_id === ctx.botUserId) return [];
  const emoji = emojiRef(d.emoji);
  return [
    domainEvent('reaction.added', {
      id: discordEventIds.reactionAdded(d.message_id, d.user_id, emoji),
      guildId: d.guild_id,
      occurredAt: ctx.receivedAt,
      source: 'discord',
      payload: {
        messageId: d.message_id,
        channelId: d.channel_id,
        userId: d.user_id,
        emoji,
        messageAuthorId: d.message_author_id ?? ctx.cache.messageAuthor(d.channel_id, d.message_id),
      },
    }),
  ];
}

/**
 * MESSAGE_REACTION_REMOVE → `reaction.removed`, id
 * `discord:reaction.removed:<messageId>:<userId>:<emoji id or name>`.
 * @param data - the dispatch payload
 * @param ctx - guild, bot id, receipt time
 * @see https://discord.com/developers/docs/events/gateway-events#message-reaction-remove
 */
export function normaliseReactionRemoved(data: unknown, ctx: NormaliseContext): DomainEvent[] {
  const d = reaction.parse(data);
  if (d.user_id === ctx.botUserId) return [];
  const emoji = emojiRef(d.emoji);
  return [
    domainEvent('reaction.removed', {
      id: `discord:reaction.removed:${d.message_id}:${d.user_id}:${emoji.id ?? emoji.name}`,
      guildId: d.guild_id,
      occurredAt: ctx.receivedAt,
      source: 'discord',
      payload: { messageId: d.message_id, channelId: d.channel_id, userId: d.user_id, emoji },
    }),
  ];
}

function emojiRef(emoji: z.infer<typeof gatewayEmoji>): EmojiRef {
  // A custom emoji deleted from the guild arrives with a null name.
  return { id: emoji.id ?? null, name: emoji.name ?? '' };
}
