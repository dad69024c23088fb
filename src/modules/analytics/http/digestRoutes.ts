import { defineRoute } from '../../../core/defineRoute.js';
import type { AnalyticsContext } from '../AnalyticsContext.js';
import { analyticsDb } from '../AnalyticsTables.js';
import { buildDigest } from '../digest/buildDigest.js';
import { digestEmbed } from '../digest/digestEmbed.js';
import { nextDigestAt, postDigestOnce } from '../digest/postDigestJob.js';
import { DigestPosted, DigestPreview } from './DigestApi.js';

/** `GET /api/analytics/digest/preview`: the weekly digest as it would post now. */
export const digestPreviewRoute = defineRoute({
  method: 'GET',
  path: '/digest/preview',
  access: 'viewer',
  summary: 'The weekly digest as it would post now (sections, embed, channel, next post time)',
  response: DigestPreview,
  async handle({ guildId }, ctx: AnalyticsContext) {
    const now = ctx.clock.now();
    const digest = await buildDigest(ctx.db, guildId, now);
    const posted = await analyticsDb(ctx.db)
      .selectFrom('analytics_reports')
      .select('message_id')
      .where('guild_id', '=', guildId)
      .where('kind', '=', 'digest')
      .where('period', '=', digest.period)
      .executeTakeFirst();
    const { channel } = ctx.config.digest;
    return {
      status: 200,
      body: {
        digest,
        embed: digestEmbed(digest, ctx.community.community.name),
        channel,
        posted: posted !== undefined,
        nextPostAt: channel === null ? null : nextDigestAt(ctx.config.digest, now),
      },
    };
  },
});

/**
 * `POST /api/analytics/digest/post` (admin): posts this week's digest now, as previewed; the
 * scheduled post of the same week then posts nothing. Audited.
 */
export const postDigestRoute = defineRoute({
  method: 'POST',
  path: '/digest/post',
  access: 'admin',
  summary: "Post this week's digest now (once per week: refused when already posted)",
  response: DigestPosted,
  async handle({ guildId, actor }, ctx: AnalyticsContext) {
    const result = await postDigestOnce(ctx, guildId);
    if (result === 'off') return { status: 422, error: 'The digest is off: set analytics.digest.channel.' };
    if (result === 'no-channel') {
      return { status: 422, error: `There is no channel named ${ctx.config.digest.channel ?? ''} to post in.` };
    }
    if (result === 'posted') return { status: 409, error: "This week's digest was posted already." };
    await ctx.audit({
      guildId,
      actor: `dashboard:${actor.userId}`,
      action: 'analytics.digest_posted',
      target: result.channelId,
      details: { period: result.period },
    });
    return { status: 200, body: result };
  },
});
