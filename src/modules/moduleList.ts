import type { AnyModule } from '../core/defineModule.js';
import type { MigrationSet } from '../store/migrate.js';
import { analyticsModule } from './analytics/index.js';
import { automodModule } from './automod/index.js';
import { challengesModule } from './challenges/index.js';
import { crosspostModule } from './crosspost/index.js';
import { eventsModule } from './events/index.js';
import { feedbackModule } from './feedback/index.js';
import { githubModule } from './github/index.js';
import { learningModule } from './learning/index.js';
import { moderationModule } from './moderation/index.js';
import { onboardingModule } from './onboarding/index.js';
import { privacyModule } from './privacy/index.js';
import { recognitionModule } from './recognition/index.js';
import { serverModule } from './server/index.js';
import { supportModule } from './support/index.js';
import { tutorialsModule } from './tutorials/index.js';

/** Every module, in the order they handle an event. Add a new module here. */
export const moduleList: readonly AnyModule[] = [
  serverModule,
  onboardingModule,
  automodModule,
  moderationModule,
  eventsModule,
  supportModule,
  feedbackModule,
  learningModule,
  githubModule,
  crosspostModule,
  tutorialsModule,
  challengesModule,
  recognitionModule,
  privacyModule,
  analyticsModule,
];

/**
 * The migration sets of a module list.
 * @param modules - the modules (default: all)
 */
export function moduleMigrations(modules: readonly AnyModule[] = moduleList): MigrationSet[] {
  return modules.map((m) => ({ owner: m.id, migrations: m.migrations ?? [] }));
}
