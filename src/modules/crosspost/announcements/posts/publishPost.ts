import type { CrosspostContext } from '../../CrosspostContext.js';
import { announcementsDb } from '../announcementsTables.js';
import { deliverJob, deliveryJobKey } from '../deliver/deliverJob.js';
import { announcementChannel } from './announcementChannel.js';
import { adaptFor } from './previewPost.js';
import { draftOf, findPost } from './postStore.js';

/** What publishing did, or why it did nothing. */
export type PublishOutcome =
  { status: 'published'; discordChannelId: string | null; targets: string[] } | { status: 'not_found' | 'not_draft' };

/**
 * Publishes a draft: its Discord adaptation is posted in `discord.channel` (through the
 * outbox, with a nonce from the post id), a pending delivery and a durable job are made for
 * each enabled target, and `crosspost.published` is emitted. Only a draft publishes (a second
 * press finds it published and does nothing).
 * @param ctx - module context (inside a unit of work)
 * @param guildId - the guild
 * @param postId - the draft
 * @param at - now, epoch ms
 */
export async function publishPost(
  ctx: CrosspostContext,
  guildId: string,
  postId: string,
  at: number,
): Promise<PublishOutcome> {
  const post = await findPost(ctx, guildId, postId);
  if (post === null) return { status: 'not_found' };
  if (post.status !== 'draft') return { status: 'not_draft' };
  const db = announcementsDb(ctx.db);
  const channelId = await announcementChannel(ctx, guildId);
  const claimed = await db
    .updateTable('crosspost_posts')
    .set({ status: 'published', published_at: at, discord_channel_id: channelId })
    .where('guild_id', '=', guildId)
    .where('id', '=', postId)
    .where('status', '=', 'draft')
    .executeTakeFirst();
  if (claimed.numUpdatedRows === 0n) return { status: 'not_draft' };
  const draft = draftOf(post);
  if (channelId !== null) {
    await ctx.platform.sendMessage(channelId, {
      content: adaptFor(ctx, draft, 'discord').text,
      nonce: `crosspost:${postId}`,
    });
  }
  const targets = ctx.config.announcements.targets.filter((t) => t.enabled);
  for (const target of targets) {
    await db
      .insertInto('crosspost_deliveries')
      .values({
        guild_id: guildId,
        post_id: postId,
        target_id: target.id,
        platform: target.platform,
        status: 'pending',
        attempts: 0,
        http_status: null,
        last_error: null,
        updated_at: at,
      })
      .onConflict((oc) => oc.columns(['guild_id', 'post_id', 'target_id']).doNothing())
      .execute();
    await ctx.schedule(deliverJob, {
      key: deliveryJobKey(postId, target.id, 1),
      runAt: at,
      payload: { guildId, postId, targetId: target.id, attempt: 1 },
      maxAttempts: 1,
    });
  }
  const ids = targets.map((t) => t.id);
  await ctx.emit(
    'crosspost.published',
    { postId, authorId: post.author_id, discordChannelId: channelId, targets: ids },
    { key: postId, guildId },
  );
  return { status: 'published', discordChannelId: channelId, targets: ids };
}
