import { InvalidRequest } from '../PlatformError.js';
import type { ActionRow, Embed, OutgoingMessage } from '../Platform.js';
import type { SandboxContext } from './SandboxContext.js';
import { SandboxNotFoundError } from './SandboxNotFoundError.js';
import { parseMentions } from './mentions.js';
import type { SandboxChannelTable, SandboxDatabase, SandboxMessageTable } from './SandboxTables.js';
import { fromJson, sortKey } from './sandboxRows.js';
import type { SandboxMessage, SandboxReactionCount } from './sandboxViews.js';

/**
 * Reads a message of a channel.
 * @throws SandboxNotFoundError when the channel has no such message
 */
export async function requireMessage(
  db: SandboxDatabase,
  channelId: string,
  messageId: string,
): Promise<SandboxMessageTable> {
  const row = await db
    .selectFrom('sandbox_messages')
    .selectAll()
    .where('id', '=', messageId)
    .where('channel_id', '=', channelId)
    .executeTakeFirst();
  if (row === undefined) throw new SandboxNotFoundError('message', messageId);
  return row;
}

/**
 * Refuses to post in a channel that holds no messages of its own.
 * @throws InvalidRequest for categories and forums (forum posts are threads)
 */
export function assertPostable(channel: SandboxChannelTable): void {
  if (channel.kind === 'category') throw new InvalidRequest(`Cannot send messages in category "${channel.name}"`);
  if (channel.kind === 'forum') {
    throw new InvalidRequest(`Cannot send messages in forum #${channel.name} directly: start a post (thread)`);
  }
}

/**
 * Stores a message (limits already checked) and returns its id and creation time.
 * @param ctx - sandbox context
 * @param fields - where, who, what, and the message replied to
 */
export async function insertMessage(
  ctx: SandboxContext,
  fields: { channelId: string; authorId: string; message: OutgoingMessage; replyTo?: string | null; id?: string },
): Promise<{ id: string; createdAt: number; pinged: SandboxMessage['pinged'] }> {
  const id = fields.id ?? (await ctx.nextId());
  const createdAt = ctx.clock.now();
  const pinged = await pingsOf(ctx, fields.authorId, fields.message);
  await ctx.db
    .insertInto('sandbox_messages')
    .values({
      id,
      channel_id: fields.channelId,
      author_id: fields.authorId,
      content: fields.message.content ?? '',
      embeds: JSON.stringify(fields.message.embeds ?? []),
      components: JSON.stringify(fields.message.components ?? []),
      reply_to: fields.replyTo ?? null,
      created_at: createdAt,
      edited_at: null,
      sort_key: sortKey(id),
      pinged: JSON.stringify(pinged),
    })
    .execute();
  return { id, createdAt, pinged };
}

/**
 * Who a new message pings, as Discord decides it: the bot (Guildhall always sends
 * `allowed_mentions.parse: []`) pings only mentioned users and roles it lists; a member pings
 * every mentioned user and the mentioned roles that are mentionable.
 */
async function pingsOf(
  ctx: SandboxContext,
  authorId: string,
  message: OutgoingMessage,
): Promise<{ userIds: string[]; roleIds: string[] }> {
  const mentioned = parseMentions(message.content ?? '');
  const guild = await ctx.guild();
  if (authorId === guild.botUserId) {
    const users = new Set(message.allowedUserMentions ?? []);
    const roles = new Set(message.allowedRoleMentions ?? []);
    return {
      userIds: mentioned.userIds.filter((id) => users.has(id)),
      roleIds: mentioned.roleIds.filter((id) => roles.has(id)),
    };
  }
  if (mentioned.roleIds.length === 0) return { userIds: mentioned.userIds, roleIds: [] };
  const mentionable = await ctx.db
    .selectFrom('sandbox_roles')
    .select('id')
    .where('id', 'in', mentioned.roleIds)
    .where('mentionable', '=', 1)
    .execute();
  const ids = new Set(mentionable.map((r) => r.id));
  return { userIds: mentioned.userIds, roleIds: mentioned.roleIds.filter((id) => ids.has(id)) };
}

/**
 * A channel's messages, newest first, like Discord's history endpoint.
 * @param page - at most `limit` messages, older than `before` when given
 */
export async function listMessages(
  db: SandboxDatabase,
  channelId: string,
  page: { limit: number; before?: string | undefined },
): Promise<SandboxMessage[]> {
  let query = db
    .selectFrom('sandbox_messages')
    .innerJoin('sandbox_users', 'sandbox_users.id', 'sandbox_messages.author_id')
    .selectAll('sandbox_messages')
    .select(['sandbox_users.username', 'sandbox_users.bot'])
    .where('channel_id', '=', channelId)
    .orderBy('sort_key', 'desc')
    .limit(page.limit);
  if (page.before !== undefined) query = query.where('sort_key', '<', sortKey(page.before));
  const rows = await query.execute();
  if (rows.length === 0) return [];
  const reactions = await db
    .selectFrom('sandbox_reactions')
    .select(['message_id', 'user_id', 'emoji_id', 'emoji_name', 'emoji_key'])
    .where(
      'message_id',
      'in',
      rows.map((r) => r.id),
    )
    .orderBy('id')
    .execute();
  return rows.map((row) => {
    const counts = new Map<string, SandboxReactionCount>();
    for (const r of reactions.filter((x) => x.message_id === row.id)) {
      const count = counts.get(r.emoji_key) ?? { emoji: { id: r.emoji_id, name: r.emoji_name }, count: 0, userIds: [] };
      count.count += 1;
      count.userIds.push(r.user_id);
      counts.set(r.emoji_key, count);
    }
    return {
      id: row.id,
      channelId: row.channel_id,
      authorId: row.author_id,
      authorUsername: row.username,
      authorBot: row.bot === 1,
      content: row.content,
      embeds: fromJson<Embed[]>(row.embeds),
      components: fromJson<ActionRow[]>(row.components),
      replyTo: row.reply_to,
      createdAt: row.created_at,
      editedAt: row.edited_at,
      reactions: [...counts.values()],
      pinged: fromJson<{ userIds: string[]; roleIds: string[] }>(row.pinged),
    };
  });
}

/** One message with its author and reactions. */
export async function loadMessage(db: SandboxDatabase, channelId: string, messageId: string): Promise<SandboxMessage> {
  await requireMessage(db, channelId, messageId);
  const [message] = await listMessages(db, channelId, { limit: 1, before: (BigInt(messageId) + 1n).toString() });
  if (message === undefined) throw new SandboxNotFoundError('message', messageId);
  return message;
}

/** Deletes a message and its reactions. */
export async function deleteMessageRows(db: SandboxDatabase, messageIds: string[]): Promise<void> {
  if (messageIds.length === 0) return;
  await db.deleteFrom('sandbox_reactions').where('message_id', 'in', messageIds).execute();
  await db.deleteFrom('sandbox_poll_votes').where('message_id', 'in', messageIds).execute();
  await db.deleteFrom('sandbox_polls').where('message_id', 'in', messageIds).execute();
  await db.deleteFrom('sandbox_messages').where('id', 'in', messageIds).execute();
}
