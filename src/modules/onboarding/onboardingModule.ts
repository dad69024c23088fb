import { defineModule } from '../../core/defineModule.js';
import { OnboardingConfig } from './OnboardingConfig.js';
import type { OnboardingContext } from './OnboardingContext.js';
import { onboardingEvents } from './onboardingEvents.js';
import { onboardingMigrations } from './onboardingMigrations.js';
import { onboardingPrivacy } from './onboardingPrivacy.js';
import { welcomeMember } from './welcomeMember.js';
import type { DomainEventOf } from '../../core/DomainEvent.js';

/**
 * Onboarding: the newcomer role and a welcome message on join. (Member types, verification
 * gate, journeys and A/B tests are a later issue.)
 */
export const onboardingModule = defineModule({
  id: 'onboarding',
  description: 'Newcomer role and welcome message when a member joins.',
  config: OnboardingConfig,
  events: onboardingEvents,
  on: { 'member.joined': welcomeJoin },
  migrations: onboardingMigrations,
  privacy: onboardingPrivacy,
});

async function welcomeJoin(event: DomainEventOf<'member.joined'>, ctx: OnboardingContext): Promise<void> {
  const outcome = await welcomeMember(event, ctx);
  if (!outcome.welcomed) return;
  await ctx.emit(
    'onboarding.member_welcomed',
    { userId: event.payload.userId, channelId: outcome.channelId, roleId: outcome.roleId },
    { key: event.id, guildId: event.guildId },
  );
}
