import type { Kysely } from 'kysely';
import type { CoreTables } from '../../../store/CoreTables.js';
import type { AnalyticsConfig } from '../AnalyticsConfig.js';
import { dayTotals } from '../metrics/dayTotals.js';
import { rangeLength, ratio, type DayRange } from '../metrics/DayRange.js';
import { membersAtDays } from '../metrics/membersAt.js';
import { engagementRateOf } from '../metrics/rates.js';

/** The weights of the health score's parts (seed 004). */
export const HEALTH_WEIGHTS = { engagement: 0.4, growth: 0.3, sentiment: 0.3 } as const;

/** Sentiment's part while no feedback module provides it: neutral. */
export const NEUTRAL_SENTIMENT = 50;

/** Days over which the engagement and growth inputs are measured. */
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
}

function part(value: number | null, target: number): number {
  if (value === null) return 0;
  return Math.min(100, Math.max(0, (100 * value) / target));
}

/**
 * The health score from its inputs (docs/analytics.md, "Health score"): each part is 100 ×
 * value / target, between 0 and 100 (an input without a value scores 0); sentiment is neutral
 * (50) until feedback lands.
 * @param engagementRate - the 30-day engagement rate
 * @param growthRate - the 30-day growth rate
 * @param health - the configured targets
 */
export function healthOf(
  engagementRate: number | null,
  growthRate: number | null,
  health: AnalyticsConfig['health'],
): Omit<HealthOfDay, 'day'> {
  const engagement = part(engagementRate, health.engagementTarget);
  const growth = part(growthRate, health.growthTarget);
  const sentiment = NEUTRAL_SENTIMENT;
  const score =
    HEALTH_WEIGHTS.engagement * engagement + HEALTH_WEIGHTS.growth * growth + HEALTH_WEIGHTS.sentiment * sentiment;
  return { score, engagement, growth, sentiment, engagementRate, growthRate };
}

/**
 * The health score of every day of a range, each measured over the 30 days ending that day.
 * Two index reads: `analytics_days` (the range and the 29 days before) and the member
 * directory (members from 30 days before the range).
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
  const members = await membersAtDays(db, guildId, { fromDay: range.fromDay - w, toDay: range.toDay });
  const out: HealthOfDay[] = [];
  let windowMessages = totals.slice(0, w - 1).reduce((sum, d) => sum + d.messages, 0);
  for (let day = range.fromDay; day <= range.toDay; day += 1) {
    const i = day - range.fromDay;
    windowMessages += totals[i + w - 1]?.messages ?? 0;
    if (i > 0) windowMessages -= totals[i - 1]?.messages ?? 0;
    const membersNow = members[i + w] ?? 0;
    const membersBefore = members[i] ?? 0;
    const engagementRate = engagementRateOf(windowMessages, w, membersNow);
    const growthRate = ratio(membersNow - membersBefore, membersBefore);
    out.push({ day, ...healthOf(engagementRate, growthRate, health) });
  }
  return out;
}
