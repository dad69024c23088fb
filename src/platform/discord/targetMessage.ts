import { z } from 'zod';
import type { TargetMessage } from '../../core/DomainEvent.js';
import { gatewayUser } from './gatewaySchemas.js';

/**
 * The resolved message of a message command interaction (fields Guildhall reads).
 * @see https://discord.com/developers/docs/interactions/receiving-and-responding#interaction-object-resolved-data-structure
 */
const resolvedMessage = z.object({
  id: z.string(),
  channel_id: z.string(),
  author: gatewayUser,
  content: z.string().default(''),
});

/** `data.target_id` and `data.resolved.messages` of a message command interaction. */
export const messageCommandData = z.object({
  target_id: z.string().optional(),
  resolved: z.object({ messages: z.record(z.string(), z.unknown()).optional() }).optional(),
});

/**
 * The message a message context-menu command was used on: `target_id` looked up in
 * `resolved.messages`; null when the payload does not carry it.
 * @param data - the interaction's `data`
 * @see https://discord.com/developers/docs/interactions/application-commands#message-commands
 */
export function targetMessageOf(data: z.infer<typeof messageCommandData>): TargetMessage | null {
  if (data.target_id === undefined) return null;
  const parsed = resolvedMessage.safeParse(data.resolved?.messages?.[data.target_id]);
  if (!parsed.success) return null;
  const message = parsed.data;
  return {
    messageId: message.id,
    channelId: message.channel_id,
    authorId: message.author.id,
    authorBot: message.author.bot ?? false,
    content: message.content,
  };
}
