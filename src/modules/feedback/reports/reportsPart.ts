import type { FeedbackPart } from '../FeedbackPart.js';
import { startReports } from './startReports.js';
import { weeklyReportJob } from './weeklyReportJob.js';

/**
 * The weekly report: built from the feedback tables (`buildWeeklyReport`), posted to
 * `feedback.report.channel` by a durable weekly job scheduled at start when the channel is set,
 * and on demand by `/feedback-staff report` (wired by commands/).
 */
export const reportsPart: FeedbackPart = {
  jobs: [weeklyReportJob],
  start: startReports,
};
