import type { LearningSubcommand } from '../commands/LearningSubcommand.js';
import { MENTOR_CATEGORIES, type MentorCategory } from '../config/LearningTypes.js';
import { learningDb } from '../LearningTables.js';
import { hasActiveMentor, profileOf } from './candidates.js';
import { recommendationText } from './recommendationText.js';
import { recommendFor } from './recommendFor.js';

const isCategory = (value: unknown): value is MentorCategory =>
  typeof value === 'string' && (MENTOR_CATEGORIES as readonly string[]).includes(value);

/**
 * `/mentor find [category]`: the member joins the waiting list of the next assignment (with
 * a preferred category, or none) and sees the mentors who suit them now.
 */
export const findSubcommand: LearningSubcommand = async (interaction, ctx) => {
  const { guildId } = interaction;
  const { userId, options } = interaction.payload;
  if ((await profileOf(ctx, guildId, userId)) === undefined) {
    return privately('Set your learner profile first with `/learn profile`: mentors are matched on it.');
  }
  if (await hasActiveMentor(ctx, guildId, userId)) {
    return privately('You have a mentor already (`/mentor status`). End that mentorship first to look for another.');
  }
  const category = isCategory(options.category) ? options.category : null;
  if (category !== null && !ctx.config.mentors.categories.includes(category)) {
    return privately('This community does not offer that kind of mentor.');
  }
  await learningDb(ctx.db)
    .updateTable('learning_profiles')
    .set({ seeking_mentor: 1, mentor_category: category, updated_at: ctx.clock.now() })
    .where('guild_id', '=', guildId)
    .where('user_id', '=', userId)
    .execute();
  const recommendations = await recommendFor(ctx, guildId, userId, 5);
  const intro =
    'You are on the waiting list: the next mentor assignment matches you with the best mentor it can (every waiting mentee considered together).';
  const next =
    recommendations.ranked.length > 0
      ? 'Mentors who suit you now (ask one directly with `/mentor request`):'
      : 'Nobody suits you well enough yet:';
  return privately(`${intro}\n${next}\n${recommendationText(ctx, recommendations)}`);
};

function privately(content: string) {
  return { content, ephemeral: true };
}
