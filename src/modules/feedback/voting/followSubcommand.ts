import type { FeedbackSubcommand } from '../commands/FeedbackSubcommand.js';
import { boolOption, intOption } from '../lifecycle/commandOptions.js';
import { FeedbackItems } from '../store/FeedbackItems.js';
import { followAnswer } from './followAnswer.js';
import { toggleFollow } from './toggleFollow.js';

/** `/feedback follow item:<n> [stop:true]`: be told of an item’s changes, or stop. */
export const followSubcommand: FeedbackSubcommand = async (interaction, ctx) => {
  const number = intOption(interaction, 'item');
  if (number === null) return { content: 'Give an item number.', ephemeral: true };
  const item = await new FeedbackItems(ctx.db).byNumber(interaction.guildId, number);
  if (item === undefined) return { content: `There is no feedback item #${number}.`, ephemeral: true };
  const stop = boolOption(interaction, 'stop') === true;
  const outcome = await toggleFollow(ctx, item, interaction.payload.userId, !stop);
  return { content: followAnswer(outcome), ephemeral: true };
};
