import { parseDuration } from '../../../config/Duration.js';
import { POLL_LIMITS } from '../../../platform/Platform.js';

const HOUR_MS = 3_600_000;

/** A `/poll` checked against Discord's poll limits. */
export interface PollInput {
  question: string;
  answers: string[];
  /** Whole hours, 1–768 (a shorter duration is rounded up to the hour). */
  durationHours: number;
  multiselect: boolean;
}

/** Fewest answers a poll offers. */
export const POLL_MIN_ANSWERS = 2;

/**
 * Reads `/poll`'s options: answers split on `;` or `|`, each trimmed (empty ones dropped);
 * a duration such as `2h` or `3d` (default `feedback.polls.duration`) rounded up to whole
 * hours, as Discord's polls last. Answers the refusal when something breaks the limits.
 * @param options - question, answers, duration, multiselect as given
 * @param defaultDurationMs - `feedback.polls.duration`
 * @see https://discord.com/developers/docs/resources/poll#poll-create-request-object
 */
export function readPollInput(
  options: { question?: unknown; answers?: unknown; duration?: unknown; multiselect?: unknown },
  defaultDurationMs: number,
): PollInput | { refusal: string } {
  const question = typeof options.question === 'string' ? options.question.trim() : '';
  if (question === '') return { refusal: 'The poll needs a question.' };
  if (question.length > POLL_LIMITS.question) {
    return { refusal: `The question is ${question.length} characters; Discord allows ${POLL_LIMITS.question}.` };
  }
  const answers = (typeof options.answers === 'string' ? options.answers : '')
    .split(/[;|]/)
    .map((a) => a.trim())
    .filter((a) => a !== '');
  if (answers.length < POLL_MIN_ANSWERS || answers.length > POLL_LIMITS.answers) {
    return {
      refusal: `Give ${POLL_MIN_ANSWERS} to ${POLL_LIMITS.answers} answers separated by ; or | (${answers.length} given).`,
    };
  }
  const long = answers.find((a) => a.length > POLL_LIMITS.answerText);
  if (long !== undefined) {
    return {
      refusal: `The answer “${long.slice(0, 30)}…” is ${long.length} characters; Discord allows ${POLL_LIMITS.answerText}.`,
    };
  }
  if (new Set(answers.map((a) => a.toLowerCase())).size !== answers.length) {
    return { refusal: 'Two answers are the same.' };
  }
  const durationMs = typeof options.duration === 'string' ? parseDuration(options.duration) : defaultDurationMs;
  const hours = durationMs === null ? Number.NaN : Math.ceil(durationMs / HOUR_MS);
  if (!(hours >= POLL_LIMITS.minHours && hours <= POLL_LIMITS.maxHours)) {
    return { refusal: 'The duration must be from 1h to 32d (768h), such as "2h", "24h" or "7d".' };
  }
  return { question, answers, durationHours: hours, multiselect: options.multiselect === true };
}
