import { defineModule } from '../../core/defineModule.js';
import { AnalyticsConfig } from './AnalyticsConfig.js';
import { analyticsEvents } from './analyticsEvents.js';
import { analyticsMigrations } from './analyticsMigrations.js';
import { analyticsPrivacy } from './analyticsPrivacy.js';
import { checkKpisJob } from './alerts/checkKpisJob.js';
import { analyticsCommand } from './commands/analyticsCommand.js';
import { postDigestJob } from './digest/postDigestJob.js';
import { alertHistoryRoute } from './http/alertRoutes.js';
import { analyticsReadRoutes } from './http/analyticsRoutes.js';
import { digestPreviewRoute, postDigestRoute } from './http/digestRoutes.js';
import { kpiListRoute } from './http/kpiRoutes.js';
import { supportMetricsRoute } from './http/supportRoute.js';
import { postReportJob } from './reports/postReportJob.js';
import { onRollupBatch } from './rollups/onRollupBatch.js';
import { recordEventEnded } from './rollups/recordEventEnded.js';
import { recordSentimentDaily } from './rollups/recordSentimentDaily.js';
import {
  recordFirstResponse,
  recordQuestionOpened,
  recordReopened,
  recordSolved,
} from './rollups/recordSupportFacts.js';
import { startAnalytics } from './startAnalytics.js';
import {
  onMemberJoined,
  onMemberLeft,
  onMessageCreated,
  onReactionAdded,
  onThreadCreated,
} from './rollups/rollupHandlers.js';

/**
 * Analytics: daily rollups of activity kept from events (live, recovered or imported), every
 * metric of docs/analytics.md, the health score, KPI targets with alerts, staff reports and
 * the weekly public digest.
 */
export const analyticsModule = defineModule({
  id: 'analytics',
  description: 'Metrics by published definitions, health score, KPI alerts, reports and the weekly digest.',
  config: AnalyticsConfig,
  events: analyticsEvents,
  on: {
    'message.created': onMessageCreated,
    'reaction.added': onReactionAdded,
    'member.joined': onMemberJoined,
    'member.left': onMemberLeft,
    'thread.created': onThreadCreated,
    'events.ended': recordEventEnded,
    'support.question_opened': recordQuestionOpened,
    'support.first_response': recordFirstResponse,
    'support.solved': recordSolved,
    'support.reopened': recordReopened,
    'feedback.sentiment_daily': recordSentimentDaily,
  },
  onBatch: onRollupBatch,
  start: startAnalytics,
  commands: [analyticsCommand],
  jobs: [checkKpisJob, postReportJob, postDigestJob],
  routes: [
    ...analyticsReadRoutes,
    supportMetricsRoute,
    kpiListRoute,
    alertHistoryRoute,
    digestPreviewRoute,
    postDigestRoute,
  ],
  migrations: analyticsMigrations,
  privacy: analyticsPrivacy,
});
