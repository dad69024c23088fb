import { defineModule } from '../../core/defineModule.js';
import { joinParts } from '../../core/moduleParts.js';
import { GithubConfig } from './GithubConfig.js';
import { githubEvents } from './githubEvents.js';
import { githubMigrations } from './githubMigrations.js';
import { githubPrivacy } from './githubPrivacy.js';
import { deliveriesPart } from './deliveries/deliveriesPart.js';
import { accountsPart } from './accounts/accountsPart.js';

const parts = joinParts([deliveriesPart, accountsPart]);

/**
 * GitHub (seed 001): signed webhook deliveries routed by repository, event, branch, label and author to channels and forum threads (deliveries/); linked GitHub accounts credited for merged pull requests, reviews and issues, with a thank-you on merge (accounts/).
 */
export const githubModule = defineModule({
  id: 'github',
  description: 'GitHub webhooks routed to channels, linked accounts credited for their contributions.',
  config: GithubConfig,
  events: githubEvents,
  on: parts.on,
  components: parts.components,
  commands: parts.commands,
  jobs: parts.jobs,
  routes: parts.routes,
  webhooks: parts.webhooks,
  start: parts.start,
  migrations: githubMigrations,
  privacy: githubPrivacy,
});
