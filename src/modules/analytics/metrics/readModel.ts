// The dashboard's reads, shaped as the API answers them (http/AnalyticsApi.ts). Each takes a
// resolved day range; the routes and bench/analytics call them.
import type { Kysely } from 'kysely';
import type { CoreTables } from '../../../store/CoreTables.js';
import type { AnalyticsConfig } from '../AnalyticsConfig.js';
import { HEALTH_WEIGHTS, healthSeries, type HealthOfDay } from '../health/healthScore.js';
import type {
  AnalyticsChannels,
  AnalyticsSeries,
  AnalyticsSummary,
  DateRange,
  HealthPoint,
  HealthReport,
  RetentionCohorts,
} from '../http/AnalyticsApi.js';
import { activeCountsOn, activeMembers, activeSeries } from './activeMembers.js';
import { channelTotals } from './channelTotals.js';
import type { CohortBasis } from './cohorts.js';
import { dayTotals } from './dayTotals.js';
import { isoOfDay, rangeLength, ratio, type DayRange } from './DayRange.js';
import { firstResponse, firstResponseByChannel } from './firstResponse.js';
import { membersAtDays } from './membersAt.js';
import { engagementRateOf, membershipRates } from './rates.js';
import { activationRate, retentionCohorts } from './retention.js';

/**
 * The range as the API shows it.
 * @param range - the days
 */
export function dateRangeOf(range: DayRange): DateRange {
  return { from: isoOfDay(range.fromDay), to: isoOfDay(range.toDay), days: rangeLength(range) };
}

/**
 * The headline figures of a range.
 * @param db - the database
 * @param guildId - the guild
 * @param range - the days
 */
export async function summaryOf(db: Kysely<CoreTables>, guildId: string, range: DayRange): Promise<AnalyticsSummary> {
  const days = await dayTotals(db, guildId, range);
  const sum = (key: 'messages' | 'replies' | 'reactions'): number => days.reduce((s, d) => s + d[key], 0);
  const rates = await membershipRates(db, guildId, range);
  const last = await activeCountsOn(db, guildId, range.toDay);
  const messages = sum('messages');
  return {
    range: dateRangeOf(range),
    members: rates.members,
    membersAtStart: rates.membersAtStart,
    joins: rates.joins,
    leaves: rates.leaves,
    churnRate: rates.churnRate,
    growthRate: rates.growthRate,
    messages,
    replies: sum('replies'),
    reactions: sum('reactions'),
    messagesPerDay: messages / Math.max(1, rangeLength(range)),
    dau: last.dau,
    wau: last.wau,
    mau: last.mau,
    stickiness: ratio(last.dau, last.mau),
    activeMembers: await activeMembers(db, guildId, range),
    engagementRate: engagementRateOf(messages, rangeLength(range), rates.members),
    activationRate: await activationRate(db, guildId, range),
    firstResponse: await firstResponse(db, guildId, range),
  };
}

/**
 * One point per day: members, joins, leaves, messages, replies, reactions, DAU, WAU, MAU.
 * @param db - the database
 * @param guildId - the guild
 * @param range - the days
 */
export async function seriesOf(db: Kysely<CoreTables>, guildId: string, range: DayRange): Promise<AnalyticsSeries> {
  const days = await dayTotals(db, guildId, range);
  const members = await membersAtDays(db, guildId, range);
  const active = await activeSeries(db, guildId, range);
  return {
    range: dateRangeOf(range),
    points: days.map((d, i) => {
      const a = active[i] ?? { dau: 0, wau: 0, mau: 0 };
      return {
        date: isoOfDay(d.day),
        members: members[i] ?? 0,
        joins: d.joins,
        leaves: d.leaves,
        messages: d.messages,
        replies: d.replies,
        reactions: d.reactions,
        dau: a.dau,
        wau: a.wau,
        mau: a.mau,
        stickiness: ratio(a.dau, a.mau),
      };
    }),
  };
}

/**
 * Retention by weekly cohort of the members who started in the range.
 * @param db - the database
 * @param guildId - the guild
 * @param range - the start days
 * @param basis - join or first message
 * @param asOfDay - last day with complete activity (yesterday)
 */
export async function retentionOf(
  db: Kysely<CoreTables>,
  guildId: string,
  range: DayRange,
  basis: CohortBasis,
  asOfDay: number,
): Promise<RetentionCohorts> {
  const cohorts = await retentionCohorts(db, guildId, range, basis, asOfDay);
  return { range: dateRangeOf(range), basis, cohorts: cohorts.map((c) => ({ ...c, week: isoOfDay(c.week) })) };
}

/**
 * Each channel's messages, replies, reactions and time to first response, busiest first.
 * @param db - the database
 * @param guildId - the guild
 * @param range - the days
 */
export async function channelsOf(db: Kysely<CoreTables>, guildId: string, range: DayRange): Promise<AnalyticsChannels> {
  const rows = await channelTotals(db, guildId, range);
  const responses = await firstResponseByChannel(
    db,
    guildId,
    range,
    rows.map((r) => r.channel_id),
  );
  const none = { topics: 0, answered: 0, answeredShare: null, medianHours: null, p90Hours: null };
  const channels = rows
    .map((r) => ({
      channelId: r.channel_id,
      messages: r.messages,
      replies: r.replies,
      reactions: r.reactions,
      firstResponse: responses.get(r.channel_id) ?? none,
    }))
    .sort((a, b) => b.messages - a.messages || b.reactions - a.reactions || a.channelId.localeCompare(b.channelId));
  return { range: dateRangeOf(range), channels };
}

function pointOf(h: HealthOfDay): HealthPoint {
  return { date: isoOfDay(h.day), score: h.score, engagement: h.engagement, growth: h.growth, sentiment: h.sentiment };
}

/**
 * The health score on the range's last day, its inputs and its daily trend.
 * @param db - the database
 * @param guildId - the guild
 * @param range - the days
 * @param config - the analytics configuration (health targets)
 */
export async function healthOfRange(
  db: Kysely<CoreTables>,
  guildId: string,
  range: DayRange,
  config: AnalyticsConfig,
): Promise<HealthReport> {
  const trend = await healthSeries(db, guildId, range, config.health);
  const current = trend[trend.length - 1];
  if (current === undefined) throw new Error('healthOfRange: the range is empty');
  return {
    range: dateRangeOf(range),
    current: pointOf(current),
    inputs: {
      engagementRate: current.engagementRate,
      engagementTarget: config.health.engagementTarget,
      growthRate: current.growthRate,
      growthTarget: config.health.growthTarget,
    },
    weights: { ...HEALTH_WEIGHTS },
    sentimentPending: current.positiveShare === undefined,
    trend: trend.map(pointOf),
  };
}
