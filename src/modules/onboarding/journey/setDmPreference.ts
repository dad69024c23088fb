import { OnboardingMembers } from '../members/onboardingMembers.js';
import type { OnboardingContext } from '../OnboardingContext.js';
import { dmsAllowed } from './dmsAllowed.js';

/** What changing the DM preference did. */
export type DmPreferenceOutcome = 'changed' | 'unchanged' | 'unknown_member';

/**
 * Records the member's own choice to get (or no longer get) journey DMs (`dm_opt_in_at` /
 * `dm_opt_out_at`; opting in clears an earlier opt-out, as the welcome's button does) and `onboarding.dm_preference_changed`; nothing when it is already so.
 * Only ever called on the member's own request (their button or `/onboarding dms`).
 * @param ctx - module context
 * @param who - guild and member
 * @param allowed - DMs wanted
 * @param key - the emitted event's key (the interaction's id)
 */
export async function setDmPreference(
  ctx: OnboardingContext,
  who: { guildId: string; userId: string },
  allowed: boolean,
  key: string,
): Promise<DmPreferenceOutcome> {
  const members = new OnboardingMembers(ctx.db);
  const member = await members.get(who.guildId, who.userId);
  if (member === undefined) return 'unknown_member';
  if (dmsAllowed(member) === allowed) return 'unchanged';
  const now = ctx.clock.now();
  await members.update(
    who.guildId,
    who.userId,
    allowed ? { dm_opt_in_at: now, dm_opt_out_at: null } : { dm_opt_out_at: now },
    now,
  );
  await ctx.emit('onboarding.dm_preference_changed', { userId: who.userId, allowed }, { guildId: who.guildId, key });
  return 'changed';
}
