import type { OnboardingMember } from '../members/onboardingMembers.js';
import type { OnboardingContext } from '../OnboardingContext.js';
import { deliverStep } from './deliverStep.js';
import type { JourneySteps } from './journeySteps.js';
import { skipReason } from './skipReason.js';

/**
 * Runs one claimed journey step of a member: `stopped` when the journey was stopped or the
 * member left; `skipped` (with `onboarding.step_skipped`) when a skip condition holds, the step
 * is no longer configured, or there is nowhere to speak; else delivered (`deliverStep`) with
 * `onboarding.step_sent`. Events are keyed `<join event id>:<step id>`.
 * @param ctx - module context (the job's unit of work)
 * @param steps - the steps table
 * @param member - the member's row, as it is now
 * @param stepId - the step
 */
export async function runStep(
  ctx: OnboardingContext,
  steps: JourneySteps,
  member: OnboardingMember,
  stepId: string,
): Promise<void> {
  const { guild_id: guildId, user_id: userId } = member;
  const key = { guildId, key: `${member.join_event_id}:${stepId}` };
  if (member.stopped_at !== null || member.left_at !== null) {
    const detail = member.left_at !== null ? 'left' : (member.stopped_reason ?? 'stopped');
    await steps.close(guildId, userId, stepId, { outcome: 'stopped', detail, messageId: null }, ctx.clock.now());
    return;
  }
  const skip = async (reason: string): Promise<void> => {
    await steps.close(
      guildId,
      userId,
      stepId,
      { outcome: 'skipped', detail: reason, messageId: null },
      ctx.clock.now(),
    );
    await ctx.emit('onboarding.step_skipped', { userId, stepId, reason }, key);
  };
  const step = ctx.config.journey.find((s) => s.id === stepId);
  if (step === undefined) return skip('not_configured');
  const condition = await skipReason(ctx, member, step.skipWhen);
  if (condition !== null) return skip(condition);
  const delivery = await deliverStep(ctx, member, step);
  if (!delivery.sent) return skip(delivery.reason);
  const { via, fellBack, messageId } = delivery;
  await steps.close(
    guildId,
    userId,
    stepId,
    { outcome: via, detail: fellBack ? 'dm_closed' : null, messageId },
    ctx.clock.now(),
  );
  await ctx.emit('onboarding.step_sent', { userId, stepId, via, fellBack }, key);
}
