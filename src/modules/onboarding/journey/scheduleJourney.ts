import type { DomainEventOf } from '../../../core/DomainEvent.js';
import { OnboardingMembers } from '../members/onboardingMembers.js';
import type { OnboardingContext } from '../OnboardingContext.js';
import { journeyStepJob } from './journeyStepJob.js';
import { JourneySteps } from './journeySteps.js';

/**
 * On `member.joined` (after the welcome part started the member's row; no row, e.g. a bot,
 * means no journey): records every configured step as waiting, due at `joinedAt + after`, and
 * schedules its job keyed `<join event id>:<step id>`, so a redelivered join schedules nothing
 * twice. A join found at catch-up skips the steps already past (`joined_while_offline`).
 * Nothing here calls the platform.
 * @param event - the join
 * @param ctx - module context
 */
export async function scheduleJourney(event: DomainEventOf<'member.joined'>, ctx: OnboardingContext): Promise<void> {
  const { guildId, payload } = event;
  const member = await new OnboardingMembers(ctx.db).get(guildId, payload.userId);
  if (member?.join_event_id !== event.id) return;
  const steps = new JourneySteps(ctx.db);
  const now = ctx.clock.now();
  const joinedAt = member.joined_at;
  for (const step of ctx.config.journey) {
    const dueAt = joinedAt + step.after;
    if (payload.caughtUp === true && dueAt <= now) {
      const missed = { outcome: 'skipped', detail: 'joined_while_offline', messageId: null } as const;
      await steps.plan(guildId, payload.userId, step.id, dueAt, missed, now);
      continue;
    }
    await steps.plan(guildId, payload.userId, step.id, dueAt, null, now);
    await ctx.schedule(journeyStepJob, {
      key: `${event.id}:${step.id}`,
      runAt: dueAt,
      payload: { guildId, userId: payload.userId, joinEventId: event.id, stepId: step.id },
    });
  }
}
