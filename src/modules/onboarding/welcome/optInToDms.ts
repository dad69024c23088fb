import type { InteractionReply } from '../../../platform/Platform.js';
import type { OnboardingMember } from '../members/onboardingMembers.js';
import { OnboardingMembers } from '../members/onboardingMembers.js';
import type { OnboardingContext } from '../OnboardingContext.js';

/** What a member reads after pressing "Send me tips by DM". */
export const DM_OPT_IN_REPLY =
  'Done: your onboarding tips will come by DM. Every DM has a button to stop them, or use `/onboarding stop` at any time.';

/**
 * A member asks for onboarding tips by DM (the only way Guildhall DMs them, Discord's
 * Developer Policy forbidding unsolicited DMs): records the opt-in (clearing an earlier
 * opt-out) and emits `onboarding.dm_preference_changed` when it changed anything.
 * @param ctx - module context (the interaction's unit of work)
 * @param optIn - guild, member, their row and the interaction id (the event's key)
 */
export async function optInToDms(
  ctx: OnboardingContext,
  optIn: { guildId: string; userId: string; member: OnboardingMember; interactionId: string },
): Promise<InteractionReply> {
  const { guildId, userId, member } = optIn;
  const optedIn =
    member.dm_opt_in_at !== null && (member.dm_opt_out_at === null || member.dm_opt_out_at < member.dm_opt_in_at);
  if (!optedIn) {
    const now = ctx.clock.now();
    await new OnboardingMembers(ctx.db).update(guildId, userId, { dm_opt_in_at: now, dm_opt_out_at: null }, now);
    await ctx.emit(
      'onboarding.dm_preference_changed',
      { userId, allowed: true },
      { key: optIn.interactionId, guildId },
    );
  }
  return { content: DM_OPT_IN_REPLY, ephemeral: true };
}
