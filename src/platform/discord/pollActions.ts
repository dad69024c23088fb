import { Routes } from 'discord.js';
import { z } from 'zod';
import { InvalidRequest } from '../PlatformError.js';
import type { PollResults } from '../Platform.js';
import type { PlatformRest } from './platformRest.js';

/** The part of a message object a poll's counts are read from. */
const pollMessage = z.object({
  poll: z
    .object({
      answers: z.array(z.object({ answer_id: z.number() })),
      results: z
        .object({
          is_finalized: z.boolean(),
          answer_counts: z.array(z.object({ id: z.number(), count: z.number() })),
        })
        .optional(),
    })
    .optional(),
});

/**
 * A poll message's counts in answer order. Discord numbers answers from 1 and leaves out
 * answers nobody chose (and may leave out `results` altogether): those count 0.
 * @param data - a message object
 * @throws InvalidRequest when the message holds no poll
 * @see https://discord.com/developers/docs/resources/poll#poll-results-object
 */
export function pollResultsOf(data: unknown): PollResults {
  const { poll } = pollMessage.parse(data);
  if (poll === undefined) throw new InvalidRequest('the message holds no poll');
  const counts = new Map((poll.results?.answer_counts ?? []).map((a) => [a.id, a.count]));
  return {
    counts: poll.answers.map((a) => counts.get(a.answer_id) ?? 0),
    finalized: poll.results?.is_finalized ?? false,
  };
}

/**
 * Reads a poll's counts (Get Channel Message).
 * @param rest - discord.js's REST client (typed errors, see platformRest)
 * @param channelId - the channel
 * @param messageId - the poll's message
 * @see https://discord.com/developers/docs/resources/message#get-channel-message
 */
export async function fetchPollResults(rest: PlatformRest, channelId: string, messageId: string): Promise<PollResults> {
  return pollResultsOf(await rest.get(Routes.channelMessage(channelId, messageId)));
}

/**
 * Ends a poll now (End Poll) and answers its counts, final once Discord has tallied them
 * (`finalized`, which can lag a moment: read again later if it is false). A poll that has
 * already ended is read instead (Discord refuses to end it twice).
 * @param rest - discord.js's REST client (typed errors, see platformRest)
 * @param channelId - the channel
 * @param messageId - the poll's message
 * @see https://discord.com/developers/docs/resources/poll#end-poll
 */
export async function endPoll(rest: PlatformRest, channelId: string, messageId: string): Promise<PollResults> {
  const current = await fetchPollResults(rest, channelId, messageId);
  if (current.finalized) return current;
  try {
    return pollResultsOf(await rest.post(Routes.expirePoll(channelId, messageId)));
  } catch (error) {
    // Ended meanwhile (its time came, or another request): Discord answers 520001 Poll expired (400).
    if (error instanceof InvalidRequest) return fetchPollResults(rest, channelId, messageId);
    throw error;
  }
}
