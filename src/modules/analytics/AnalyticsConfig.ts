import { z } from 'zod';
import { channelRef } from '../../config/checkReferencesRegistry.js';
import { Duration } from '../../config/Duration.js';

/**
 * One KPI: its target and its critical threshold. Which side is good follows from the two:
 * a critical threshold below the target means higher is better (messages per day), above it
 * lower is better (response time).
 */
const Kpi = z
  .object({
    target: z.number().describe('The value the team aims for.'),
    critical: z.number().describe('Past this value the KPI is critical (between it and the target: warning).'),
  })
  .strict()
  .refine((k) => k.target !== k.critical, { message: 'target and critical must differ' });

/** Seed 002's COMMUNITY_KPIS, the default targets (times in hours). */
export const DEFAULT_KPIS = {
  new_members_daily: { target: 15, critical: 5 },
  retention_rate_7d: { target: 0.75, critical: 0.6 },
  active_members_percentage: { target: 0.4, critical: 0.25 },
  messages_per_day: { target: 500, critical: 200 },
  event_attendance_rate: { target: 0.3, critical: 0.15 },
  tutorial_completion_rate: { target: 0.6, critical: 0.4 },
  member_satisfaction_score: { target: 8.5, critical: 7 },
  support_response_time_hours: { target: 2, critical: 6 },
  content_engagement_rate: { target: 0.15, critical: 0.08 },
} as const;

/** The `analytics:` section of community.yaml. */
export const AnalyticsConfig = z
  .object({
    enabled: z.boolean().default(true).describe('Turn the module on or off.'),
    kpis: z
      .record(z.string().min(1), Kpi)
      .default({ ...DEFAULT_KPIS })
      .describe(
        'KPI targets and critical thresholds by metric id (docs/analytics.md lists the metrics). Default: seed 002 COMMUNITY_KPIS.',
      ),
    alerts: z
      .object({
        checkEvery: Duration.prefault('5m').describe('How often the KPIs are checked (a durable job).'),
        criticalChannel: channelRef(z.string().min(1))
          .nullable()
          .default(null)
          .describe('Channel for critical alerts (the moderators channel); null: not posted.'),
        warningChannel: channelRef(z.string().min(1))
          .nullable()
          .default(null)
          .describe('Channel for warnings (the admins channel); null: not posted.'),
        infoChannel: channelRef(z.string().min(1))
          .nullable()
          .default(null)
          .describe('Channel for information notices (community updates); null: not posted.'),
      })
      .strict()
      .prefault({})
      .describe('Where KPI alerts go.'),
    reports: z
      .object({
        channel: channelRef(z.string().min(1))
          .nullable()
          .default(null)
          .describe(
            'Staff channel for the daily summary, weekly growth and monthly health reports; null: none posted.',
          ),
        daily: z.boolean().default(true).describe('Post the daily summary.'),
        weekly: z.boolean().default(true).describe('Post the weekly growth report (Mondays).'),
        monthly: z.boolean().default(true).describe('Post the monthly health report (the 1st).'),
        hourUtc: z.number().int().min(0).max(23).default(9).describe('Hour of day (UTC) reports are posted.'),
      })
      .strict()
      .prefault({})
      .describe('Staff reports.'),
    digest: z
      .object({
        channel: channelRef(z.string().min(1))
          .nullable()
          .default(null)
          .describe('Public channel for the weekly digest; null: no digest.'),
        weekday: z
          .enum(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'])
          .default('friday')
          .describe('Day of the week the digest posts.'),
        hourUtc: z.number().int().min(0).max(23).default(16).describe('Hour of day (UTC) the digest posts.'),
      })
      .strict()
      .prefault({})
      .describe(
        'The weekly public digest (seed 004): top discussion, member spotlight, resource pick, upcoming events, quick wins.',
      ),
    health: z
      .object({
        engagementTarget: z
          .number()
          .positive()
          .default(0.15)
          .describe('Engagement rate that scores 100 in the health score’s engagement part.'),
        growthTarget: z
          .number()
          .positive()
          .default(0.05)
          .describe('30-day growth rate that scores 100 in the growth part.'),
      })
      .strict()
      .prefault({})
      .describe('Health score (seed 004): 0.4 × engagement + 0.3 × growth + 0.3 × sentiment.'),
  })
  .strict()
  .prefault({});

export type AnalyticsConfig = z.infer<typeof AnalyticsConfig>;
