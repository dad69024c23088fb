import { z } from 'zod';
import { defineJob } from '../../../core/defineJob.js';
import { OnboardingMembers } from '../members/onboardingMembers.js';
import type { OnboardingContext } from '../OnboardingContext.js';
import { JourneySteps } from './journeySteps.js';
import { runStep } from './runStep.js';

/**
 * Job, due at `joinedAt + after` of one journey step of one join (keyed
 * `<join event id>:<step id>`, so it runs once per join and step). It does nothing for an
 * older join of a member who rejoined since, or a step already closed. Otherwise it runs the
 * member's earlier steps still waiting (late after downtime: they go first, in order), then
 * its own (`runStep`).
 */
export const journeyStepJob = defineJob({
  name: 'journeyStep',
  payload: z.object({ guildId: z.string(), userId: z.string(), joinEventId: z.string(), stepId: z.string() }),
  async run({ guildId, userId, joinEventId, stepId }, ctx: OnboardingContext) {
    const members = new OnboardingMembers(ctx.db);
    if ((await members.get(guildId, userId))?.join_event_id !== joinEventId) return;
    const steps = new JourneySteps(ctx.db);
    const own = await steps.get(guildId, userId, stepId);
    if (own === undefined || own.outcome !== null) return;
    for (const step of await steps.waitingUpTo(guildId, userId, own.due_at)) {
      if (!(await steps.claim(guildId, userId, step.step_id, ctx.clock.now()))) continue;
      // Read again for each step: the one before may have made the member's thread.
      const member = await members.get(guildId, userId);
      if (member === undefined) return;
      await runStep(ctx, steps, member, step.step_id);
    }
  },
});
