import type { SandboxContext } from './SandboxContext.js';
import { recordAudit } from './auditLog.js';
import { requireChannel } from './guildQueries.js';

/**
 * Deletes a channel, category or thread as the bot, as Discord does: a category's channels
 * stay, without parent; a channel's threads go with it, and so do the messages, reactions
 * and invites of everything deleted. Members connected to a deleted voice channel are
 * disconnected → `voice.left` (Discord sends their voice states).
 * @param channelId - the channel
 * @param reason - recorded in the audit log
 * @throws SandboxNotFoundError for an unknown channel
 * @see https://discord.com/developers/docs/resources/channel#deleteclose-channel
 */
export async function deleteChannel(ctx: SandboxContext, channelId: string, reason: string): Promise<void> {
  await requireChannel(ctx.db, channelId);
  const threads = await ctx.db
    .selectFrom('sandbox_channels')
    .select('id')
    .where('parent_id', '=', channelId)
    .where('kind', '=', 'thread')
    .execute();
  const gone = [channelId, ...threads.map((thread) => thread.id)];
  const connected = await ctx.db
    .selectFrom('sandbox_voice_states')
    .select(['user_id', 'session_id'])
    .where('channel_id', '=', channelId)
    .orderBy('joined_at')
    .orderBy('user_id')
    .execute();
  await ctx.db.transaction().execute(async (trx) => {
    await trx.deleteFrom('sandbox_reactions').where('channel_id', 'in', gone).execute();
    await trx.deleteFrom('sandbox_messages').where('channel_id', 'in', gone).execute();
    await trx.deleteFrom('sandbox_invites').where('channel_id', 'in', gone).execute();
    await trx.deleteFrom('sandbox_voice_states').where('channel_id', '=', channelId).execute();
    await trx
      .updateTable('sandbox_channels')
      .set({ parent_id: null })
      .where('parent_id', '=', channelId)
      .where('kind', '!=', 'thread')
      .execute();
    await trx.deleteFrom('sandbox_channels').where('id', 'in', gone).execute();
  });
  await recordAudit(ctx, 'channel_delete', channelId, reason);
  for (const state of connected) {
    await ctx.emit('voice.left', state.session_id, { userId: state.user_id, channelId });
  }
}
