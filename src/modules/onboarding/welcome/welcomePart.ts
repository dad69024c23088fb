import type { DomainEventOf } from '../../../core/DomainEvent.js';
import type { OnboardingContext } from '../OnboardingContext.js';
import type { OnboardingPart } from '../OnboardingPart.js';
import { recordIntroduction } from './recordIntroduction.js';
import { screeningChanged } from './screeningChanged.js';
import { welcomeComponentHandler } from './welcomeComponentHandler.js';
import { welcomeMember } from './welcomeMember.js';
import { welcomeReferral } from './welcomeReferral.js';

/**
 * Welcome, member types and the verification gate: the join starts the member's row (before
 * the other parts run) and posts the welcome with its components; the introductions channel,
 * the welcome's buttons and Discord's screening move the member through the gate; recognition's
 * referral personalises the welcome by invite.
 */
export const welcomePart: OnboardingPart = {
  on: {
    'member.joined': welcomeJoin,
    'member.updated': screeningChanged,
    'message.created': recordIntroduction,
    'recognition.member_referred': welcomeReferral,
  },
  components: [welcomeComponentHandler],
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
