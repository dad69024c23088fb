import { ChannelType, Routes, type Client } from 'discord.js';
import { CHANNEL_LIMITS } from '../discordLimits.js';
import { InvalidRequest } from '../PlatformError.js';
import type { ThreadPatch } from '../Platform.js';
import { auditLogReason } from './auditLogReason.js';
import type { PlatformRest } from './platformRest.js';

/** Modify Channel's thread fields Guildhall sends. */
export interface ThreadPatchBody {
  name?: string;
  applied_tags?: string[];
  archived?: boolean;
  locked?: boolean;
}

/**
 * A thread patch as Modify Channel's body, checked first: a name of 1–100 characters, at most
 * 5 tags (repeats count once), each one of `forumTagIds` when the parent forum's tags are known.
 * @param patch - what changes
 * @param forumTagIds - the parent forum's tag ids, or null when unknown (Discord then checks)
 * @throws InvalidRequest before any request
 */
export function toThreadPatchBody(patch: ThreadPatch, forumTagIds: readonly string[] | null): ThreadPatchBody {
  const body: ThreadPatchBody = {};
  if (patch.name !== undefined) {
    const name = patch.name.trim();
    if (name.length < 1 || name.length > CHANNEL_LIMITS.name) {
      throw new InvalidRequest(`a thread name must be 1–${CHANNEL_LIMITS.name} characters`);
    }
    body.name = name;
  }
  if (patch.appliedTags !== undefined) {
    const tags = [...new Set(patch.appliedTags)];
    if (tags.length > CHANNEL_LIMITS.appliedTags) {
      throw new InvalidRequest(`a forum post carries at most ${CHANNEL_LIMITS.appliedTags} tags`);
    }
    const unknown = forumTagIds === null ? [] : tags.filter((id) => !forumTagIds.includes(id));
    if (unknown.length > 0) throw new InvalidRequest(`the post's forum has no tag ${unknown.join(', ')}`);
    body.applied_tags = tags;
  }
  if (patch.archived !== undefined) body.archived = patch.archived;
  if (patch.locked !== undefined) body.locked = patch.locked;
  return body;
}

/**
 * The tag ids of a cached thread's parent forum, or null when discord.js has not cached the
 * thread or its parent is not a forum (no request: the check is a courtesy, Discord checks too).
 * @param client - the discord.js client
 * @param threadId - the thread
 */
export function cachedForumTagIds(client: Client, threadId: string): string[] | null {
  const thread = client.channels.cache.get(threadId);
  if (thread === undefined || !thread.isThread()) return null;
  const parent = thread.parent;
  if (parent?.type !== ChannelType.GuildForum) return null;
  return parent.availableTags.map((tag) => tag.id);
}

/**
 * Changes a thread (Modify Channel, thread fields only) in one request with the reason in
 * `X-Audit-Log-Reason`. An empty patch sends nothing. Discord answers with the thread and
 * sends THREAD_UPDATE (→ `thread.updated`).
 * @param rest - discord.js's REST client (typed errors, see platformRest)
 * @param threadId - the thread
 * @param patch - what changes
 * @param reason - written to the audit log
 * @param forumTagIds - the parent forum's tag ids when known (see {@link cachedForumTagIds})
 * @throws InvalidRequest before any request (see {@link toThreadPatchBody}); NotFound, Forbidden from Discord
 * @see https://discord.com/developers/docs/resources/channel#modify-channel-json-params-thread
 */
export async function editThread(
  rest: PlatformRest,
  threadId: string,
  patch: ThreadPatch,
  reason: string,
  forumTagIds: readonly string[] | null,
): Promise<void> {
  const body = toThreadPatchBody(patch, forumTagIds);
  if (Object.keys(body).length === 0) return;
  await rest.patch(Routes.channel(threadId), { body, reason: auditLogReason(reason) });
}
