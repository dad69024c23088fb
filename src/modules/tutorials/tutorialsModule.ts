import { defineModule } from '../../core/defineModule.js';
import { joinParts } from '../../core/moduleParts.js';
import { TutorialsConfig } from './TutorialsConfig.js';
import { tutorialsEvents } from './tutorialsEvents.js';
import { tutorialsMigrations } from './tutorialsMigrations.js';
import { tutorialsPrivacy } from './tutorialsPrivacy.js';
import { libraryPart } from './library/libraryPart.js';
import { quizzesPart } from './quizzes/quizzesPart.js';

const parts = joinParts([libraryPart, quizzesPart]);

/**
 * Content (seeds 000, 002): the tutorial library with categories, levels, ratings, views, completions and expert review (library/); quizzes with buttons and scores (quizzes/).
 */
export const tutorialsModule = defineModule({
  id: 'tutorials',
  description: 'Tutorial and guide library with categories, levels, ratings, completions and expert review; quizzes.',
  config: TutorialsConfig,
  events: tutorialsEvents,
  on: parts.on,
  components: parts.components,
  commands: parts.commands,
  jobs: parts.jobs,
  routes: parts.routes,
  webhooks: parts.webhooks,
  start: parts.start,
  migrations: tutorialsMigrations,
  privacy: tutorialsPrivacy,
});
