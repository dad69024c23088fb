import type { DomainEventOf } from '../../../core/DomainEvent.js';
import type { AnalyticsContext } from '../AnalyticsContext.js';
import { analyticsDb, DAY_MS } from '../AnalyticsTables.js';

/**
 * A day's sentiment counts (the feedback module's `feedback.sentiment_daily`, typed through
 * `EventPayloads`): kept by UTC day for the health score's sentiment part. The event carries
 * the day's totals, so a later one for the same day (late messages) replaces the row.
 * @param event - the day's counts
 * @param ctx - the module context
 */
export async function recordSentimentDaily(
  event: DomainEventOf<'feedback.sentiment_daily'>,
  ctx: AnalyticsContext,
): Promise<void> {
  const p = event.payload;
  const day = Math.floor(Date.parse(`${p.date}T00:00:00Z`) / DAY_MS);
  if (!Number.isFinite(day)) return;
  const counts = { positive: p.positive, neutral: p.neutral, negative: p.negative };
  await analyticsDb(ctx.db)
    .insertInto('analytics_sentiment_days')
    .values({ guild_id: event.guildId, day, ...counts })
    .onConflict((oc) => oc.columns(['guild_id', 'day']).doUpdateSet(counts))
    .execute();
}
