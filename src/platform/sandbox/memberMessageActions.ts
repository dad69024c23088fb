import { DISCORD_ERROR_CODES } from '../discordErrorCodes.js';
import { Forbidden, RateLimited } from '../PlatformError.js';
import { assertMessageWithinLimits } from '../messageLimits.js';
import { postThroughAutoModeration } from './autoModerationEnforcement.js';
import type { SandboxContext } from './SandboxContext.js';
import type { SandboxChannelTable } from './SandboxTables.js';
import { requireChannel } from './guildQueries.js';
import { parseMentions } from './mentions.js';
import { requireMemberRow, type MemberRow } from './memberQueries.js';
import { assertPostable, deleteMessageRows, insertMessage, loadMessage, requireMessage } from './messageQueries.js';
import { Permission, assertMemberCan, channelPermissions } from './permissions.js';
import type { EditMessageInput, MemberMessageRef, PostMessageInput } from './sandboxInputs.js';
import type { SandboxMessage } from './sandboxViews.js';
import { assertThreadOpenTo, unarchiveForPost } from './threadState.js';

/** Refuses a post inside the channel's slowmode, unless the member manages messages or the channel. */
async function assertSlowmode(ctx: SandboxContext, member: MemberRow, channel: SandboxChannelTable): Promise<void> {
  if (channel.rate_limit_per_user === 0) return;
  const bypass = Permission.MANAGE_MESSAGES | Permission.MANAGE_CHANNELS;
  if (((await channelPermissions(ctx, member, channel)) & bypass) !== 0n) return;
  const since = ctx.clock.now() - channel.rate_limit_per_user * 1000;
  const recent = await ctx.db
    .selectFrom('sandbox_messages')
    .select('created_at')
    .where('author_id', '=', member.user_id)
    .where('created_at', '>', since)
    .where('channel_id', '=', channel.id)
    .executeTakeFirst();
  if (recent !== undefined) {
    const wait = Math.ceil((recent.created_at - since) / 1000);
    throw new RateLimited(`Slowmode: ${member.username} can post in #${channel.name} again in ${wait}s`, wait * 1000);
  }
}

/**
 * Stores a member's message and emits `message.created` (mentions parsed from the content).
 * @param id - message id to use (a forum post's starter message shares the thread's id)
 */
export async function publishMemberMessage(
  ctx: SandboxContext,
  fields: { member: MemberRow; channelId: string; content: string; replyTo: string | null; id?: string },
): Promise<SandboxMessage> {
  const { member, channelId, content, replyTo } = fields;
  const {
    id: messageId,
    createdAt,
    pinged,
  } = await insertMessage(ctx, {
    channelId,
    authorId: member.user_id,
    message: { content },
    replyTo,
    ...(fields.id === undefined ? {} : { id: fields.id }),
  });
  const mentions = parseMentions(content);
  await ctx.emit('message.created', messageId, {
    messageId,
    channelId,
    authorId: member.user_id,
    authorBot: member.bot === 1,
    content,
    mentionedUserIds: mentions.userIds,
    mentionedRoleIds: mentions.roleIds,
    referencedMessageId: replyTo,
    attachmentCount: 0,
  });
  // Built, not re-read: a module may already have deleted it while handling the event.
  return {
    id: messageId,
    channelId,
    authorId: member.user_id,
    authorUsername: member.username,
    authorBot: member.bot === 1,
    content,
    embeds: [],
    components: [],
    replyTo,
    createdAt,
    editedAt: null,
    reactions: [],
    pinged,
  };
}

/**
 * A member posts a message → `message.created`, unless a native AutoMod rule blocks it
 * (`automod.native_executed` per action, see {@link postThroughAutoModeration}). A post in an
 * archived thread unarchives it first (`thread.updated`).
 * @throws InvalidRequest over limits, in a category/forum, blocked by AutoMod; Forbidden without permission (timeouts included, and a locked thread without Manage Threads); RateLimited in slowmode
 * @throws SandboxNotFoundError for an unknown member, channel or replied-to message
 */
export async function postMessage(ctx: SandboxContext, input: PostMessageInput): Promise<SandboxMessage> {
  assertMessageWithinLimits({ content: input.content });
  const member = await requireMemberRow(ctx.db, input.userId);
  const channel = await requireChannel(ctx.db, input.channelId);
  assertPostable(channel);
  const send = channel.kind === 'thread' ? Permission.SEND_MESSAGES_IN_THREADS : Permission.SEND_MESSAGES;
  await assertMemberCan(ctx, member, channel, Permission.VIEW_CHANNEL | send, 'send messages');
  const replyTo = input.replyTo ?? null;
  if (replyTo !== null) await requireMessage(ctx.db, channel.id, replyTo);
  await assertSlowmode(ctx, member, channel);
  await assertThreadOpenTo(ctx, channel, member);
  return postThroughAutoModeration(ctx, { member, channel, content: input.content }, async () => {
    await unarchiveForPost(ctx, channel);
    return publishMemberMessage(ctx, { member, channelId: channel.id, content: input.content, replyTo });
  });
}

/**
 * The author edits their message → `message.edited`.
 * @throws Forbidden when the editor is not the author; InvalidRequest over limits
 */
export async function editMessage(ctx: SandboxContext, input: EditMessageInput): Promise<SandboxMessage> {
  assertMessageWithinLimits({ content: input.content });
  const message = await requireMessage(ctx.db, input.channelId, input.messageId);
  const editorId = input.userId ?? message.author_id;
  const guild = await ctx.guild();
  if (editorId !== message.author_id)
    throw new Forbidden(
      'Cannot edit a message authored by another user',
      DISCORD_ERROR_CODES.cannotEditAnotherUsersMessage,
    );
  if (editorId === guild.botUserId)
    throw new Forbidden(
      "this message is the bot's: members edit only their own",
      DISCORD_ERROR_CODES.cannotEditAnotherUsersMessage,
    );
  await requireMemberRow(ctx.db, editorId);
  const editedAt = ctx.clock.now();
  await ctx.db
    .updateTable('sandbox_messages')
    .set({ content: input.content, edited_at: editedAt })
    .where('id', '=', message.id)
    .execute();
  const edited = await loadMessage(ctx.db, message.channel_id, message.id);
  const editId = await ctx.nextId();
  await ctx.emit('message.edited', `${message.id}:${editId}`, {
    messageId: message.id,
    channelId: message.channel_id,
    authorId: message.author_id,
    content: input.content,
    editedAt,
  });
  return edited;
}

/**
 * A member deletes a message → `message.deleted`: their own, or anyone's with Manage Messages.
 * @throws Forbidden without permission
 */
export async function deleteMessageAsMember(ctx: SandboxContext, input: MemberMessageRef): Promise<void> {
  const message = await requireMessage(ctx.db, input.channelId, input.messageId);
  const deleter = await requireMemberRow(ctx.db, input.userId ?? message.author_id);
  if (deleter.user_id !== message.author_id) {
    const channel = await requireChannel(ctx.db, message.channel_id);
    await assertMemberCan(ctx, deleter, channel, Permission.MANAGE_MESSAGES, "delete others' messages");
  }
  await deleteMessageRows(ctx.db, [message.id]);
  await ctx.emit('message.deleted', message.id, { messageId: message.id, channelId: message.channel_id });
}
