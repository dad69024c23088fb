import type { z } from 'zod';
import type { CommandHandler, ComponentHandler, EventHandlers } from '../../core/defineModule.js';
import type { JobDefinition } from '../../core/defineJob.js';
import type { ModuleRoute } from '../../core/defineRoute.js';
import type { OnboardingContext } from './OnboardingContext.js';

/**
 * One part of the onboarding module (welcome and gate, journey, reports, re-engagement): its
 * handlers, components, commands, jobs and routes. `onboardingModule` joins the parts; two
 * parts handling the same event type run in the order of the parts.
 */
export interface OnboardingPart {
  on?: EventHandlers<OnboardingContext>;
  components?: readonly ComponentHandler<OnboardingContext>[];
  commands?: readonly CommandHandler<OnboardingContext>[];
  jobs?: readonly JobDefinition<z.ZodType, OnboardingContext>[];
  routes?: readonly ModuleRoute<OnboardingContext>[];
  start?(ctx: OnboardingContext, guildId: string): Promise<void>;
}
