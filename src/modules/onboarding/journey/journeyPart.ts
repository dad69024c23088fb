import type { OnboardingPart } from '../OnboardingPart.js';
import { dmsOffButtonHandler, stopButtonHandler } from './journeyComponents.js';
import { journeyStepJob } from './journeyStepJob.js';
import { onboardingCommand } from './onboardingCommand.js';
import { scheduleJourney } from './scheduleJourney.js';
import { stopJourney } from './stopJourney.js';

/**
 * The journey: durable steps after the join (`journeyStepJob`), delivered in a private thread,
 * the journey channel, or by DM after opt-in; stopped when the member leaves, presses "Stop
 * these tips" or says `/onboarding stop`.
 */
export const journeyPart: OnboardingPart = {
  on: {
    'member.joined': scheduleJourney,
    'member.left': async (event, ctx) => {
      await stopJourney(ctx, { guildId: event.guildId, userId: event.payload.userId }, 'left', event.id);
    },
  },
  components: [stopButtonHandler, dmsOffButtonHandler],
  commands: [onboardingCommand],
  jobs: [journeyStepJob],
};
