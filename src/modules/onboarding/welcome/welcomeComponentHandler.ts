import type { ComponentHandler } from '../../../core/defineModule.js';
import type { InteractionReply } from '../../../platform/Platform.js';
import { OnboardingMembers } from '../members/onboardingMembers.js';
import type { OnboardingContext } from '../OnboardingContext.js';
import { acceptRules } from './acceptRules.js';
import { optInToDms } from './optInToDms.js';
import { pickMemberType } from './pickMemberType.js';
import { WELCOME_PREFIX, parseWelcomeCustomId } from './welcomeCustomIds.js';

/**
 * The welcome's buttons and select menu: member type, "Accept the rules", "Send me tips by
 * DM". Only the member the welcome is for may use them; anyone else is told whose it is.
 * Every answer is ephemeral.
 */
export const welcomeComponentHandler: ComponentHandler<OnboardingContext> = {
  customIdPrefix: WELCOME_PREFIX,
  async handle(interaction, ctx) {
    const action = parseWelcomeCustomId(interaction.payload.customId);
    if (action === null || interaction.type === 'interaction.modal') return privately('This button is not valid.');
    const { userId, interactionId } = interaction.payload;
    if (userId !== action.userId) return privately(`This welcome is for <@${action.userId}>.`);
    const { guildId } = interaction;
    const member = await new OnboardingMembers(ctx.db).get(guildId, userId);
    if (member === undefined || member.left_at !== null) return privately('This welcome is no longer active.');
    switch (action.kind) {
      case 'type':
        return pickMemberType(ctx, { guildId, userId, member, typeId: action.typeId, interactionId });
      case 'types': {
        const typeId = interaction.type === 'interaction.select' ? interaction.payload.values[0] : undefined;
        if (typeId === undefined) return privately('Pick one of the types in the menu.');
        return pickMemberType(ctx, { guildId, userId, member, typeId, interactionId });
      }
      case 'rules':
        return acceptRules(ctx, { guildId, userId, member, interactionId });
      case 'dms':
        return optInToDms(ctx, { guildId, userId, member, interactionId });
    }
  },
};

function privately(content: string): InteractionReply {
  return { content, ephemeral: true };
}
