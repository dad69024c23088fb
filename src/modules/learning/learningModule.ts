import { defineModule } from '../../core/defineModule.js';
import { joinParts } from '../../core/moduleParts.js';
import { commandsPart } from './commands/commandsPart.js';
import { groupsPart } from './groups/groupsPart.js';
import { httpPart } from './http/httpPart.js';
import { journeyPart } from './journey/journeyPart.js';
import { LearningConfig } from './LearningConfig.js';
import { learningEvents } from './learningEvents.js';
import { learningMigrations } from './learningMigrations.js';
import { learningPrivacy } from './learningPrivacy.js';
import { mentorsPart } from './mentors/mentorsPart.js';
import { profilesPart } from './profiles/profilesPart.js';

const parts = joinParts([commandsPart, profilesPart, groupsPart, mentorsPart, journeyPart, httpPart]);

/**
 * Peer learning (seed 003): learner and mentor profiles (profiles/); study groups formed by an
 * optimisation over the whole cohort with private threads and roles (groups/, matching/);
 * mentor recommendations and the optimal capacitated assignment (mentors/, matching/); the
 * mentorship journey with prompts and recorded sessions (journey/); the dashboard's API (http/).
 */
export const learningModule = defineModule({
  id: 'learning',
  description:
    'Learner profiles, study groups formed by weighted compatibility, mentor matching and assignment, mentorship journeys.',
  config: LearningConfig,
  events: learningEvents,
  on: parts.on,
  components: parts.components,
  commands: parts.commands,
  jobs: parts.jobs,
  routes: parts.routes,
  start: parts.start,
  migrations: learningMigrations,
  privacy: learningPrivacy,
});
