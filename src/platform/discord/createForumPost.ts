import { ChannelType, Routes, type Client, type RESTPostAPIChannelMessageJSONBody } from 'discord.js';
import { z } from 'zod';
import { fitMessage } from '../fitMessage.js';
import { assertMessageWithinLimits } from '../messageLimits.js';
import { InvalidRequest } from '../PlatformError.js';
import type { ForumPost, ForumPostSpec } from '../Platform.js';
import { GUILDHALL_AUDIT_REASON } from './auditLogReason.js';
import { toThreadPatchBody } from './editThread.js';
import type { PlatformRest } from './platformRest.js';
import { toMessageBody } from './toDiscordMessage.js';

const startedPost = z.object({ id: z.string() });

/** Start Thread in Forum or Media Channel's JSON body, as Guildhall sends it. */
export interface ForumPostBody {
  name: string;
  auto_archive_duration: number;
  message: RESTPostAPIChannelMessageJSONBody;
  applied_tags?: string[];
}

/**
 * The tag ids of a forum discord.js has cached, or null when it is not cached (or not a
 * forum): no request, Discord checks the tags too.
 * @param client - the discord.js client
 * @param forumId - the forum
 */
export function cachedTagIdsOfForum(client: Client, forumId: string): string[] | null {
  const forum = client.channels.cache.get(forumId);
  if (forum?.type !== ChannelType.GuildForum) return null;
  return forum.availableTags.map((tag) => tag.id);
}

/**
 * Start Thread in Forum or Media Channel's body, checked first: a name of 1–100 characters,
 * at most 5 tags (each one of `forumTagIds` when known), a starter message fitted to
 * Discord's limits and within those fitting cannot fix, and no poll (the forum message params
 * have none). The message's `nonce` is left out: the forum message params have none either.
 * @param post - the post
 * @param forumTagIds - the forum's tag ids, or null when unknown
 * @throws InvalidRequest before any request
 * @see https://discord.com/developers/docs/resources/channel#start-thread-in-forum-or-media-channel-forum-and-media-thread-message-params-object
 */
export function toForumPostBody(post: ForumPostSpec, forumTagIds: readonly string[] | null): ForumPostBody {
  if (post.message.poll !== undefined) throw new InvalidRequest("a forum post's starter message cannot carry a poll");
  const message = fitMessage(post.message);
  assertMessageWithinLimits(message);
  const thread = toThreadPatchBody(
    { name: post.name, ...(post.appliedTags === undefined ? {} : { appliedTags: post.appliedTags }) },
    forumTagIds,
  );
  const body: ForumPostBody = {
    name: thread.name ?? post.name,
    auto_archive_duration: post.autoArchiveMinutes ?? 1440,
    message: toMessageBody(message),
  };
  if (thread.applied_tags !== undefined && thread.applied_tags.length > 0) body.applied_tags = thread.applied_tags;
  return body;
}

/**
 * Starts a forum post with its starter message (one request; Discord answers the thread with
 * the message nested, and sends THREAD_CREATE and MESSAGE_CREATE). The starter message has
 * the thread's id.
 * @param rest - discord.js's REST client (typed errors, see platformRest)
 * @param forumId - the forum
 * @param post - title, starter message, tags
 * @param forumTagIds - the forum's tag ids when known (see {@link cachedTagIdsOfForum})
 * @throws InvalidRequest before any request (see {@link toForumPostBody}); NotFound, Forbidden from Discord
 * @see https://discord.com/developers/docs/resources/channel#start-thread-in-forum-or-media-channel
 */
export async function createForumPost(
  rest: PlatformRest,
  forumId: string,
  post: ForumPostSpec,
  forumTagIds: readonly string[] | null,
): Promise<ForumPost> {
  const body = toForumPostBody(post, forumTagIds);
  const data = startedPost.parse(await rest.post(Routes.threads(forumId), { body, reason: GUILDHALL_AUDIT_REASON }));
  // Discord gives a forum post's starter message the thread's id.
  return { threadId: data.id, messageId: data.id };
}
