import type { InteractionReply } from '../../../platform/Platform.js';
import type { OnboardingMember } from '../members/onboardingMembers.js';
import { OnboardingMembers } from '../members/onboardingMembers.js';
import type { OnboardingContext } from '../OnboardingContext.js';
import { passGate } from './passGate.js';

/**
 * A member accepts the rules with the welcome's button: records it, emits
 * `onboarding.rules_accepted` (once per run) and tries the gate.
 * @param ctx - module context (the interaction's unit of work)
 * @param accept - guild, member, their row and the interaction id (the event's key)
 */
export async function acceptRules(
  ctx: OnboardingContext,
  accept: { guildId: string; userId: string; member: OnboardingMember; interactionId: string },
): Promise<InteractionReply> {
  const { guildId, userId, member } = accept;
  if (member.rules_accepted_at !== null) return { content: 'You have already accepted the rules.', ephemeral: true };
  const now = ctx.clock.now();
  await new OnboardingMembers(ctx.db).update(guildId, userId, { rules_accepted_at: now }, now);
  await ctx.emit('onboarding.rules_accepted', { userId }, { key: accept.interactionId, guildId });
  const passed = await passGate(ctx, guildId, userId);
  return {
    content: passed ? 'Thanks for accepting the rules: you are now a full member.' : 'Thanks for accepting the rules.',
    ephemeral: true,
  };
}
