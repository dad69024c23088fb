import { defineModule } from '../../core/defineModule.js';
import { joinParts } from '../../core/moduleParts.js';
import { escalationPart } from './escalation/escalationPart.js';
import { knowledgePart } from './knowledge/knowledgePart.js';
import { nudgesPart } from './nudges/nudgesPart.js';
import { questionsPart } from './questions/questionsPart.js';
import { reportsPart } from './reports/reportsPart.js';
import { similarPart } from './similar/similarPart.js';
import { solutionsPart } from './solutions/solutionsPart.js';
import { SupportConfig } from './SupportConfig.js';
import { supportEvents } from './supportEvents.js';
import { supportMigrations } from './supportMigrations.js';
import { supportPrivacy } from './supportPrivacy.js';

// Order matters for `message.created`: questions/ records the message (first response,
// activity) before solutions/ reads it for an inferred solution.
const parts = joinParts([
  questionsPart,
  solutionsPart,
  escalationPart,
  nudgesPart,
  similarPart,
  knowledgePart,
  reportsPart,
]);

/**
 * Q&A support: help forum posts and help-channel threads are questions (questions/), with
 * first response and community vs staff answers; solutions marked by command, context menu or
 * button, the solved tag and archiving (solutions/); tier escalation (escalation/); nudges and
 * dormancy (nudges/); similar solved questions suggested with BM25 (similar/); the FAQ and
 * peer-reviewed guides (knowledge/); the dashboard's API (reports/).
 */
export const supportModule = defineModule({
  id: 'support',
  description:
    'Questions in help forums and channels: first response, solutions, tier escalation, nudges, similar questions, knowledge base with peer review.',
  config: SupportConfig,
  events: supportEvents,
  on: parts.on,
  components: parts.components,
  commands: parts.commands,
  jobs: parts.jobs,
  routes: parts.routes,
  start: parts.start,
  migrations: supportMigrations,
  privacy: supportPrivacy,
});
