import type { LearningPart } from '../LearningPart.js';
import { disbandGroupJob } from './disbandGroup.js';
import { roundButtonHandler } from './roundButton.js';
import { scheduledRoundJob, scheduleNextRound } from './scheduleRounds.js';

/**
 * Study groups: rounds formed by `/study-groups form` (subcommands wired in commands/), the
 * preview's "Form these groups" button, rounds on `groups.scheduled` rules (a job per next
 * occurrence, only when configured) and the disband job of `groups.lifetime`.
 */
export const groupsPart: LearningPart = {
  components: [roundButtonHandler],
  jobs: [scheduledRoundJob, disbandGroupJob],
  async start(ctx, guildId) {
    for (const schedule of ctx.config.groups.scheduled) {
      await scheduleNextRound(ctx, guildId, schedule.id, ctx.clock.now());
    }
  },
};
