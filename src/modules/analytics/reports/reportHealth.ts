import type { Kysely } from 'kysely';
import type { CoreTables } from '../../../store/CoreTables.js';
import type { AnalyticsConfig } from '../AnalyticsConfig.js';
import { healthSeries } from '../health/healthScore.js';
import type { ReportHealth } from './Report.js';

/**
 * The health score of a day for the monthly report (`health/healthScore.ts`: 0.4 × engagement
 * + 0.3 × growth + 0.3 × sentiment, sentiment the share of positive messages).
 * @param db - the database
 * @param guildId - the guild
 * @param day - the UTC day
 * @param config - the analytics configuration (health targets)
 */
export async function reportHealth(
  db: Kysely<CoreTables>,
  guildId: string,
  day: number,
  config: AnalyticsConfig,
): Promise<ReportHealth | null> {
  const [point] = await healthSeries(db, guildId, { fromDay: day, toDay: day }, config.health);
  if (point === undefined) return null;
  return {
    score: point.score,
    engagement: point.engagement,
    growth: point.growth,
    sentiment: point.sentiment,
    sentimentNeutral: point.positiveShare === undefined,
  };
}
