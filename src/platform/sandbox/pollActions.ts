import { UserError } from '../../core/errors.js';
import { InvalidRequest } from '../PlatformError.js';
import type { OutgoingPoll, PollResults } from '../Platform.js';
import { requireMemberRow } from './memberQueries.js';
import { requireMessage } from './messageQueries.js';
import type { SandboxContext } from './SandboxContext.js';

const HOUR_MS = 3_600_000;

/** A sandbox poll as a test or the sandbox UI sees it. */
export interface SandboxPoll {
  messageId: string;
  channelId: string;
  question: string;
  answers: string[];
  allowMultiselect: boolean;
  expiresAt: number;
  finalized: boolean;
  /** Votes per answer. */
  counts: number[];
}

/** A member's vote on a sandbox poll. */
export interface PollVoteInput {
  userId: string;
  channelId: string;
  messageId: string;
  /** Answer indexes (from 0); empty removes the member's vote; more than one needs multiselect. */
  answers: number[];
}

/**
 * Stores the poll of a message the bot just posted (called by `sendMessage`).
 * @param ctx - sandbox context
 * @param channelId - the channel
 * @param messageId - the new message
 * @param poll - the poll, already checked against the limits
 */
export async function storePoll(
  ctx: SandboxContext,
  channelId: string,
  messageId: string,
  poll: OutgoingPoll,
): Promise<void> {
  await ctx.db
    .insertInto('sandbox_polls')
    .values({
      message_id: messageId,
      channel_id: channelId,
      question: poll.question,
      answers: JSON.stringify(poll.answers),
      allow_multiselect: poll.allowMultiselect === true ? 1 : 0,
      expires_at: ctx.clock.now() + poll.durationHours * HOUR_MS,
      finalized: 0,
    })
    .onConflict((oc) => oc.column('message_id').doNothing())
    .execute();
}

/**
 * A message's poll with its counts; a poll whose time has come is finalized on the way.
 * @throws SandboxNotFoundError for an unknown message; InvalidRequest when it holds no poll
 */
export async function getPoll(ctx: SandboxContext, channelId: string, messageId: string): Promise<SandboxPoll> {
  await requireMessage(ctx.db, channelId, messageId);
  const row = await ctx.db
    .selectFrom('sandbox_polls')
    .selectAll()
    .where('message_id', '=', messageId)
    .executeTakeFirst();
  if (row === undefined) throw new InvalidRequest('the message holds no poll');
  const expiresAt = row.expires_at;
  const finalized = row.finalized === 1 || expiresAt <= ctx.clock.now();
  if (finalized && row.finalized === 0) {
    await ctx.db.updateTable('sandbox_polls').set({ finalized: 1 }).where('message_id', '=', messageId).execute();
  }
  const answers = JSON.parse(row.answers) as string[];
  const votes = await ctx.db
    .selectFrom('sandbox_poll_votes')
    .select('answer')
    .where('message_id', '=', messageId)
    .execute();
  return {
    messageId,
    channelId,
    question: row.question,
    answers,
    allowMultiselect: row.allow_multiselect === 1,
    expiresAt,
    finalized,
    counts: answers.map((_, index) => votes.filter((v) => v.answer === index).length),
  };
}

/** A poll's counts (see `PollPort.fetchPollResults`). */
export async function fetchPollResults(
  ctx: SandboxContext,
  channelId: string,
  messageId: string,
): Promise<PollResults> {
  const poll = await getPoll(ctx, channelId, messageId);
  return { counts: poll.counts, finalized: poll.finalized };
}

/** Ends a poll now and answers its final counts (see `PollPort.endPoll`). */
export async function endPoll(ctx: SandboxContext, channelId: string, messageId: string): Promise<PollResults> {
  const poll = await getPoll(ctx, channelId, messageId);
  if (!poll.finalized) {
    await ctx.db
      .updateTable('sandbox_polls')
      .set({ finalized: 1, expires_at: ctx.clock.now() })
      .where('message_id', '=', messageId)
      .execute();
  }
  return { counts: poll.counts, finalized: true };
}

/**
 * A member votes on a poll as Discord's client lets them: replaces their vote with the
 * answers chosen (none: the vote is removed). No event: Guildhall reads the counts.
 * @throws UserError when the poll has ended, an answer does not exist, or several answers
 *   are chosen on a single-choice poll; SandboxNotFoundError for an unknown member or message
 */
export async function votePoll(ctx: SandboxContext, input: PollVoteInput): Promise<SandboxPoll> {
  await requireMemberRow(ctx.db, input.userId);
  const poll = await getPoll(ctx, input.channelId, input.messageId);
  if (poll.finalized) throw new UserError('this poll has ended');
  const chosen = [...new Set(input.answers)];
  if (chosen.some((a) => !Number.isInteger(a) || a < 0 || a >= poll.answers.length)) {
    throw new UserError(`this poll has answers 0 to ${poll.answers.length - 1}`);
  }
  if (chosen.length > 1 && !poll.allowMultiselect) throw new UserError('this poll takes one answer');
  await ctx.db
    .deleteFrom('sandbox_poll_votes')
    .where('message_id', '=', input.messageId)
    .where('user_id', '=', input.userId)
    .execute();
  const now = ctx.clock.now();
  if (chosen.length > 0) {
    await ctx.db
      .insertInto('sandbox_poll_votes')
      .values(chosen.map((answer) => ({ message_id: input.messageId, user_id: input.userId, answer, created_at: now })))
      .execute();
  }
  return getPoll(ctx, input.channelId, input.messageId);
}
