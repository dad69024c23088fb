import type { ComponentHandler } from '../../../core/defineModule.js';
import { FEEDBACK_CUSTOM_IDS, feedbackCustomIdArgs } from '../cards/feedbackCustomIds.js';
import type { FeedbackContext } from '../FeedbackContext.js';
import { FeedbackItems } from '../store/FeedbackItems.js';
import { followAnswer } from './followAnswer.js';
import { toggleFollow } from './toggleFollow.js';

/** The Follow button of an item's card (`feedback:follow:<itemId>`): follows, or stops following. */
export const followButtonHandler: ComponentHandler<FeedbackContext> = {
  customIdPrefix: FEEDBACK_CUSTOM_IDS.follow,
  async handle(interaction, ctx) {
    const args = feedbackCustomIdArgs(interaction.payload.customId, FEEDBACK_CUSTOM_IDS.follow);
    if (args === null || args.length !== 1) return { content: 'This button is not valid.', ephemeral: true };
    const item = await new FeedbackItems(ctx.db).get(interaction.guildId, args[0] ?? '');
    if (item === undefined) return { content: 'This item no longer exists.', ephemeral: true };
    const outcome = await toggleFollow(ctx, item, interaction.payload.userId);
    return { content: followAnswer(outcome), ephemeral: true };
  },
};
