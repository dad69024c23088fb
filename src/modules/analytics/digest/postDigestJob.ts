import { addDays, getISODay } from 'date-fns';
import { z } from 'zod';
import { defineJob } from '../../../core/defineJob.js';
import { channelByName } from '../alerts/channelByName.js';
import type { AnalyticsConfig } from '../AnalyticsConfig.js';
import type { AnalyticsContext } from '../AnalyticsContext.js';
import { analyticsDb, DAY_MS } from '../AnalyticsTables.js';
import { buildDigest } from './buildDigest.js';
import { digestEmbed } from './digestEmbed.js';

const WEEKDAYS: Record<AnalyticsConfig['digest']['weekday'], number> = {
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
  sunday: 7,
};

const DigestPayload = z.object({
  guildId: z.string(),
  /** When it is due (epoch ms). */
  at: z.number(),
});

/**
 * Job: posts the weekly digest in `digest.channel`, once per ISO week (`analytics_reports`,
 * kind `digest`), then schedules next week's. A digest more than a day late is skipped.
 */
export const postDigestJob = defineJob({
  name: 'postDigest',
  payload: DigestPayload,
  run: postDigest,
});

/**
 * The next digest time after `now`: the configured weekday at `hourUtc` (UTC).
 * @param digest - `analytics.digest`
 * @param now - epoch ms
 */
export function nextDigestAt(digest: AnalyticsConfig['digest'], now: number): number {
  const d = new Date(now);
  // A calendar date for date-fns (see reportPeriods.ts), read back as UTC.
  const today = new Date(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
  const ahead = (WEEKDAYS[digest.weekday] - getISODay(today) + 7) % 7;
  const day = addDays(today, ahead);
  let at = Date.UTC(day.getFullYear(), day.getMonth(), day.getDate()) + digest.hourUtc * 3_600_000;
  if (at <= now) at += 7 * DAY_MS;
  return at;
}

/**
 * Schedules the next digest post, keyed by guild and time: asking again changes nothing.
 * @param ctx - module context
 * @param guildId - the guild
 * @param now - epoch ms
 */
export async function scheduleDigest(ctx: AnalyticsContext, guildId: string, now: number): Promise<void> {
  const at = nextDigestAt(ctx.config.digest, now);
  await ctx.schedule(postDigestJob, { key: `analytics-digest:${guildId}:${at}`, runAt: at, payload: { guildId, at } });
}

/** Why a digest was not posted. */
export type DigestRefusal = 'off' | 'no-channel' | 'posted';

/**
 * Posts the digest as of now in the digest channel and records it, unless this week's is
 * recorded already.
 * @param ctx - module context (a unit of work: the post goes through the outbox)
 * @param guildId - the guild
 * @returns the period and channel posted to, or why not
 */
export async function postDigestOnce(
  ctx: AnalyticsContext,
  guildId: string,
): Promise<{ period: string; channelId: string } | DigestRefusal> {
  if (ctx.config.digest.channel === null) return 'off';
  const channelId = await channelByName(ctx.platform, guildId, ctx.config.digest.channel);
  if (channelId === null) return 'no-channel';
  const now = ctx.clock.now();
  const digest = await buildDigest(ctx.db, guildId, now);
  const db = analyticsDb(ctx.db);
  const done = await db
    .selectFrom('analytics_reports')
    .select('message_id')
    .where('guild_id', '=', guildId)
    .where('kind', '=', 'digest')
    .where('period', '=', digest.period)
    .executeTakeFirst();
  if (done !== undefined) return 'posted';
  const sent = await ctx.platform.sendMessage(channelId, {
    embeds: [digestEmbed(digest, ctx.community.community.name)],
  });
  await db
    .insertInto('analytics_reports')
    .values({
      guild_id: guildId,
      kind: 'digest',
      period: digest.period,
      posted_at: now,
      channel_id: channelId,
      message_id: sent.id,
      body: JSON.stringify(digest),
    })
    .onConflict((oc) => oc.columns(['guild_id', 'kind', 'period']).doNothing())
    .execute();
  await ctx.emit(
    'analytics.report_posted',
    { kind: 'digest', period: digest.period, channelId },
    { guildId, key: `report:digest:${digest.period}` },
  );
  return { period: digest.period, channelId };
}

async function postDigest({ guildId, at }: z.output<typeof DigestPayload>, ctx: AnalyticsContext): Promise<void> {
  if (ctx.config.digest.channel === null) return;
  const now = ctx.clock.now();
  if (now < at + DAY_MS) {
    const result = await postDigestOnce(ctx, guildId);
    if (result === 'no-channel') {
      ctx.log.warn({ channel: ctx.config.digest.channel }, 'digest channel not found: digest not posted');
    }
  }
  await scheduleDigest(ctx, guildId, Math.max(now, at));
}
