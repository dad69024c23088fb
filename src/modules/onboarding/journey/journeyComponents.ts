import type { ComponentHandler, ComponentInteraction } from '../../../core/defineModule.js';
import type { InteractionReply } from '../../../platform/Platform.js';
import type { OnboardingContext } from '../OnboardingContext.js';
import { buttonMemberId, DMS_OFF_BUTTON_PREFIX, STOP_BUTTON_PREFIX } from './journeyButtons.js';
import { privately } from './privately.js';
import { setDmPreference } from './setDmPreference.js';
import { stopJourney } from './stopJourney.js';

/** "Stop these tips" under a journey message: stops the member's journey. */
export const stopButtonHandler: ComponentHandler<OnboardingContext> = {
  customIdPrefix: STOP_BUTTON_PREFIX,
  async handle(interaction, ctx) {
    const owner = ownerOf(interaction, STOP_BUTTON_PREFIX);
    if (typeof owner !== 'string') return owner;
    const who = { guildId: interaction.guildId, userId: owner };
    const stopped = await stopJourney(ctx, who, 'member', interaction.payload.interactionId);
    return privately(
      stopped
        ? 'Done: no more onboarding tips. Welcome aboard! (`/onboarding status` shows what you got.)'
        : 'Your onboarding tips are already stopped.',
    );
  },
};

/** "No more DMs" under a journey DM: withdraws the member's DM opt-in (tips go on in the server). */
export const dmsOffButtonHandler: ComponentHandler<OnboardingContext> = {
  customIdPrefix: DMS_OFF_BUTTON_PREFIX,
  async handle(interaction, ctx) {
    const owner = ownerOf(interaction, DMS_OFF_BUTTON_PREFIX);
    if (typeof owner !== 'string') return owner;
    const who = { guildId: interaction.guildId, userId: owner };
    const outcome = await setDmPreference(ctx, who, false, interaction.payload.interactionId);
    return privately(
      outcome === 'unknown_member'
        ? 'Guildhall has no onboarding for you in this server.'
        : 'No more DMs from onboarding. Any remaining tips come in the server; `/onboarding stop` ends them.',
    );
  },
};

/** The member the button is for when they pressed it themself, else the refusal to answer. */
function ownerOf(interaction: ComponentInteraction, prefix: string): string | InteractionReply {
  if (interaction.type !== 'interaction.button') return privately('This button is not valid.');
  const userId = buttonMemberId(interaction.payload.customId, prefix);
  if (userId === null) return privately('This button is not valid.');
  if (userId !== interaction.payload.userId)
    return privately('These tips are for someone else: only they can change them.');
  return userId;
}
