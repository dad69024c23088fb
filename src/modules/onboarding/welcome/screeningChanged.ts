import type { DomainEventOf } from '../../../core/DomainEvent.js';
import { OnboardingMembers } from '../members/onboardingMembers.js';
import type { OnboardingContext } from '../OnboardingContext.js';
import { passGate } from './passGate.js';

/**
 * Follows Discord's membership screening on a member's row: `pending` as the update says (an
 * update that does not say leaves it); when it is cleared, the gate is tried (the member may
 * have done every step while pending).
 * @param event - the member update
 * @param ctx - module context
 */
export async function screeningChanged(event: DomainEventOf<'member.updated'>, ctx: OnboardingContext): Promise<void> {
  const { payload, guildId } = event;
  if (payload.pending === undefined) return;
  const members = new OnboardingMembers(ctx.db);
  const member = await members.get(guildId, payload.userId);
  if (member === undefined || member.verified_at !== null) return;
  const pending = payload.pending ? 1 : 0;
  if (member.pending === pending) return;
  await members.update(guildId, payload.userId, { pending }, ctx.clock.now());
  if (pending === 0) await passGate(ctx, guildId, payload.userId);
}
