import type { DirectMessageResult, OutgoingMessage, SentMessage } from '../Platform.js';
import { assertMessageWithinLimits } from '../messageLimits.js';
import type { SandboxContext } from './SandboxContext.js';
import { requireChannel, requireGuild } from './guildQueries.js';
import { findMemberRow, requireUser } from './memberQueries.js';
import { assertPostable, deleteMessageRows, insertMessage, requireMessage } from './messageQueries.js';
import { directChannelId } from './recordInteraction.js';
import { sortKey } from './sandboxRows.js';

/**
 * Posts a message as the bot (no event: the bot's own messages are not echoed).
 * @throws InvalidRequest over Discord's limits, or in a category/forum
 */
export async function sendMessage(
  ctx: SandboxContext,
  channelId: string,
  message: OutgoingMessage,
): Promise<SentMessage> {
  assertMessageWithinLimits(message);
  const channel = await requireChannel(ctx.db, channelId);
  assertPostable(channel);
  const guild = await ctx.guild();
  const { id } = await insertMessage(ctx, { channelId, authorId: guild.botUserId, message });
  return { id, channelId };
}

/**
 * Sends a DM as the bot. A member with DMs closed (and every bot account) gets a post in
 * `fallbackChannelId` starting with their mention instead, or nothing without a fallback.
 * @throws InvalidRequest over Discord's limits (the fallback's mention counts too)
 */
export async function sendDirectMessage(
  ctx: SandboxContext,
  guildId: string,
  userId: string,
  message: OutgoingMessage,
  fallbackChannelId: string | null,
): Promise<DirectMessageResult> {
  assertMessageWithinLimits(message);
  await requireGuild(ctx, guildId);
  const user = await requireUser(ctx.db, userId);
  const member = await findMemberRow(ctx.db, userId);
  if (member !== undefined && user.dms_open === 1 && user.bot === 0) {
    return { deliveredVia: 'dm', message: await insertDirectMessage(ctx, userId, message) };
  }
  if (fallbackChannelId === null) return { deliveredVia: 'none', message: null };
  const content =
    message.content === undefined || message.content === '' ? `<@${userId}>` : `<@${userId}> ${message.content}`;
  const sent = await sendMessage(ctx, fallbackChannelId, {
    ...message,
    content,
    allowedUserMentions: [...(message.allowedUserMentions ?? []), userId],
  });
  return { deliveredVia: 'channel', message: sent };
}

/**
 * Deletes a message as the bot (no event).
 * @throws SandboxNotFoundError for an unknown channel or message
 */
export async function deleteMessage(ctx: SandboxContext, channelId: string, messageId: string): Promise<void> {
  await requireChannel(ctx.db, channelId);
  await requireMessage(ctx.db, channelId, messageId);
  await deleteMessageRows(ctx.db, [messageId]);
}

/**
 * Stores a direct message from the bot to a user (delivery rules are the caller's).
 * @param userId - the recipient
 * @param message - content, embeds and components
 */
export async function insertDirectMessage(
  ctx: SandboxContext,
  userId: string,
  message: OutgoingMessage,
): Promise<SentMessage> {
  const id = await ctx.nextId();
  await ctx.db
    .insertInto('sandbox_direct_messages')
    .values({
      id,
      user_id: userId,
      content: message.content ?? '',
      embeds: JSON.stringify(message.embeds ?? []),
      components: JSON.stringify(message.components ?? []),
      created_at: ctx.clock.now(),
      sort_key: sortKey(id),
    })
    .execute();
  return { id, channelId: directChannelId(userId) };
}
