import { defineModule } from '../../core/defineModule.js';
import { OnboardingConfig } from './OnboardingConfig.js';
import { onboardingMigrations } from './onboardingMigrations.js';
import { welcomeMember } from './welcomeMember.js';

/**
 * Onboarding: the newcomer role and a welcome message on join. (Member types, verification
 * gate, journeys and A/B tests are a later issue.)
 */
export const onboardingModule = defineModule({
  id: 'onboarding',
  description: 'Newcomer role and welcome message when a member joins.',
  config: OnboardingConfig,
  subscribes: ['member.joined'],
  async handle(event, ctx) {
    if (event.type !== 'member.joined') return;
    const outcome = await welcomeMember(event, ctx);
    if (!outcome.welcomed) return;
    await ctx.emit(
      'onboarding.member_welcomed',
      { userId: event.payload.userId, channelId: outcome.channelId, roleId: outcome.roleId },
      { key: event.id, guildId: event.guildId },
    );
  },
  migrations: onboardingMigrations,
});
