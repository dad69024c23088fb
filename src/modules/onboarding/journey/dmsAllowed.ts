import type { OnboardingMember } from '../members/onboardingMembers.js';

/**
 * Whether the journey may DM the member: they opted in (the welcome's button or `/onboarding
 * dms`) and have not opted out since. Discord's Developer Policy forbids unsolicited DMs.
 * @param member - the member's onboarding row
 * @see https://discord.com/developers/docs/policies-and-agreements/developer-policy
 */
export function dmsAllowed(member: Pick<OnboardingMember, 'dm_opt_in_at' | 'dm_opt_out_at'>): boolean {
  const optIn = member.dm_opt_in_at;
  const optOut = member.dm_opt_out_at;
  return optIn !== null && (optOut === null || optOut < optIn);
}
