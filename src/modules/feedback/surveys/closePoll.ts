import { z } from 'zod';
import { defineJob } from '../../../core/defineJob.js';
import { hasNativePolls } from '../../../platform/Platform.js';
import { feedbackDb } from '../FeedbackTables.js';
import type { FeedbackContext } from '../FeedbackContext.js';
import { pollResultMessage } from './pollCard.js';
import { findPoll, pollAnswers, type PollRow } from './pollStore.js';

/** The votes per answer: Discord's counts for a native poll, else the stored button votes. */
async function finalCounts(ctx: FeedbackContext, poll: PollRow, answers: number): Promise<number[]> {
  if (poll.native === 1 && poll.message_id !== null && hasNativePolls(ctx.platformNow)) {
    const results = await ctx.platformNow.endPoll(poll.channel_id, poll.message_id);
    return Array.from({ length: answers }, (_, i) => results.counts[i] ?? 0);
  }
  const votes = await feedbackDb(ctx.db)
    .selectFrom('feedback_poll_votes')
    .select('answer')
    .where('guild_id', '=', poll.guild_id)
    .where('poll_id', '=', poll.id)
    .execute();
  return Array.from({ length: answers }, (_, i) => votes.filter((v) => v.answer === i).length);
}

/**
 * Closes a poll: reads the final counts (ending a native poll on Discord), stores them,
 * removes the answer buttons, posts the result in the poll's channel and emits
 * `feedback.poll_closed`. Nothing when it is unknown or already closed.
 * @param ctx - module context
 * @param guildId - the guild
 * @param pollId - the poll
 * @returns the counts per answer, or null when nothing was closed
 */
export async function closePoll(ctx: FeedbackContext, guildId: string, pollId: string): Promise<number[] | null> {
  const poll = await findPoll(ctx, guildId, pollId);
  if (poll === null || poll.closed_at !== null) return null;
  const answers = pollAnswers(poll);
  const counts = await finalCounts(ctx, poll, answers.length);
  await feedbackDb(ctx.db)
    .updateTable('feedback_polls')
    .set({ closed_at: ctx.clock.now(), results: JSON.stringify(counts) })
    .where('guild_id', '=', guildId)
    .where('id', '=', pollId)
    .execute();
  if (poll.native === 0 && poll.message_id !== null) {
    await ctx.platform.editMessage(poll.channel_id, poll.message_id, {
      content: `📊 **${poll.question}** (closed)`,
      components: [],
    });
  }
  await ctx.platform.sendMessage(poll.channel_id, pollResultMessage(poll.question, answers, counts));
  await ctx.emit('feedback.poll_closed', { pollId, counts }, { key: `poll-closed:${pollId}`, guildId });
  return counts;
}

/** Closes a poll at its end: final counts stored and posted, `feedback.poll_closed`. */
export const closePollJob = defineJob({
  name: 'poll-close',
  payload: z.object({ guildId: z.string(), pollId: z.string() }),
  async run(payload, ctx: FeedbackContext) {
    await closePoll(ctx, payload.guildId, payload.pollId);
  },
});
