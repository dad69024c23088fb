import type { ComponentHandler } from '../../../core/defineModule.js';
import type { ActionRow } from '../../../platform/Platform.js';
import { OnboardingMembers } from '../members/onboardingMembers.js';
import type { OnboardingContext } from '../OnboardingContext.js';
import { allowsDms } from './quietMembers.js';

/** Custom id prefix of the "No more of these" button: `onboarding:reengage:stop:<userId>`. */
export const REENGAGE_STOP_PREFIX = 'onboarding:reengage:stop:';

/**
 * The row under a "what you missed" DM with the "No more of these" button.
 * @param userId - the member the DM is for
 */
export function stopButtonRow(userId: string): ActionRow {
  return {
    components: [
      { kind: 'button', customId: `${REENGAGE_STOP_PREFIX}${userId}`, label: 'No more of these', style: 'secondary' },
    ],
  };
}

/**
 * The member id a stop button names, or null when the custom id is not one.
 * @param customId - e.g. `onboarding:reengage:stop:123`
 */
export function parseStopButton(customId: string): string | null {
  if (!customId.startsWith(REENGAGE_STOP_PREFIX)) return null;
  const userId = customId.slice(REENGAGE_STOP_PREFIX.length);
  return /^\d{1,25}$/.test(userId) ? userId : null;
}

/**
 * "No more of these": withdraws the member's DM opt-in (`dm_opt_out_at`), so neither the
 * journey nor re-engagement DMs them again, and records the choice
 * (`onboarding.dm_preference_changed`). Only the member the DM was for can press it.
 */
export const reengageStopButton: ComponentHandler<OnboardingContext> = {
  customIdPrefix: REENGAGE_STOP_PREFIX,
  async handle(interaction, ctx) {
    const userId = parseStopButton(interaction.payload.customId);
    if (userId === null || interaction.type !== 'interaction.button' || userId !== interaction.payload.userId) {
      return { content: 'This button is not for you.', ephemeral: true };
    }
    const members = new OnboardingMembers(ctx.db);
    const member = await members.get(interaction.guildId, userId);
    if (member !== undefined && allowsDms({ ...member, stopped_reason: null, stopped_at: null })) {
      const now = ctx.clock.now();
      await members.update(interaction.guildId, userId, { dm_opt_out_at: now }, now);
      await ctx.emit(
        'onboarding.dm_preference_changed',
        { userId, allowed: false },
        { guildId: interaction.guildId, key: `reengage-stop:${interaction.payload.interactionId}` },
      );
    }
    return {
      content: 'Done: no more direct messages from us. `/onboarding dms allowed:True` turns them back on.',
      ephemeral: true,
    };
  },
};
