import type { KpiStatus } from '../kpis/kpiStatuses.js';
import type { FirstResponseStats } from '../metrics/firstResponse.js';
import type { ChannelCount } from './topChannels.js';
import type { OpenAlert } from './openAlerts.js';
import type { ReportKind } from './reportPeriods.js';

/** The health score of a report and its parts, each 0–100 (seed 004). */
export interface ReportHealth {
  score: number;
  engagement: number;
  growth: number;
  sentiment: number;
  /** True while sentiment is counted as neutral (no feedback module yet). */
  sentimentNeutral: boolean;
}

/** A staff report: the figures of one period, as posted, printed and stored (as JSON). */
export interface Report {
  kind: ReportKind;
  /** The period's key: `2026-03-03`, `2026-W10`, `2026-03`. */
  period: string;
  label: string;
  /** First and last day, `YYYY-MM-DD` (UTC). */
  from: string;
  to: string;
  /** Members at the end of the period and at the end of the day before it. */
  members: number;
  membersAtStart: number;
  joins: number;
  leaves: number;
  /** (members − membersAtStart) / membersAtStart; null when membersAtStart is 0. */
  growthRate: number | null;
  /** Distinct active members over the period: DAU of a day, WAU of a week, MAU of a month. */
  activeMembers: number;
  messages: number;
  replies: number;
  reactions: number;
  messagesPerDay: number;
  /** The period before, for comparison (weekly and monthly reports); null for a daily one. */
  previous: { messages: number; activeMembers: number; joins: number; leaves: number } | null;
  firstResponse: FirstResponseStats;
  /** Busiest channels and threads, at most 5. */
  topChannels: ChannelCount[];
  openAlerts: OpenAlert[];
  /** Every KPI against its target (monthly report); null in the others. */
  kpis: KpiStatus[] | null;
  /** Monthly report: the health score at the period's end; null in the others. */
  health: ReportHealth | null;
}
