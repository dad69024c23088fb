import { hasNativePolls } from '../../../platform/Platform.js';
import { feedbackDb } from '../FeedbackTables.js';
import type { FeedbackContext } from '../FeedbackContext.js';
import { closePollJob } from './closePoll.js';
import { buttonPollMessage } from './pollCard.js';
import type { PollInput } from './pollInput.js';
import type { PollRow } from './pollStore.js';

const HOUR_MS = 3_600_000;

/**
 * Opens a poll: a Discord native poll where the platform has them, else a message with a
 * button per answer; stores it, schedules its close job at the end and emits
 * `feedback.poll_opened`.
 * @param ctx - module context
 * @param guildId - the guild
 * @param pollId - stable id (the interaction's)
 * @param channelId - where to post
 * @param input - question, answers, duration, multiselect (within Discord's limits)
 * @param openedBy - the staff member
 */
export async function openPoll(
  ctx: FeedbackContext,
  guildId: string,
  pollId: string,
  channelId: string,
  input: PollInput,
  openedBy: string,
): Promise<PollRow> {
  const now = ctx.clock.now();
  const closesAt = now + input.durationHours * HOUR_MS;
  const native = hasNativePolls(ctx.platformNow);
  const nonce = `feedback:poll:${guildId}:${pollId}`;
  const sent = native
    ? await ctx.platformNow.sendMessage(channelId, {
        poll: {
          question: input.question,
          answers: input.answers,
          durationHours: input.durationHours,
          allowMultiselect: input.multiselect,
        },
        nonce,
      })
    : await ctx.platformNow.sendMessage(channelId, {
        ...buttonPollMessage({ id: pollId, ...input, closesAt }),
        nonce,
      });
  const poll: PollRow = {
    guild_id: guildId,
    id: pollId,
    question: input.question,
    answers: JSON.stringify(input.answers),
    channel_id: channelId,
    message_id: sent.id,
    native: native ? 1 : 0,
    opened_by: openedBy,
    opened_at: now,
    closes_at: closesAt,
    closed_at: null,
    results: null,
  };
  await feedbackDb(ctx.db).insertInto('feedback_polls').values(poll).execute();
  await ctx.schedule(closePollJob, { key: `poll-close:${pollId}`, runAt: closesAt, payload: { guildId, pollId } });
  await ctx.emit(
    'feedback.poll_opened',
    { pollId, channelId, native, answers: input.answers.length },
    { key: `poll-opened:${pollId}`, guildId },
  );
  return poll;
}
