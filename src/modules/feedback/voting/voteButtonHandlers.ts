import type { ComponentHandler } from '../../../core/defineModule.js';
import { FEEDBACK_CUSTOM_IDS, feedbackCustomIdArgs } from '../cards/feedbackCustomIds.js';
import type { FeedbackContext } from '../FeedbackContext.js';
import { FeedbackItems } from '../store/FeedbackItems.js';
import { castVote } from './castVote.js';

function voteButton(prefix: string, pressed: 1 | -1): ComponentHandler<FeedbackContext> {
  return {
    customIdPrefix: prefix,
    async handle(interaction, ctx) {
      const args = feedbackCustomIdArgs(interaction.payload.customId, prefix);
      if (args === null || args.length !== 1 || interaction.type !== 'interaction.button') {
        return privately('This button is not valid.');
      }
      const item = await new FeedbackItems(ctx.db).get(interaction.guildId, args[0] ?? '');
      if (item === undefined) return privately('This item no longer exists.');
      const { userId, interactionId } = interaction.payload;
      const outcome = await castVote(ctx, item, userId, pressed, interactionId);
      if (!outcome.ok) return privately(outcome.reason);
      const counts = `👍 ${outcome.item.up_votes} · 👎 ${outcome.item.down_votes}`;
      if (outcome.value === 0) return privately(`Your vote on #${item.number} is withdrawn (${counts}).`);
      const verb = outcome.previous === 0 ? 'Voted' : 'Vote changed to';
      return privately(
        `${verb} ${outcome.value > 0 ? '👍' : '👎'} on #${item.number} (${counts}). You follow it: you will be told when its status changes.`,
      );
    },
  };
}

/** The 👍 button of an item's card (`feedback:up:<itemId>`). */
export const upVoteButtonHandler = voteButton(FEEDBACK_CUSTOM_IDS.up, 1);

/** The 👎 button of an item's card (`feedback:down:<itemId>`). */
export const downVoteButtonHandler = voteButton(FEEDBACK_CUSTOM_IDS.down, -1);

function privately(content: string) {
  return { content, ephemeral: true };
}
