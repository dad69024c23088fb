import type { CommandHandler } from '../../../core/defineModule.js';
import { decideAppeal } from '../appeals/decideAppeal.js';
import { decisionReply } from '../appeals/decisionReply.js';
import { moderationPlaces } from '../guild/ModerationPlaces.js';
import type { ModerationContext } from '../ModerationContext.js';
import { integerOption, textOption } from './options.js';
import { privately } from './reply.js';

/** `/review-appeal appeal decision reason`: decide an appeal, with the reasoning the member gets. */
export const reviewAppealCommand: CommandHandler<ModerationContext> = {
  definition: {
    name: 'review-appeal',
    description: 'Decide an appeal (moderators; final appeals: admins)',
    options: [
      { name: 'appeal', description: 'The appeal number', type: 'integer', required: true },
      {
        name: 'decision',
        description: 'Keep the case or withdraw it',
        type: 'string',
        required: true,
        choices: [
          { name: 'uphold', value: 'uphold' },
          { name: 'overturn', value: 'overturn' },
        ],
      },
      { name: 'reason', description: 'Your reasoning (sent to the member)', type: 'string', required: true },
    ],
  },
  async handle(interaction, ctx) {
    const appealId = integerOption(interaction, 'appeal');
    const decision = textOption(interaction, 'decision');
    const reason = textOption(interaction, 'reason');
    if (appealId === null || reason === null || (decision !== 'uphold' && decision !== 'overturn')) {
      return privately('Give the appeal number, uphold or overturn, and your reasoning.');
    }
    const places = await moderationPlaces(ctx, interaction.guildId);
    const decided = await decideAppeal(ctx, places, {
      guildId: interaction.guildId,
      appealId,
      outcome: decision === 'uphold' ? 'upheld' : 'overturned',
      reason,
      reviewer: interaction.payload,
    });
    return privately(decisionReply(decided));
  },
};
