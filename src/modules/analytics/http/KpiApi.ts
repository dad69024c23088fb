// The request and response schemas of the KPI and alert routes, mounted at
// /api/analytics/kpis and /api/analytics/alerts. Definitions: docs/analytics.md, "KPI targets
// and alerts".
import { z } from 'zod';

const Level = z.enum(['ok', 'warning', 'critical']);

/** One configured KPI against its target now. */
export const KpiStatusView = z.object({
  kpi: z.string(),
  label: z.string(),
  /** Null: not measurable yet (no data, or the module that measures it has not landed). */
  value: z.number().nullable(),
  target: z.number(),
  critical: z.number(),
  higherIsBetter: z.boolean(),
  /** Null when the value is null. */
  level: Level.nullable(),
  /** The value as shown: `42%`, `3.5 h`, `n/a`. */
  shown: z.string(),
  /** The open alert of this KPI, if any. */
  openAlertId: z.number().int().nullable(),
});
export type KpiStatusView = z.infer<typeof KpiStatusView>;

/** `GET /api/analytics/kpis`: every configured KPI, in community.yaml order. */
export const KpiList = z.object({
  /** When the values were measured (epoch ms). */
  measuredAt: z.number(),
  kpis: z.array(KpiStatusView),
});
export type KpiList = z.infer<typeof KpiList>;

/** `GET /api/analytics/alerts` query. */
export const AlertQuery = z.object({
  status: z.enum(['open', 'all']).default('all').describe('Only open alerts, or the whole history.'),
  kpi: z.string().min(1).max(100).optional().describe('Only this KPI.'),
  before: z.coerce.number().int().positive().optional().describe('Only alerts older than this id (`nextBefore`).'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type AlertQuery = z.infer<typeof AlertQuery>;

/** One KPI alert of the history. */
export const AlertView = z.object({
  alertId: z.number().int(),
  kpi: z.string(),
  label: z.string(),
  level: z.enum(['warning', 'critical']),
  /** The value when it opened, and its targets then. */
  value: z.number(),
  target: z.number(),
  critical: z.number(),
  openedAt: z.number(),
  /** Null while open. */
  closedAt: z.number().nullable(),
  /** The value when it closed; null while open (or closed because the KPI left the configuration). */
  closedValue: z.number().nullable(),
});
export type AlertView = z.infer<typeof AlertView>;

/** `GET /api/analytics/alerts`: newest first. */
export const AlertHistory = z.object({
  alerts: z.array(AlertView),
  /** Pass as `before` for the next (older) page; null on the last page. */
  nextBefore: z.number().int().nullable(),
});
export type AlertHistory = z.infer<typeof AlertHistory>;
