import { InvalidRequest } from '../PlatformError.js';
import type { ChannelSnapshot, ForumPost, ForumPostSpec, ThreadSpec } from '../Platform.js';
import { fitMessage } from '../fitMessage.js';
import { assertMessageWithinLimits } from '../messageLimits.js';
import type { SandboxContext } from './SandboxContext.js';
import type { SandboxChannelTable } from './SandboxTables.js';
import { channelName } from './channelActions.js';
import { requireChannel } from './guildQueries.js';
import { publishMemberMessage } from './memberMessageActions.js';
import { requireMemberRow } from './memberQueries.js';
import { insertMessage, requireMessage } from './messageQueries.js';
import { Permission, assertMemberCan } from './permissions.js';
import type { MemberThreadInput } from './sandboxInputs.js';
import { flag, toChannelSnapshot } from './sandboxRows.js';
import { assertMayTag, checkAppliedTags } from './threadState.js';

/**
 * Stores a thread under a text, announcement or forum channel. A thread started from a
 * message takes the message's id, as on Discord; one thread per message.
 */
async function insertThread(
  ctx: SandboxContext,
  parent: SandboxChannelTable,
  spec: ThreadSpec,
  ownerId: string,
  appliedTags: readonly string[] = [],
): Promise<SandboxChannelTable> {
  if (!['text', 'announcement', 'forum'].includes(parent.kind)) {
    throw new InvalidRequest(`cannot start a thread in a ${parent.kind} channel`);
  }
  if (spec.private === true && (parent.kind !== 'text' || spec.messageId !== undefined)) {
    throw new InvalidRequest('private threads are started in text channels, without a message');
  }
  if (spec.messageId !== undefined) {
    await requireMessage(ctx.db, parent.id, spec.messageId);
    const taken = await ctx.db
      .selectFrom('sandbox_channels')
      .select('id')
      .where('id', '=', spec.messageId)
      .executeTakeFirst();
    if (taken !== undefined) throw new InvalidRequest('A thread has already been created for this message');
  }
  const row: SandboxChannelTable = {
    id: spec.messageId ?? (await ctx.nextId()),
    name: channelName('thread', spec.name),
    kind: 'thread',
    parent_id: parent.id,
    position: 0,
    topic: null,
    rate_limit_per_user: 0,
    nsfw: parent.nsfw,
    user_limit: 0,
    bitrate: 0,
    permission_overwrites: '[]',
    owner_id: ownerId,
    thread_private: flag(spec.private),
    created_at: ctx.clock.now(),
    available_tags: '[]',
    default_sort_order: null,
    applied_tags: JSON.stringify(appliedTags),
    archived: 0,
    locked: 0,
  };
  await ctx.db.insertInto('sandbox_channels').values(row).execute();
  return row;
}

/**
 * Starts a thread as the bot (no event). Forum posts need a starter message, which
 * ThreadSpec cannot carry, so they are refused like Discord refuses them (see {@link createForumPost}).
 * @throws InvalidRequest in a forum, a non-text channel, or for a message that already has a thread
 */
export async function createThread(ctx: SandboxContext, channelId: string, spec: ThreadSpec): Promise<ChannelSnapshot> {
  const parent = await requireChannel(ctx.db, channelId);
  if (parent.kind === 'forum') throw new InvalidRequest('a forum post needs a starter message');
  const guild = await ctx.guild();
  return toChannelSnapshot(await insertThread(ctx, parent, spec, guild.botUserId));
}

/**
 * Starts a forum post as the bot (no event: the bot's own acts are not echoed): the thread,
 * owned by the bot, with its tags, and the starter message (fitted, checked like
 * `sendMessage`) sharing the thread's id. As on Discord, the message's `nonce` is not kept:
 * a repeated call starts a second post.
 * @throws InvalidRequest outside a forum, for a name not 1–100 characters, tags past 5 or not
 *   the forum's, a poll, or a message over the limits
 */
export async function createForumPost(ctx: SandboxContext, forumId: string, post: ForumPostSpec): Promise<ForumPost> {
  const parent = await requireChannel(ctx.db, forumId);
  if (parent.kind !== 'forum') throw new InvalidRequest(`#${parent.name} is not a forum: start a thread instead`);
  if (post.message.poll !== undefined) throw new InvalidRequest("a forum post's starter message cannot carry a poll");
  const message = fitMessage(post.message);
  assertMessageWithinLimits(message);
  const appliedTags = checkAppliedTags(parent, post.appliedTags ?? []);
  const guild = await ctx.guild();
  const spec: ThreadSpec = {
    name: post.name,
    ...(post.autoArchiveMinutes === undefined ? {} : { autoArchiveMinutes: post.autoArchiveMinutes }),
  };
  const thread = await insertThread(ctx, parent, spec, guild.botUserId, appliedTags);
  await insertMessage(ctx, { channelId: thread.id, authorId: guild.botUserId, message, id: thread.id });
  return { threadId: thread.id, messageId: thread.id };
}

/**
 * A member starts a thread → `thread.created`; a forum post (needs `content`) also posts
 * its starter message, sharing the thread's id → `message.created`. A forum post may carry up
 * to 5 of its forum's tags (`appliedTags`, in `thread.created`; moderated ones only with
 * Manage Threads).
 * @throws Forbidden without permission; InvalidRequest for a forum post without content, or
 *   tags outside a forum, past 5 or not the forum's
 */
export async function createThreadAsMember(ctx: SandboxContext, input: MemberThreadInput): Promise<ChannelSnapshot> {
  const member = await requireMemberRow(ctx.db, input.userId);
  const parent = await requireChannel(ctx.db, input.channelId);
  const forum = parent.kind === 'forum';
  if (forum && (input.content === undefined || input.content.trim() === '')) {
    throw new InvalidRequest('a forum post needs content for its starter message');
  }
  if (input.content !== undefined) assertMessageWithinLimits({ content: input.content });
  const needed = forum ? Permission.SEND_MESSAGES : Permission.CREATE_PUBLIC_THREADS;
  await assertMemberCan(ctx, member, parent, Permission.VIEW_CHANNEL | needed, forum ? 'post' : 'create threads');
  const appliedTags = checkAppliedTags(parent, input.appliedTags ?? []);
  await assertMayTag(ctx, member, parent, [], appliedTags);
  const spec: ThreadSpec = {
    name: input.name,
    ...(input.messageId === undefined ? {} : { messageId: input.messageId }),
  };
  const thread = await insertThread(ctx, parent, spec, member.user_id, appliedTags);
  await ctx.emit('thread.created', thread.id, {
    threadId: thread.id,
    parentId: parent.id,
    ownerId: member.user_id,
    name: thread.name,
    ...(forum ? { appliedTags } : {}),
  });
  if (forum && input.content !== undefined) {
    await publishMemberMessage(ctx, {
      member,
      channelId: thread.id,
      content: input.content,
      replyTo: null,
      id: thread.id,
    });
  } else if (input.content !== undefined) {
    await publishMemberMessage(ctx, { member, channelId: thread.id, content: input.content, replyTo: null });
  }
  return toChannelSnapshot(thread);
}
