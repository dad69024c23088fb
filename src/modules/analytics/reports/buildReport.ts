import type { Kysely } from 'kysely';
import type { CoreTables } from '../../../store/CoreTables.js';
import type { AnalyticsConfig } from '../AnalyticsConfig.js';
import { kpiStatuses } from '../kpis/kpiStatuses.js';
import { activeMembers } from '../metrics/activeMembers.js';
import { rangeTotals } from '../metrics/dayTotals.js';
import { isoOfDay, rangeLength } from '../metrics/DayRange.js';
import { firstResponse } from '../metrics/firstResponse.js';
import { kpiValues } from '../metrics/kpiValues.js';
import { membershipRates } from '../metrics/rates.js';
import { openAlerts } from './openAlerts.js';
import type { Report, ReportHealth } from './Report.js';
import { periodContaining, type ReportPeriod } from './reportPeriods.js';
import { topChannels } from './topChannels.js';

/** What a report needs besides the database. */
export interface ReportInputs {
  config: AnalyticsConfig;
  /** Epoch ms the report is made (KPIs of the monthly report are measured then). */
  now: number;
  /** The health score at the period's end (monthly report), or null while unavailable. */
  health?: (lastDay: number) => Promise<ReportHealth | null>;
}

/**
 * The figures of one report period from the rollups (docs/analytics.md, "Reports and
 * digest"): membership, activity, response time, busiest channels and open alerts; weekly and
 * monthly reports add the period before for comparison; the monthly one adds every KPI and
 * the health score.
 * @param db - the database
 * @param guildId - the guild
 * @param period - the period (see `reportPeriods.ts`)
 * @param inputs - configuration, time, health source
 */
export async function buildReport(
  db: Kysely<CoreTables>,
  guildId: string,
  period: ReportPeriod,
  inputs: ReportInputs,
): Promise<Report> {
  const { range } = period;
  const membership = await membershipRates(db, guildId, range);
  const totals = await rangeTotals(db, guildId, range);
  const active = await activeMembers(db, guildId, range);
  let previous: Report['previous'] = null;
  if (period.kind !== 'daily') {
    const before = periodContaining(period.kind, period.start - 1).range;
    const prior = await rangeTotals(db, guildId, before);
    previous = {
      messages: prior.messages,
      activeMembers: await activeMembers(db, guildId, before),
      joins: prior.joins,
      leaves: prior.leaves,
    };
  }
  const monthly = period.kind === 'monthly';
  return {
    kind: period.kind,
    period: period.key,
    label: period.label,
    from: isoOfDay(range.fromDay),
    to: isoOfDay(range.toDay),
    members: membership.members,
    membersAtStart: membership.membersAtStart,
    joins: membership.joins,
    leaves: membership.leaves,
    growthRate: membership.growthRate,
    activeMembers: active,
    messages: totals.messages,
    replies: totals.replies,
    reactions: totals.reactions,
    messagesPerDay: totals.messages / Math.max(1, rangeLength(range)),
    previous,
    firstResponse: await firstResponse(db, guildId, range),
    topChannels: await topChannels(db, guildId, range, 5),
    openAlerts: await openAlerts(db, guildId),
    kpis: monthly ? kpiStatuses(inputs.config.kpis, await kpiValues(db, guildId, inputs.now, inputs.config)) : null,
    health: monthly && inputs.health !== undefined ? await inputs.health(range.toDay) : null,
  };
}
