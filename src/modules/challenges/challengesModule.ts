import { defineModule } from '../../core/defineModule.js';
import { joinParts } from '../../core/moduleParts.js';
import { ChallengesConfig } from './ChallengesConfig.js';
import { challengesEvents } from './challengesEvents.js';
import { challengesMigrations } from './challengesMigrations.js';
import { challengesPrivacy } from './challengesPrivacy.js';
import { contestsPart } from './contests/contestsPart.js';
import { showcasesPart } from './showcases/showcasesPart.js';

const parts = joinParts([contestsPart, showcasesPart]);

/**
 * Challenges and showcases (seeds 000, 001): monthly challenges by level and theme with submissions, community voting, judges and winners (contests/); monthly showcases with nominations and voting (showcases/).
 */
export const challengesModule = defineModule({
  id: 'challenges',
  description:
    'Monthly challenges with submissions, voting, judges and winners; monthly showcases with nominations and voting.',
  config: ChallengesConfig,
  events: challengesEvents,
  on: parts.on,
  components: parts.components,
  commands: parts.commands,
  jobs: parts.jobs,
  routes: parts.routes,
  webhooks: parts.webhooks,
  start: parts.start,
  migrations: challengesMigrations,
  privacy: challengesPrivacy,
});
