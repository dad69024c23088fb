import type { LearningSubcommand } from '../commands/LearningSubcommand.js';
import { percent } from './checkPair.js';
import { profileOf } from './candidates.js';
import { recommendationText } from './recommendationText.js';
import { recommendFor } from './recommendFor.js';

/**
 * `/mentor recommend`: the five mentors who suit the member best (at or above
 * `mentors.minCompatibility`, with room, not on a do-not-pair list), or why nobody does.
 */
export const recommendSubcommand: LearningSubcommand = async (interaction, ctx) => {
  const { guildId } = interaction;
  const { userId } = interaction.payload;
  if ((await profileOf(ctx, guildId, userId)) === undefined) {
    return {
      content: 'Set your learner profile first with `/learn profile`: mentors are matched on it.',
      ephemeral: true,
    };
  }
  const recommendations = await recommendFor(ctx, guildId, userId, 5);
  const head =
    recommendations.ranked.length > 0
      ? `Mentors who suit you (at least ${percent(ctx.config.mentors.minCompatibility)}), best first; ask one with \`/mentor request\`:\n`
      : '';
  return { content: head + recommendationText(ctx, recommendations), ephemeral: true };
};
