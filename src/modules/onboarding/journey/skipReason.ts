import type { SkipCondition } from '../config/JourneyConfig.js';
import type { OnboardingMember } from '../members/onboardingMembers.js';
import type { OnboardingContext } from '../OnboardingContext.js';

/** How recent a message or reaction must be for the member to count as `active`. */
export const ACTIVE_WINDOW_MS = 7 * 86_400_000;

/**
 * The first of a step's skip conditions the member meets now, or null when the step is
 * still useful: `introduced` (intro posted), `type_chosen`, `rules_accepted`, `verified`
 * (passed the gate), `active` (a message or reaction in the last 7 days, from the member
 * directory).
 * @param ctx - module context (clock, member directory)
 * @param member - the member's onboarding row
 * @param conditions - the step's `skipWhen`
 */
export async function skipReason(
  ctx: OnboardingContext,
  member: OnboardingMember,
  conditions: readonly SkipCondition[],
): Promise<SkipCondition | null> {
  for (const condition of conditions) {
    if (await holds(ctx, member, condition)) return condition;
  }
  return null;
}

async function holds(ctx: OnboardingContext, member: OnboardingMember, condition: SkipCondition): Promise<boolean> {
  switch (condition) {
    case 'introduced':
      return member.intro_posted_at !== null;
    case 'type_chosen':
      return member.type_chosen_at !== null;
    case 'rules_accepted':
      return member.rules_accepted_at !== null;
    case 'verified':
      return member.verified_at !== null;
    case 'active': {
      const known = await ctx.members.get(member.guild_id, member.user_id);
      const last = known?.lastActiveAt ?? null;
      return last !== null && last >= ctx.clock.now() - ACTIVE_WINDOW_MS;
    }
  }
}
