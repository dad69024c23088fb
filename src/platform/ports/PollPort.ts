import type { PollResults } from '../types/Poll.js';

/**
 * Native polls, on platforms that have them (a message sent with `poll` posts one): reading
 * their counts and ending them early. Not part of every {@link Platform}: check with
 * {@link hasNativePolls} and fall back to buttons where it is missing. Both calls read or
 * end a poll the bot posted and are safe to repeat (call them on `platformNow`).
 */
export interface PollPort {
  /**
   * The counts of a poll so far (final once it has ended).
   * @param channelId - the channel of the poll's message
   * @param messageId - the poll's message
   * @throws NotFound (`message`) when it is gone; InvalidRequest when it holds no poll
   * @see https://discord.com/developers/docs/resources/message#get-channel-message
   */
  fetchPollResults(channelId: string, messageId: string): Promise<PollResults>;

  /**
   * Ends a poll now (Discord's End Poll) and answers its final counts; a poll that has
   * already ended answers its counts.
   * @param channelId - the channel of the poll's message
   * @param messageId - the poll's message
   * @throws NotFound (`message`) when it is gone; InvalidRequest when it holds no poll
   * @see https://discord.com/developers/docs/resources/poll#end-poll
   */
  endPoll(channelId: string, messageId: string): Promise<PollResults>;
}

/**
 * Whether a platform posts native polls (implements {@link PollPort}).
 * @param platform - any platform object
 */
export function hasNativePolls<P extends object>(platform: P): platform is P & PollPort {
  const candidate = platform as Partial<PollPort>;
  return typeof candidate.fetchPollResults === 'function' && typeof candidate.endPoll === 'function';
}
