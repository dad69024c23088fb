import { OnboardingMembers } from '../members/onboardingMembers.js';
import type { OnboardingContext } from '../OnboardingContext.js';
import { JourneySteps } from './journeySteps.js';

/** Why a journey stopped (as `onboarding.journey_stopped` says). */
export type StopReason = 'left' | 'member' | 'staff';

/**
 * Stops a member's journey: `stopped_at` and `stopped_reason` on the row (and `left_at` when
 * they left), every waiting step `stopped`, and `onboarding.journey_stopped` recorded. A
 * journey already stopped is not stopped again (a departure still records `left_at`).
 * @param ctx - module context
 * @param who - guild and member
 * @param reason - why
 * @param key - the emitted event's key (the cause's id)
 * @returns false when onboarding does not know the member or the journey was already stopped
 */
export async function stopJourney(
  ctx: OnboardingContext,
  who: { guildId: string; userId: string },
  reason: StopReason,
  key: string,
): Promise<boolean> {
  const members = new OnboardingMembers(ctx.db);
  const member = await members.get(who.guildId, who.userId);
  if (member === undefined) return false;
  const now = ctx.clock.now();
  const left = reason === 'left' ? { left_at: now } : {};
  if (member.stopped_at !== null) {
    if (reason === 'left') await members.update(who.guildId, who.userId, left, now);
    return false;
  }
  await members.update(who.guildId, who.userId, { stopped_at: now, stopped_reason: reason, ...left }, now);
  await new JourneySteps(ctx.db).stopWaiting(who.guildId, who.userId, reason, now);
  await ctx.emit('onboarding.journey_stopped', { userId: who.userId, reason }, { guildId: who.guildId, key });
  return true;
}
