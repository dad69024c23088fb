import type { Kysely } from 'kysely';
import type { CoreTables } from '../../../store/CoreTables.js';
import type { AnalyticsConfig } from '../AnalyticsConfig.js';
import { activeCountsOn, activeMembers } from './activeMembers.js';
import { rangeTotals } from './dayTotals.js';
import { lastCompleteWeek, rangeLength, ratio } from './DayRange.js';
import { eventAttendanceRate } from './eventAttendanceRate.js';
import { firstResponse } from './firstResponse.js';
import { membersAt } from './membersAt.js';
import { retentionRate } from './retention.js';
import { supportMetrics, type SupportMetrics } from './supportMetrics.js';

/** KPIs whose facts come from modules that have not landed yet: always null for now. */
export const PENDING_KPIS = ['tutorial_completion_rate', 'member_satisfaction_score'] as const;

/**
 * The current value of every KPI of the configuration (docs/analytics.md, "KPI values"), over
 * the 7 complete UTC days before `now` (yesterday and the 6 days before):
 * - `new_members_daily`: joins per day;
 * - `messages_per_day`: human messages per day;
 * - `active_members_percentage`: WAU / members at the end of yesterday;
 * - `content_engagement_rate`: members who replied or reacted / members at the end of yesterday;
 * - `retention_rate_7d`: 7-day retention of the members who joined 13 to 7 days before
 *   yesterday (the latest cohort whose 7 days are over);
 * - `support_response_time_hours`: median time to first response, in hours, of the support
 *   questions asked in the window (the support module's facts) when any was asked; else of the
 *   conversation topics started in the window;
 * - `support_resolution_rate`: solved / asked of the support questions asked in the window;
 * - `community_answered_share`: of those answered, the share first answered by the community;
 * - `event_attendance_rate`: attended / going of the events that ended in the window (from the
 *   events module's `events.ended`);
 * - the `PENDING_KPIS` and any id not listed here: null (no value yet).
 * Null also when a value has no denominator (no members, no topics answered, no joiners).
 * @param db - the database
 * @param guildId - the guild
 * @param now - epoch ms
 * @param config - the analytics configuration (its `kpis` keys are the ids answered)
 */
export async function kpiValues(
  db: Kysely<CoreTables>,
  guildId: string,
  now: number,
  config: AnalyticsConfig,
): Promise<Record<string, number | null>> {
  const week = lastCompleteWeek(now);
  const days = rangeLength(week);
  const totals = await rangeTotals(db, guildId, week);
  const members = await membersAt(db, guildId, week.toDay);
  let support: Promise<SupportMetrics> | undefined;
  const supportWeek = (): Promise<SupportMetrics> => (support ??= supportMetrics(db, guildId, week));
  const computed: Record<string, () => Promise<number | null>> = {
    new_members_daily: () => Promise.resolve(totals.joins / days),
    messages_per_day: () => Promise.resolve(totals.messages / days),
    active_members_percentage: async () => ratio((await activeCountsOn(db, guildId, week.toDay)).wau, members),
    content_engagement_rate: async () => ratio(await activeMembers(db, guildId, week, 'interacted'), members),
    retention_rate_7d: () => retentionRate(db, guildId, { fromDay: week.toDay - 13, toDay: week.toDay - 7 }, 7),
    support_response_time_hours: async () => {
      const questions = await supportWeek();
      if (questions.questions > 0) return questions.medianFirstResponseHours;
      return (await firstResponse(db, guildId, week)).medianHours;
    },
    support_resolution_rate: async () => (await supportWeek()).resolutionRate,
    community_answered_share: async () => (await supportWeek()).communityAnsweredShare,
    event_attendance_rate: () => eventAttendanceRate(db, guildId, week),
  };
  const out: Record<string, number | null> = {};
  for (const id of Object.keys(config.kpis)) {
    const compute = computed[id];
    out[id] = compute === undefined ? null : await compute();
  }
  return out;
}
