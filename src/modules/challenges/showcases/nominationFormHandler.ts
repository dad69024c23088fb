import type { ComponentHandler } from '../../../core/defineModule.js';
import type { ChallengesContext } from '../ChallengesContext.js';
import { recordNomination } from './recordNomination.js';
import { SHOWCASE_CUSTOM_IDS, showcaseCustomIdArgs } from './showcaseCustomIds.js';

const blank = (value: string | undefined): string | null =>
  value === undefined || value.trim() === '' ? null : value.trim();

/** The nomination form (`challenges:showcase-nominate:<month>:<category>:<nomineeId>`): records the nomination. */
export const nominationFormHandler: ComponentHandler<ChallengesContext> = {
  customIdPrefix: SHOWCASE_CUSTOM_IDS.nominate,
  async handle(interaction, ctx) {
    const args = showcaseCustomIdArgs(interaction.payload.customId, SHOWCASE_CUSTOM_IDS.nominate, 3);
    if (interaction.type !== 'interaction.modal' || args === null) {
      return { content: 'This form is not valid.', ephemeral: true };
    }
    const [month = '', category = '', nomineeId = ''] = args;
    const { fields, userId } = interaction.payload;
    const content = await recordNomination(ctx, interaction.guildId, {
      month,
      category,
      nominatorId: userId,
      nomineeId,
      link: blank(fields.link),
      reason: blank(fields.reason),
    });
    return { content, ephemeral: true };
  },
};
