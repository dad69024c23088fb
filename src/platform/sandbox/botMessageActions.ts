import { DISCORD_ERROR_CODES } from '../discordErrorCodes.js';
import { Forbidden } from '../PlatformError.js';
import type { DirectMessageResult, OutgoingMessage, SentMessage } from '../Platform.js';
import { fitMessage } from '../fitMessage.js';
import { assertMessageWithinLimits } from '../messageLimits.js';
import { messageNonce } from '../messageNonce.js';
import type { SandboxContext } from './SandboxContext.js';
import { requireChannel, requireGuild } from './guildQueries.js';
import { findMemberRow, requireUser } from './memberQueries.js';
import { assertPostable, deleteMessageRows, insertMessage, requireMessage } from './messageQueries.js';
import { storePoll } from './pollActions.js';
import { directChannelId } from './recordInteraction.js';
import { sortKey } from './sandboxRows.js';
import { unarchiveForPost } from './threadState.js';

/**
 * Posts a message as the bot (no event: the bot's own messages are not echoed). With a
 * `nonce`, a message already sent with it in this channel (and not deleted) is returned
 * instead of posting again, like Discord's `enforce_nonce`, but for good (no window).
 * Text over Discord's limits is cut first (`fitMessage`). A post in an archived thread
 * unarchives it (`thread.updated`), as on Discord.
 * @throws InvalidRequest over the limits fitting cannot fix, or in a category/forum
 */
export async function sendMessage(
  ctx: SandboxContext,
  channelId: string,
  outgoing: OutgoingMessage,
): Promise<SentMessage> {
  const message = fitMessage(outgoing);
  assertMessageWithinLimits(message);
  const channel = await requireChannel(ctx.db, channelId);
  assertPostable(channel);
  const nonce = message.nonce === undefined ? null : messageNonce(message.nonce);
  if (nonce !== null) {
    const first = await sentWithNonce(ctx, channelId, nonce);
    if (first !== null) return { id: first, channelId };
  }
  await unarchiveForPost(ctx, channel);
  const guild = await ctx.guild();
  const { id } = await insertMessage(ctx, { channelId, authorId: guild.botUserId, message });
  const kept = nonce === null ? id : await keepNonce(ctx, channelId, nonce, id);
  if (message.poll !== undefined && kept === id) await storePoll(ctx, channelId, id, message.poll);
  return { id: kept, channelId };
}

/** The id of the live message sent in `channelId` with `nonce`, or null. */
async function sentWithNonce(ctx: SandboxContext, channelId: string, nonce: string): Promise<string | null> {
  const row = await ctx.db
    .selectFrom('sandbox_message_nonces as n')
    .innerJoin('sandbox_messages as m', 'm.id', 'n.message_id')
    .select('n.message_id')
    .where('n.channel_id', '=', channelId)
    .where('n.nonce', '=', nonce)
    .executeTakeFirst();
  return row?.message_id ?? null;
}

/**
 * Records that `messageId` was sent with `nonce`; when a concurrent send with the same nonce
 * won (or the nonce's message was deleted meanwhile), resolves to the message that holds it,
 * removing ours if it lost.
 * @returns the id of the message the nonce stands for
 */
async function keepNonce(ctx: SandboxContext, channelId: string, nonce: string, messageId: string): Promise<string> {
  // A nonce whose message is gone is free again.
  await ctx.db
    .deleteFrom('sandbox_message_nonces')
    .where('channel_id', '=', channelId)
    .where('nonce', '=', nonce)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('sandbox_messages')
            .select('id')
            .whereRef('sandbox_messages.id', '=', 'sandbox_message_nonces.message_id'),
        ),
      ),
    )
    .execute();
  await ctx.db
    .insertInto('sandbox_message_nonces')
    .values({ channel_id: channelId, nonce, message_id: messageId })
    .onConflict((oc) => oc.columns(['channel_id', 'nonce']).doNothing())
    .execute();
  const holder = await sentWithNonce(ctx, channelId, nonce);
  if (holder === null || holder === messageId) return messageId;
  await deleteMessageRows(ctx.db, [messageId]);
  return holder;
}

/**
 * Sends a DM as the bot. A member with DMs closed (and every bot account) gets a post in
 * `fallbackChannelId` starting with their mention instead, or nothing without a fallback.
 * A `nonce` deduplicates the fallback post (see `sendMessage`), not the DM itself.
 * Text over Discord's limits is cut first (`fitMessage`), the fallback's mention included.
 * @throws InvalidRequest over the limits fitting cannot fix
 */
export async function sendDirectMessage(
  ctx: SandboxContext,
  guildId: string,
  userId: string,
  outgoing: OutgoingMessage,
  fallbackChannelId: string | null,
): Promise<DirectMessageResult> {
  const message = fitMessage(outgoing);
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
 * Edits a message the bot posted (no event: the bot's own messages are not echoed): content,
 * embeds and components are replaced and `edited_at` set; the `nonce` is ignored. Text over
 * Discord's limits is cut first (`fitMessage`).
 * @throws InvalidRequest over the limits fitting cannot fix
 * @throws SandboxNotFoundError for an unknown channel or message; Forbidden (50005) for a member's message
 * @see https://discord.com/developers/docs/resources/message#edit-message
 */
export async function editBotMessage(
  ctx: SandboxContext,
  channelId: string,
  messageId: string,
  outgoing: OutgoingMessage,
): Promise<SentMessage> {
  const message = fitMessage(outgoing);
  assertMessageWithinLimits(message);
  await requireChannel(ctx.db, channelId);
  const row = await requireMessage(ctx.db, channelId, messageId);
  const guild = await ctx.guild();
  if (row.author_id !== guild.botUserId) {
    throw new Forbidden(
      'Cannot edit a message authored by another user',
      DISCORD_ERROR_CODES.cannotEditAnotherUsersMessage,
    );
  }
  await ctx.db
    .updateTable('sandbox_messages')
    .set({
      content: message.content ?? '',
      embeds: JSON.stringify(message.embeds ?? []),
      components: JSON.stringify(message.components ?? []),
      edited_at: ctx.clock.now(),
    })
    .where('id', '=', messageId)
    .execute();
  return { id: messageId, channelId };
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
