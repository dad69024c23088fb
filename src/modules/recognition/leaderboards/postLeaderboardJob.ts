import { z } from 'zod';
import { defineJob } from '../../../core/defineJob.js';
import { channelByName } from '../live/channelByName.js';
import type { RecognitionContext } from '../RecognitionContext.js';
import { recognitionDb } from '../RecognitionTables.js';
import { boardFor } from './boardFor.js';
import { leaderboardEmbed } from './leaderboardEmbed.js';
import { periodAt } from './periods.js';

const PostPayload = z.object({
  guildId: z.string(),
  period: z.enum(['week', 'month', 'season']),
  /** Start of the period to post (epoch ms). */
  start: z.number(),
});

/**
 * Job: posts the final standings of a period that just ended (points, then the configured
 * categories) in the leaderboard channel, once (a second run of the same period finds its
 * post recorded), then schedules the next period's post. A post more than a whole period
 * late (Guildhall was down) is skipped rather than posted stale.
 */
export const postLeaderboardJob = defineJob({
  name: 'postLeaderboard',
  payload: PostPayload,
  run: postLeaderboard,
});

/**
 * Schedules the post of the leaderboard of the period (week, month or season) containing
 * `at`, due when that period ends. Keyed by guild and period: scheduling it again (every
 * start, every post) changes nothing.
 * @param ctx - module context
 * @param guildId - the guild
 * @param period - which period
 * @param at - a time within it
 */
export async function scheduleLeaderboardPost(
  ctx: RecognitionContext,
  guildId: string,
  period: 'week' | 'month' | 'season',
  at: number,
): Promise<void> {
  const window = periodAt(period, at, ctx.state.rules.seasons);
  await ctx.schedule(postLeaderboardJob, {
    key: `leaderboard:${guildId}:${window.key}`,
    runAt: window.end,
    payload: { guildId, period, start: window.start },
  });
}

async function postLeaderboard(
  { guildId, period, start }: z.output<typeof PostPayload>,
  ctx: RecognitionContext,
): Promise<void> {
  const now = ctx.clock.now();
  const { rules } = ctx.state;
  const db = recognitionDb(ctx.db);
  const leaderboards = ctx.config.leaderboards;
  const categories = ['points', ...leaderboards.postCategories.filter((c) => rules.categories[c] !== undefined)];
  const boards = await Promise.all(
    categories.map((c) =>
      boardFor(db, rules, guildId, period, c, start, leaderboards.size, ctx.config.removedMessages.hideBanned),
    ),
  );
  const window = boards[0]?.window;
  if (window === undefined) return;
  const stale = now >= window.end + (window.end - window.start);
  const channelId = await channelByName(ctx.platform, guildId, leaderboards.channel);
  const done = await db
    .selectFrom('recognition_posts')
    .select('message_id')
    .where('guild_id', '=', guildId)
    .where('post_key', '=', window.key)
    .executeTakeFirst();
  if (channelId === null) {
    ctx.log.warn({ channel: leaderboards.channel }, 'leaderboard channel not found: leaderboard not posted');
  } else if (done === undefined && !stale) {
    const sent = await ctx.platform.sendMessage(channelId, {
      content: `Final standings for the ${window.label}. Thank you all!`,
      embeds: boards.map((b) => leaderboardEmbed(`${b.label} · ${window.label}`, b.standings, b.format)),
    });
    await db
      .insertInto('recognition_posts')
      .values({ guild_id: guildId, post_key: window.key, channel_id: channelId, message_id: sent.id, posted_at: now })
      .onConflict((oc) => oc.columns(['guild_id', 'post_key']).doNothing())
      .execute();
  }
  if (leaderboards.channel !== null && leaderboards.schedule.includes(period)) {
    await scheduleLeaderboardPost(ctx, guildId, period, Math.max(now, window.end));
  }
}
