/** How a KPI is named and its values shown, for people. */
export interface KpiPresentation {
  label: string;
  /** A value as shown: `42%`, `3.5 h`, `512`. */
  format: (value: number) => string;
}

const percent = (value: number): string => `${round(value * 100)}%`;
const plain = (value: number): string => String(round(value));
const hours = (value: number): string => `${round(value)} h`;
const outOfTen = (value: number): string => `${round(value)}/10`;

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

/** The KPIs of seed 002's COMMUNITY_KPIS (and the support module's), by id. */
const KNOWN: Record<string, KpiPresentation> = {
  new_members_daily: { label: 'New members per day', format: plain },
  retention_rate_7d: { label: '7-day retention', format: percent },
  active_members_percentage: { label: 'Active members', format: percent },
  messages_per_day: { label: 'Messages per day', format: plain },
  event_attendance_rate: { label: 'Event attendance', format: percent },
  tutorial_completion_rate: { label: 'Tutorial completion', format: percent },
  member_satisfaction_score: { label: 'Member satisfaction', format: outOfTen },
  support_response_time_hours: { label: 'Support response time', format: hours },
  content_engagement_rate: { label: 'Content engagement', format: percent },
  support_resolution_rate: { label: 'Support questions solved', format: percent },
  community_answered_share: { label: 'Questions answered by the community', format: percent },
};

/**
 * The name and value format of a KPI id; an id Guildhall does not know is shown as it is.
 * @param kpi - the KPI id (a key of `analytics.kpis`)
 */
export function kpiPresentation(kpi: string): KpiPresentation {
  return KNOWN[kpi] ?? { label: kpi, format: plain };
}
