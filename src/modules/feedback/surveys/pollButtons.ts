import type { ComponentHandler } from '../../../core/defineModule.js';
import type { InteractionReply } from '../../../platform/Platform.js';
import { FEEDBACK_CUSTOM_IDS, feedbackCustomIdArgs } from '../cards/feedbackCustomIds.js';
import { feedbackDb } from '../FeedbackTables.js';
import type { FeedbackContext } from '../FeedbackContext.js';
import { findPoll, pollAnswers } from './pollStore.js';

const privately = (content: string): InteractionReply => ({ content, ephemeral: true });

/**
 * An answer button of a poll where there are no native polls (`feedback:poll:<pollId>:<n>`,
 * `…:<n>:m` for multiselect):
 * one answer per member, changed by another button (several with multiselect, each button
 * toggling its answer); the same button again withdraws it.
 */
export const pollButtonHandler: ComponentHandler<FeedbackContext> = {
  customIdPrefix: FEEDBACK_CUSTOM_IDS.poll,
  async handle(interaction, ctx) {
    const args = feedbackCustomIdArgs(interaction.payload.customId, FEEDBACK_CUSTOM_IDS.poll);
    if (interaction.type !== 'interaction.button' || args === null || args.length < 2 || args.length > 3) {
      return privately('This button is not valid.');
    }
    const poll = await findPoll(ctx, interaction.guildId, args[0] ?? '');
    if (poll === null) return privately('This poll no longer exists.');
    if (poll.closed_at !== null || ctx.clock.now() >= poll.closes_at) return privately('This poll has closed.');
    const answers = pollAnswers(poll);
    const answer = Number(args[1]);
    const text = answers[answer];
    if (!Number.isInteger(answer) || text === undefined) return privately('This button is not valid.');
    const db = feedbackDb(ctx.db);
    const mine = db
      .deleteFrom('feedback_poll_votes')
      .where('guild_id', '=', interaction.guildId)
      .where('poll_id', '=', poll.id)
      .where('user_id', '=', interaction.payload.userId);
    const had = await db
      .selectFrom('feedback_poll_votes')
      .select('answer')
      .where('guild_id', '=', interaction.guildId)
      .where('poll_id', '=', poll.id)
      .where('user_id', '=', interaction.payload.userId)
      .execute();
    // The feedback_polls table has no multiselect column: the buttons carry it (`…:<n>:m`).
    const multiselect = args[2] === 'm';
    if (had.some((v) => v.answer === answer)) {
      await mine.where('answer', '=', answer).execute();
      return privately(`Your vote for “${text}” is withdrawn.`);
    }
    if (!multiselect) await mine.execute();
    await db
      .insertInto('feedback_poll_votes')
      .values({
        guild_id: interaction.guildId,
        poll_id: poll.id,
        user_id: interaction.payload.userId,
        answer,
        voted_at: ctx.clock.now(),
      })
      .execute();
    const changed = !multiselect && had.length > 0;
    return privately(changed ? `Your vote is now “${text}”.` : `You voted “${text}”.`);
  },
};
