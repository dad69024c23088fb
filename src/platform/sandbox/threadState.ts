import type { PlatformEventPayloads } from '../../core/DomainEvent.js';
import { CHANNEL_LIMITS } from '../discordLimits.js';
import { DISCORD_ERROR_CODES } from '../discordErrorCodes.js';
import { Forbidden, InvalidRequest } from '../PlatformError.js';
import type { ForumTag, ThreadPatch } from '../Platform.js';
import type { SandboxContext } from './SandboxContext.js';
import type { SandboxChannelTable } from './SandboxTables.js';
import { recordAudit } from './auditLog.js';
import { channelName } from './channelActions.js';
import { requireChannel } from './guildQueries.js';
import type { MemberRow } from './memberQueries.js';
import { Permission, channelPermissions } from './permissions.js';
import { fromJson, toChannelSnapshot } from './sandboxRows.js';
import type { SandboxThread } from './sandboxViews.js';

/**
 * The tag ids a forum post may carry, checked like Discord: tags only in forums, at most 5,
 * each one of the parent forum's tags. Repeated ids count once.
 * @param parent - the thread's parent channel
 * @param tags - the requested tag ids
 * @throws InvalidRequest outside a forum, past 5 tags, or for a tag the forum does not have
 */
export function checkAppliedTags(parent: SandboxChannelTable | undefined, tags: readonly string[]): string[] {
  const unique = [...new Set(tags)];
  if (unique.length === 0) return [];
  if (parent?.kind !== 'forum') throw new InvalidRequest('only forum posts carry tags');
  if (unique.length > CHANNEL_LIMITS.appliedTags) {
    throw new InvalidRequest(
      `a forum post carries at most ${CHANNEL_LIMITS.appliedTags} tags`,
      DISCORD_ERROR_CODES.invalidFormBody,
    );
  }
  const known = new Set(fromJson<ForumTag[]>(parent.available_tags).map((tag) => tag.id));
  const unknown = unique.filter((id) => !known.has(id));
  if (unknown.length > 0) {
    throw new InvalidRequest(
      `forum #${parent.name} has no tag ${unknown.join(', ')}`,
      DISCORD_ERROR_CODES.invalidFormBody,
    );
  }
  return unique;
}

/**
 * Refuses a member adding or removing a moderated tag without Manage Threads (as Discord).
 * @param before - the tags the post had
 * @param after - the tags it would have
 * @throws Forbidden (Missing Permissions)
 */
export async function assertMayTag(
  ctx: SandboxContext,
  member: MemberRow,
  parent: SandboxChannelTable,
  before: readonly string[],
  after: readonly string[],
): Promise<void> {
  const moderated = new Set(
    fromJson<ForumTag[]>(parent.available_tags)
      .filter((tag) => tag.moderated)
      .map((tag) => tag.id),
  );
  const changed = [...after.filter((id) => !before.includes(id)), ...before.filter((id) => !after.includes(id))];
  if (!changed.some((id) => moderated.has(id))) return;
  if (((await channelPermissions(ctx, member, parent)) & Permission.MANAGE_THREADS) !== 0n) return;
  throw new Forbidden(
    `Missing Permissions: ${member.username} cannot apply moderated tags in #${parent.name}`,
    DISCORD_ERROR_CODES.missingPermissions,
  );
}

/**
 * A stored thread with its tags and state.
 * @param row - a `sandbox_channels` row of kind `thread`
 */
export function toSandboxThread(row: SandboxChannelTable): SandboxThread {
  return {
    ...toChannelSnapshot(row),
    appliedTags: fromJson<string[]>(row.applied_tags),
    archived: row.archived === 1,
    locked: row.locked === 1,
  };
}

/**
 * A thread with tags, archived and locked; null for an unknown id or a channel that is not a thread.
 * @param threadId - the thread
 */
export async function getThread(ctx: SandboxContext, threadId: string): Promise<SandboxThread | null> {
  const row = await ctx.db.selectFrom('sandbox_channels').selectAll().where('id', '=', threadId).executeTakeFirst();
  return row?.kind === 'thread' ? toSandboxThread(row) : null;
}

/** Emits `thread.updated` with the thread as it is now (a fresh id per change). */
async function emitThreadUpdated(ctx: SandboxContext, row: SandboxChannelTable): Promise<void> {
  const payload: PlatformEventPayloads['thread.updated'] = {
    threadId: row.id,
    parentId: row.parent_id,
    name: row.name,
    appliedTags: fromJson<string[]>(row.applied_tags),
    archived: row.archived === 1,
    locked: row.locked === 1,
  };
  await ctx.emit('thread.updated', `${row.id}:${await ctx.nextId()}`, payload);
}

/** Reads a thread. @throws SandboxNotFoundError; InvalidRequest when the channel is not a thread */
async function requireThread(ctx: SandboxContext, threadId: string): Promise<SandboxChannelTable> {
  const row = await requireChannel(ctx.db, threadId);
  if (row.kind !== 'thread') throw new InvalidRequest(`#${row.name} is not a thread`);
  return row;
}

/**
 * The bot changes a thread (name, tags, archived, locked) → `thread.updated`, unless nothing
 * changes (a repeat is a no-op, as the outbox may repeat it). Like Discord, an archived
 * thread's name and tags change only in a request that also unarchives it.
 * @param reason - recorded in the audit log
 * @throws SandboxNotFoundError for an unknown thread
 * @throws InvalidRequest for a channel that is not a thread, invalid tags or name, or a change to an archived thread
 */
export async function editThread(
  ctx: SandboxContext,
  threadId: string,
  patch: ThreadPatch,
  reason: string,
): Promise<void> {
  const current = await requireThread(ctx, threadId);
  const parent =
    current.parent_id === null
      ? undefined
      : await ctx.db.selectFrom('sandbox_channels').selectAll().where('id', '=', current.parent_id).executeTakeFirst();
  const tags =
    patch.appliedTags === undefined
      ? current.applied_tags
      : JSON.stringify(checkAppliedTags(parent, patch.appliedTags));
  const name = patch.name === undefined ? current.name : channelName('thread', patch.name);
  const next: SandboxChannelTable = {
    ...current,
    name,
    applied_tags: tags,
    archived: patch.archived === undefined ? current.archived : Number(patch.archived),
    locked: patch.locked === undefined ? current.locked : Number(patch.locked),
  };
  const contentChanged = next.name !== current.name || next.applied_tags !== current.applied_tags;
  if (current.archived === 1 && next.archived === 1 && contentChanged) {
    throw new InvalidRequest(
      `thread ${current.name} is archived: unarchive it in the same request to change it`,
      DISCORD_ERROR_CODES.threadArchived,
    );
  }
  if (!contentChanged && next.archived === current.archived && next.locked === current.locked) return;
  await ctx.db
    .updateTable('sandbox_channels')
    .set({ name: next.name, applied_tags: next.applied_tags, archived: next.archived, locked: next.locked })
    .where('id', '=', current.id)
    .execute();
  await recordAudit(ctx, 'thread_update', current.id, reason);
  await emitThreadUpdated(ctx, next);
}

/**
 * Refuses a member's post in a locked thread without Manage Threads, as Discord does.
 * @param channel - where the post goes (anything but a locked thread passes)
 * @throws Forbidden (Thread is locked)
 */
export async function assertThreadOpenTo(
  ctx: SandboxContext,
  channel: SandboxChannelTable,
  member: MemberRow,
): Promise<void> {
  if (channel.kind !== 'thread' || channel.locked === 0) return;
  if (((await channelPermissions(ctx, member, channel)) & Permission.MANAGE_THREADS) !== 0n) return;
  throw new Forbidden(
    `Thread is locked: ${member.username} cannot post in ${channel.name}`,
    DISCORD_ERROR_CODES.threadLocked,
  );
}

/**
 * A post in an archived thread unarchives it → `thread.updated` (members and the bot alike).
 * @param channel - where the post goes (anything but an archived thread is left alone)
 */
export async function unarchiveForPost(ctx: SandboxContext, channel: SandboxChannelTable): Promise<void> {
  if (channel.kind !== 'thread' || channel.archived === 0) return;
  await ctx.db.updateTable('sandbox_channels').set({ archived: 0 }).where('id', '=', channel.id).execute();
  await emitThreadUpdated(ctx, { ...channel, archived: 0 });
}
