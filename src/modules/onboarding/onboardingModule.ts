import { defineModule } from '../../core/defineModule.js';
import { OnboardingConfig } from './OnboardingConfig.js';
import { onboardingEvents } from './onboardingEvents.js';
import { onboardingMigrations } from './onboardingMigrations.js';
import { onboardingPrivacy } from './onboardingPrivacy.js';
import { joinParts } from '../../core/moduleParts.js';
import { journeyPart } from './journey/journeyPart.js';
import { reengagementPart } from './reengagement/reengagementPart.js';
import { reportsPart } from './reports/reportsPart.js';
import { welcomePart } from './welcome/welcomePart.js';

const parts = joinParts([welcomePart, journeyPart, reportsPart, reengagementPart]);

/**
 * Onboarding: the welcome with member types and the verification gate (welcome/), the
 * durable day-0-to-30 journey with opt-in DMs (journey/), the completion funnel and A/B
 * results (reports/, experiments/), and re-engagement of quiet members (reengagement/).
 */
export const onboardingModule = defineModule({
  id: 'onboarding',
  description: 'Welcome with member types, verification gate, day-0-to-30 journey, funnel, A/B tests, re-engagement.',
  config: OnboardingConfig,
  events: onboardingEvents,
  on: parts.on,
  components: parts.components,
  commands: parts.commands,
  jobs: parts.jobs,
  routes: parts.routes,
  start: parts.start,
  migrations: onboardingMigrations,
  privacy: onboardingPrivacy,
});
