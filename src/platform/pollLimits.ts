import { InvalidRequest } from './PlatformError.js';
import type { OutgoingPoll } from './types/Poll.js';

/**
 * Discord's limits on a native poll.
 * @see https://discord.com/developers/docs/resources/poll#poll-create-request-object
 */
export const POLL_LIMITS = {
  /** Characters of the question. */
  question: 300,
  /** Most answers. */
  answers: 10,
  /** Characters of one answer. */
  answerText: 55,
  /** Shortest duration, hours. */
  minHours: 1,
  /** Longest duration, hours (32 days). */
  maxHours: 768,
} as const;

/**
 * The first way a poll breaks Discord's limits, or null when it is within them.
 * @param poll - the poll
 */
export function pollProblem(poll: OutgoingPoll): string | null {
  const question = poll.question.trim();
  if (question === '') return 'a poll needs a question';
  if (question.length > POLL_LIMITS.question) {
    return `the question is ${question.length} characters; Discord allows ${POLL_LIMITS.question}`;
  }
  if (poll.answers.length < 1 || poll.answers.length > POLL_LIMITS.answers) {
    return `a poll has 1 to ${POLL_LIMITS.answers} answers (${poll.answers.length} given)`;
  }
  for (const answer of poll.answers) {
    if (answer.trim() === '') return 'an answer is empty';
    if (answer.length > POLL_LIMITS.answerText) {
      return `the answer “${answer.slice(0, 20)}…” is ${answer.length} characters; Discord allows ${POLL_LIMITS.answerText}`;
    }
  }
  if (
    !Number.isInteger(poll.durationHours) ||
    poll.durationHours < POLL_LIMITS.minHours ||
    poll.durationHours > POLL_LIMITS.maxHours
  ) {
    return `a poll lasts ${POLL_LIMITS.minHours} to ${POLL_LIMITS.maxHours} whole hours (${poll.durationHours} given)`;
  }
  return null;
}

/**
 * Checks a poll against Discord's limits before anything is sent.
 * @param poll - the poll
 * @throws InvalidRequest naming the first limit broken
 * @see https://discord.com/developers/docs/resources/poll#poll-create-request-object
 */
export function assertPollWithinLimits(poll: OutgoingPoll): void {
  const problem = pollProblem(poll);
  if (problem !== null) throw new InvalidRequest(problem);
}
