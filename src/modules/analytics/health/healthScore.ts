import type { Kysely } from 'kysely';
import type { CoreTables } from '../../../store/CoreTables.js';
import type { AnalyticsConfig } from '../AnalyticsConfig.js';
import { analyticsDb } from '../AnalyticsTables.js';
import { dayTotals } from '../metrics/dayTotals.js';
import { rangeLength, ratio, type DayRange } from '../metrics/DayRange.js';
import { membersAtDays } from '../metrics/membersAt.js';
import { engagementRateOf } from '../metrics/rates.js';

/** The weights of the health score's parts (seed 004). */
export const HEALTH_WEIGHTS = { engagement: 0.4, growth: 0.3, sentiment: 0.3 } as const;

/** Sentiment's part while no scored messages are known (no feedback module, or none yet): neutral. */
export const NEUTRAL_SENTIMENT = 50;

/** Days over which the engagement, growth and sentiment inputs are measured. */
export const HEALTH_WINDOW_DAYS = 30;

/** The health score of one day, its parts (each 0–100) and their inputs. */
export interface HealthOfDay {
  day: number;
  score: number;
  engagement: number;
  growth: number;
  sentiment: number;
  /** Engagement rate over the 30 days ending that day. */
  engagementRate: number | null;
  /** Growth rate over the 30 days ending that day. */
  growthRate: number | null;
  /**
   * Share of positive messages among those scored over the 30 days ending that day (the
   * feedback module's `feedback.sentiment_daily`); absent while none are known (sentiment
   * neutral, pending).
   */
  positiveShare?: number;
}

function part(value: number | null, target: number): number {
  if (value === null) return 0;
  return Math.min(100, Math.max(0, (100 * value) / target));
}

/**
 * The health score from its inputs (docs/analytics.md, "Health score"): engagement and growth
 * are 100 × value / target, between 0 and 100 (an input without a value scores 0); sentiment is
 * 100 × positive / scored messages (seed 004: positiveInteractions / totalInteractions × 100),
 * neutral (50) while no messages are scored.
 * @param engagementRate - the 30-day engagement rate
 * @param growthRate - the 30-day growth rate
 * @param health - the configured targets
 * @param positiveShare - the 30-day share of positive messages; null while none are scored
 */
export function healthOf(
  engagementRate: number | null,
  growthRate: number | null,
  health: AnalyticsConfig['health'],
  positiveShare: number | null = null,
): Omit<HealthOfDay, 'day'> {
  const engagement = part(engagementRate, health.engagementTarget);
  const growth = part(growthRate, health.growthTarget);
  const sentiment = positiveShare === null ? NEUTRAL_SENTIMENT : 100 * positiveShare;
  const score =
    HEALTH_WEIGHTS.engagement * engagement + HEALTH_WEIGHTS.growth * growth + HEALTH_WEIGHTS.sentiment * sentiment;
  const share = positiveShare === null ? {} : { positiveShare };
  return { score, engagement, growth, sentiment, engagementRate, growthRate, ...share };
}

/**
 * Positive and all scored messages of each day of a range (zeros where none): one index read.
 * @param db - the database
 * @param guildId - the guild
 * @param range - the days
 */
async function sentimentTotals(
  db: Kysely<CoreTables>,
  guildId: string,
  range: DayRange,
): Promise<{ positive: number; total: number }[]> {
  const rows = await analyticsDb(db)
    .selectFrom('analytics_sentiment_days')
    .select(['day', 'positive', 'neutral', 'negative'])
    .where('guild_id', '=', guildId)
    .where('day', '>=', range.fromDay)
    .where('day', '<=', range.toDay)
    .execute();
  const out = Array.from({ length: rangeLength(range) }, () => ({ positive: 0, total: 0 }));
  for (const r of rows) {
    const positive = r.positive;
    out[r.day - range.fromDay] = { positive, total: positive + r.neutral + r.negative };
  }
  return out;
}

/**
 * The health score of every day of a range, each measured over the 30 days ending that day.
 * Three index reads: `analytics_days` and `analytics_sentiment_days` (the range and the 29
 * days before) and the member directory (members from 30 days before the range).
 * @param db - the database
 * @param guildId - the guild
 * @param range - the days
 * @param health - the configured targets
 */
export async function healthSeries(
  db: Kysely<CoreTables>,
  guildId: string,
  range: DayRange,
  health: AnalyticsConfig['health'],
): Promise<HealthOfDay[]> {
  if (rangeLength(range) === 0) return [];
  const w = HEALTH_WINDOW_DAYS;
  const totals = await dayTotals(db, guildId, { fromDay: range.fromDay - w + 1, toDay: range.toDay });
  const moods = await sentimentTotals(db, guildId, { fromDay: range.fromDay - w + 1, toDay: range.toDay });
  const members = await membersAtDays(db, guildId, { fromDay: range.fromDay - w, toDay: range.toDay });
  const out: HealthOfDay[] = [];
  let windowMessages = totals.slice(0, w - 1).reduce((sum, d) => sum + d.messages, 0);
  const mood = moods
    .slice(0, w - 1)
    .reduce((sum, d) => ({ positive: sum.positive + d.positive, total: sum.total + d.total }), {
      positive: 0,
      total: 0,
    });
  for (let day = range.fromDay; day <= range.toDay; day += 1) {
    const i = day - range.fromDay;
    windowMessages += totals[i + w - 1]?.messages ?? 0;
    if (i > 0) windowMessages -= totals[i - 1]?.messages ?? 0;
    mood.positive += moods[i + w - 1]?.positive ?? 0;
    mood.total += moods[i + w - 1]?.total ?? 0;
    if (i > 0) {
      mood.positive -= moods[i - 1]?.positive ?? 0;
      mood.total -= moods[i - 1]?.total ?? 0;
    }
    const membersNow = members[i + w] ?? 0;
    const membersBefore = members[i] ?? 0;
    const engagementRate = engagementRateOf(windowMessages, w, membersNow);
    const growthRate = ratio(membersNow - membersBefore, membersBefore);
    const positiveShare = mood.total > 0 ? mood.positive / mood.total : null;
    out.push({ day, ...healthOf(engagementRate, growthRate, health, positiveShare) });
  }
  return out;
}
