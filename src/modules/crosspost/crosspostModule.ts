import { defineModule } from '../../core/defineModule.js';
import { joinParts } from '../../core/moduleParts.js';
import { CrosspostConfig } from './CrosspostConfig.js';
import { crosspostEvents } from './crosspostEvents.js';
import { crosspostMigrations } from './crosspostMigrations.js';
import { crosspostPrivacy } from './crosspostPrivacy.js';
import { announcementsPart } from './announcements/announcementsPart.js';

const parts = joinParts([announcementsPart]);

/**
 * Cross-posting (seed 002): an announcement written once, adapted per platform (Discord, X, LinkedIn, YouTube) with a preview, published to Discord and to configured outgoing webhooks with retries and recorded results (announcements/).
 */
export const crosspostModule = defineModule({
  id: 'crosspost',
  description: 'One announcement adapted per platform, previewed, published to Discord and outgoing webhooks.',
  config: CrosspostConfig,
  events: crosspostEvents,
  on: parts.on,
  components: parts.components,
  commands: parts.commands,
  jobs: parts.jobs,
  routes: parts.routes,
  webhooks: parts.webhooks,
  start: parts.start,
  migrations: crosspostMigrations,
  privacy: crosspostPrivacy,
});
