import { REACTION_EMOJI_LIMIT } from '../discordLimits.js';
import { DISCORD_ERROR_CODES } from '../discordErrorCodes.js';
import { InvalidRequest } from '../PlatformError.js';
import type { SandboxContext } from './SandboxContext.js';
import { requireChannel } from './guildQueries.js';
import { parseEmoji } from './mentions.js';
import { requireMemberRow } from './memberQueries.js';
import { requireMessage } from './messageQueries.js';
import { Permission, assertMemberCan } from './permissions.js';
import type { ReactionInput } from './sandboxInputs.js';

export { REACTION_EMOJI_LIMIT } from '../discordLimits.js';

/**
 * A member reacts → `reaction.added` (with the message's author). Reacting again with the
 * same emoji changes nothing and emits nothing.
 * @throws Forbidden without permission (timeouts included); InvalidRequest past 20 emoji
 * @throws SandboxNotFoundError for an unknown member, channel or message
 */
export async function react(ctx: SandboxContext, input: ReactionInput): Promise<void> {
  const emoji = parseEmoji(input.emoji);
  const key = emoji.id ?? emoji.name;
  const member = await requireMemberRow(ctx.db, input.userId);
  const channel = await requireChannel(ctx.db, input.channelId);
  const message = await requireMessage(ctx.db, channel.id, input.messageId);
  await assertMemberCan(ctx, member, channel, Permission.VIEW_CHANNEL | Permission.ADD_REACTIONS, 'add reactions');
  const existing = await ctx.db
    .selectFrom('sandbox_reactions')
    .select(['user_id', 'emoji_key'])
    .where('message_id', '=', message.id)
    .execute();
  if (existing.some((r) => r.user_id === member.user_id && r.emoji_key === key)) return;
  const emojis = new Set(existing.map((r) => r.emoji_key));
  if (!emojis.has(key) && emojis.size >= REACTION_EMOJI_LIMIT) {
    throw new InvalidRequest(
      `Maximum number of reactions reached (${REACTION_EMOJI_LIMIT} emoji per message)`,
      DISCORD_ERROR_CODES.maximumReactions,
    );
  }
  const id = await ctx.nextId();
  const inserted = await ctx.db
    .insertInto('sandbox_reactions')
    .values({
      id,
      message_id: message.id,
      channel_id: channel.id,
      user_id: member.user_id,
      emoji_id: emoji.id,
      emoji_name: emoji.name,
      emoji_key: key,
      created_at: ctx.clock.now(),
    })
    .onConflict((oc) => oc.doNothing())
    .executeTakeFirst();
  // The same reaction sent twice at once (another request or process won the race): one event.
  if (Number(inserted.numInsertedOrUpdatedRows ?? 0n) === 0) return;
  await ctx.emit('reaction.added', id, {
    messageId: message.id,
    channelId: channel.id,
    userId: member.user_id,
    emoji,
    messageAuthorId: message.author_id,
  });
}

/**
 * A member removes their reaction → `reaction.removed`; nothing happens when there was none.
 * @throws SandboxNotFoundError for an unknown user, channel or message
 */
export async function unreact(ctx: SandboxContext, input: ReactionInput): Promise<void> {
  const emoji = parseEmoji(input.emoji);
  const message = await requireMessage(ctx.db, input.channelId, input.messageId);
  const row = await ctx.db
    .selectFrom('sandbox_reactions')
    .selectAll()
    .where('message_id', '=', message.id)
    .where('user_id', '=', input.userId)
    .where('emoji_key', '=', emoji.id ?? emoji.name)
    .executeTakeFirst();
  if (row === undefined) return;
  await ctx.db.deleteFrom('sandbox_reactions').where('id', '=', row.id).execute();
  await ctx.emit('reaction.removed', row.id, {
    messageId: message.id,
    channelId: message.channel_id,
    userId: row.user_id,
    emoji: { id: row.emoji_id, name: row.emoji_name },
  });
}
