import type { DomainEventOf } from '../../../core/DomainEvent.js';
import type { OnboardingContext } from '../OnboardingContext.js';
import type { OnboardingPart } from '../OnboardingPart.js';
import { welcomeMember } from './welcomeMember.js';

/** Welcome, member types and the verification gate. */
export const welcomePart: OnboardingPart = {
  on: { 'member.joined': welcomeJoin },
};

async function welcomeJoin(event: DomainEventOf<'member.joined'>, ctx: OnboardingContext): Promise<void> {
  const outcome = await welcomeMember(event, ctx);
  if (!outcome.welcomed) return;
  await ctx.emit(
    'onboarding.member_welcomed',
    { userId: event.payload.userId, channelId: outcome.channelId, roleId: outcome.roleId },
    { key: event.id, guildId: event.guildId },
  );
}
