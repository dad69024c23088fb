import { domainEvent, type DomainEventOf } from '../../core/DomainEvent.js';
import type { ChannelHistory, ListedMember } from '../Platform.js';
import { requireChannel, requireGuild } from './guildQueries.js';
import { parseMentions } from './mentions.js';
import type { SandboxContext } from './SandboxContext.js';
import { sortKey } from './sandboxRows.js';

/**
 * Every member of the sandbox guild in user id order, as Discord's List Guild Members gives
 * them (roles highest first, an expired timeout as none), with their account's creation time.
 * @param ctx - sandbox context
 * @param guildId - the guild
 * @throws SandboxNotFoundError for another guild
 */
export async function fetchAllMembers(ctx: SandboxContext, guildId: string): Promise<ListedMember[]> {
  await requireGuild(ctx, guildId);
  const rows = await ctx.db
    .selectFrom('sandbox_members')
    .innerJoin('sandbox_users', 'sandbox_users.id', 'sandbox_members.user_id')
    .selectAll()
    .execute();
  const roleRows = await ctx.db
    .selectFrom('sandbox_member_roles')
    .innerJoin('sandbox_roles', 'sandbox_roles.id', 'sandbox_member_roles.role_id')
    .select(['sandbox_member_roles.user_id', 'sandbox_roles.id'])
    .orderBy('sandbox_roles.position', 'desc')
    .execute();
  const roles = new Map<string, string[]>();
  for (const row of roleRows) roles.set(row.user_id, [...(roles.get(row.user_id) ?? []), row.id]);
  const now = ctx.clock.now();
  return rows
    .sort((a, b) => sortKey(a.user_id).localeCompare(sortKey(b.user_id)))
    .map((row) => ({
      userId: row.user_id,
      username: row.username,
      displayName: row.nickname ?? row.display_name,
      bot: row.bot === 1,
      roles: roles.get(row.user_id) ?? [],
      joinedAt: row.joined_at,
      timeoutUntil: row.timeout_until !== null && row.timeout_until > now ? row.timeout_until : null,
      accountCreatedAt: row.account_created_at,
    }));
}

/**
 * A channel's messages after `afterMessageId`, oldest first, at most `limit`, as the
 * `message.created` events the sandbox delivered (or would have) when they were posted:
 * id `sandbox:message.created:<messageId>`, the same payload. The bot's messages yield none.
 * @param ctx - sandbox context
 * @param guildId - the guild
 * @param channelId - the channel or thread
 * @param afterMessageId - read messages newer than this id
 * @param limit - most messages to read
 * @throws SandboxNotFoundError for another guild or an unknown channel
 */
export async function fetchMessagesAfter(
  ctx: SandboxContext,
  guildId: string,
  channelId: string,
  afterMessageId: string,
  limit: number,
): Promise<ChannelHistory> {
  const guild = await requireGuild(ctx, guildId);
  await requireChannel(ctx.db, channelId);
  const rows = await ctx.db
    .selectFrom('sandbox_messages')
    .innerJoin('sandbox_users', 'sandbox_users.id', 'sandbox_messages.author_id')
    .select([
      'sandbox_messages.id',
      'sandbox_messages.author_id',
      'sandbox_messages.content',
      'sandbox_messages.reply_to',
      'sandbox_messages.created_at',
      'sandbox_users.bot',
    ])
    .where('sandbox_messages.channel_id', '=', channelId)
    .where('sandbox_messages.sort_key', '>', sortKey(afterMessageId))
    .orderBy('sandbox_messages.sort_key', 'asc')
    .limit(limit + 1)
    .execute();
  const read = rows.slice(0, limit);
  const events: DomainEventOf<'message.created'>[] = read
    .filter((row) => row.author_id !== guild.botUserId)
    .map((row) => {
      const mentions = parseMentions(row.content);
      return domainEvent('message.created', {
        id: `sandbox:message.created:${row.id}`,
        guildId,
        occurredAt: row.created_at,
        source: 'sandbox',
        payload: {
          messageId: row.id,
          channelId,
          authorId: row.author_id,
          authorBot: row.bot === 1,
          content: row.content,
          mentionedUserIds: mentions.userIds,
          mentionedRoleIds: mentions.roleIds,
          referencedMessageId: row.reply_to,
          attachmentCount: 0,
        },
      });
    });
  return { events, newestMessageId: read.at(-1)?.id ?? null, complete: rows.length <= limit };
}
