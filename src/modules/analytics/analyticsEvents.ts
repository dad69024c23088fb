// The analytics module's events: payload types (merged into core's EventPayloads) and one
// summary line each.
import { defineEvents } from '../../core/defineEvents.js';

declare module '../../core/DomainEvent.js' {
  interface EventPayloads {
    'analytics.kpi_alert_opened': { alertId: number; kpi: string; level: string; value: number; target: number };
    'analytics.kpi_alert_closed': { alertId: number; kpi: string; value: number; target: number };
    'analytics.report_posted': { kind: string; period: string; channelId: string };
  }
}

/** The analytics module's events. */
export const analyticsEvents = defineEvents('analytics', {
  'analytics.kpi_alert_opened': {
    summary: (p) => `KPI ${p.kpi} is ${p.level}: ${p.value} against a target of ${p.target}`,
  },
  'analytics.kpi_alert_closed': { summary: (p) => `KPI ${p.kpi} recovered: ${p.value} (target ${p.target})` },
  'analytics.report_posted': {
    summary: (p, n) => `The ${p.kind} report for ${p.period} was posted in ${n.channel(p.channelId)}`,
  },
});
