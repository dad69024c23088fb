import type { OutgoingMessage } from '../../../platform/Platform.js';
import type { GithubContext } from '../GithubContext.js';
import type { RouteTarget } from './channelsFor.js';
import { deliveriesDb } from './deliveriesTables.js';
import { postName } from './deliveryEmbed.js';
import type { GithubDelivery } from './GithubDelivery.js';

/**
 * The issue or pull request a delivery is about, `owner/name#12` lower-cased, or null (releases,
 * pushes, other events: a forum post each).
 * @param delivery - the delivery
 */
export function subjectKey(delivery: GithubDelivery): string | null {
  const s = delivery.subject;
  const repo = delivery.repository?.toLowerCase() ?? '';
  if (s?.kind === 'issue' || s?.kind === 'pull_request') return `${repo}#${s.number}`;
  if (s?.kind === 'review') return `${repo}#${s.pullNumber}`;
  return null;
}

/**
 * Posts a delivery's notice in a route's channel and answers where it went. A text or
 * announcement channel gets a message (queued in the outbox, its nonce keyed by delivery and
 * channel). A forum gets a post; under a `thread: true` route, one post per issue or pull
 * request: the first delivery starts it (at once, its id remembered in `github_threads`), later
 * ones reply in it.
 * @param ctx - module context
 * @param guildId - the guild
 * @param delivery - the delivery
 * @param target - the route and its channel
 * @param message - the notice
 */
export async function postDelivery(
  ctx: GithubContext,
  guildId: string,
  delivery: GithubDelivery,
  target: RouteTarget,
  message: OutgoingMessage,
): Promise<string> {
  const channelId = target.channel.id;
  const nonce = `github:delivery:${delivery.deliveryId}:${channelId}`;
  if (target.channel.kind !== 'forum') {
    await ctx.platform.sendMessage(channelId, { ...message, nonce });
    return channelId;
  }
  const key = target.route.thread ? subjectKey(delivery) : null;
  const db = deliveriesDb(ctx.db);
  if (key !== null) {
    const known = await db
      .selectFrom('github_threads')
      .select('thread_id')
      .where('guild_id', '=', guildId)
      .where('channel_id', '=', channelId)
      .where('subject_key', '=', key)
      .executeTakeFirst();
    if (known !== undefined) {
      await ctx.platform.sendMessage(known.thread_id, { ...message, nonce });
      return known.thread_id;
    }
  }
  const post = await ctx.platformNow.createForumPost(channelId, {
    name: postName(delivery),
    message: { ...message },
  });
  if (key !== null) {
    await db
      .insertInto('github_threads')
      .values({
        guild_id: guildId,
        channel_id: channelId,
        subject_key: key,
        thread_id: post.threadId,
        created_at: ctx.clock.now(),
      })
      .execute();
  }
  return post.threadId;
}
