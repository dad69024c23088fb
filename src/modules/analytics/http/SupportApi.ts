// The response schema of `GET /api/analytics/support` (the support module's facts, kept by
// analytics). Definitions: docs/analytics.md ("Support").
import { z } from 'zod';
import { DateRange } from './AnalyticsApi.js';

const stats = {
  questions: z.number().int().describe('Support questions asked in the range.'),
  answered: z.number().int().describe('Of those, questions with a first response by a human other than the asker.'),
  communityAnswered: z
    .number()
    .int()
    .describe('Of the answered, those first answered by a member without a staff role.'),
  solved: z.number().int().describe('Of the questions, those with a solution marked.'),
  resolutionRate: z.number().nullable().describe('solved / questions; null without questions.'),
  communityAnsweredShare: z.number().nullable().describe('communityAnswered / answered; null without answers.'),
  medianFirstResponseHours: z.number().nullable().describe('Median time to first response (hours) of the answered.'),
  medianResolutionHours: z.number().nullable().describe('Median time to a solution (hours) of the solved.'),
};

/** `GET /api/analytics/support`: support metrics of a range, overall and per tag. */
export const SupportMetricsResponse = z.object({
  range: DateRange,
  ...stats,
  byTag: z
    .array(z.object({ tag: z.string().nullable().describe('The tag; null: questions without tags.'), ...stats }))
    .describe('The same figures per tag (a question with several tags counts in each), most questions first.'),
});
export type SupportMetricsResponse = z.infer<typeof SupportMetricsResponse>;
