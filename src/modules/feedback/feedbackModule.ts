import { defineModule } from '../../core/defineModule.js';
import { joinParts } from '../../core/moduleParts.js';
import { commandsPart } from './commands/commandsPart.js';
import { FeedbackConfig } from './FeedbackConfig.js';
import { feedbackEvents } from './feedbackEvents.js';
import { feedbackMigrations } from './feedbackMigrations.js';
import { feedbackPrivacy } from './feedbackPrivacy.js';
import { httpPart } from './http/httpPart.js';
import { intakePart } from './intake/intakePart.js';
import { lifecyclePart } from './lifecycle/lifecyclePart.js';
import { reportsPart } from './reports/reportsPart.js';
import { sentimentPart } from './sentiment/sentimentPart.js';
import { surveysPart } from './surveys/surveysPart.js';
import { votingPart } from './voting/votingPart.js';

// Order matters for `message.created`: intake/ makes items of intake-channel messages before
// sentiment/ counts the message.
const parts = joinParts([
  commandsPart,
  intakePart,
  lifecyclePart,
  votingPart,
  sentimentPart,
  surveysPart,
  reportsPart,
  httpPart,
]);

/**
 * Feedback: `/feedback` and intake channels make items with an auto-response (intake/); staff
 * move them new → triaged → planned → in progress → done / declined and merge duplicates, the
 * author and voters told in the item's thread (lifecycle/); vote buttons (voting/); sentiment
 * of items and messages with community words, critical alerts (sentiment/); satisfaction and
 * NPS surveys, quick polls (surveys/); the weekly report (reports/); the dashboard's API (http/).
 */
export const feedbackModule = defineModule({
  id: 'feedback',
  description:
    'Feedback intake and lifecycle with notifications, voting, sentiment with critical alerts, surveys and NPS, polls, weekly report.',
  config: FeedbackConfig,
  events: feedbackEvents,
  on: parts.on,
  components: parts.components,
  commands: parts.commands,
  jobs: parts.jobs,
  routes: parts.routes,
  start: parts.start,
  migrations: feedbackMigrations,
  privacy: feedbackPrivacy,
});
