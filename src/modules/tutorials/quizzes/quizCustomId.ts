/** The prefix of an answer button: `tutorials:quiz:<attemptId>:<position>:<choice>`. */
export const ANSWER_PREFIX = 'tutorials:quiz:';

/** The prefix of a quiz card's "Take quiz" button: `tutorials:quiztake:<quizId>`. */
export const TAKE_PREFIX = 'tutorials:quiztake:';

/** What an answer button carries. */
export interface AnswerButton {
  attemptId: string;
  /** The question's position in the attempt (0-based). */
  position: number;
  /** The choice's index in the question's `choices`. */
  choice: number;
}

/**
 * The custom id of an answer button (under 100 characters: ids are snowflakes).
 * @param button - attempt, position and choice
 */
export function answerCustomId(button: AnswerButton): string {
  return `${ANSWER_PREFIX}${button.attemptId}:${button.position}:${button.choice}`;
}

/**
 * The answer a button carries, or null when the custom id is not one.
 * @param customId - a component's custom id
 */
export function parseAnswerCustomId(customId: string): AnswerButton | null {
  if (!customId.startsWith(ANSWER_PREFIX)) return null;
  const match = /^([0-9A-Za-z_-]{1,60}):(\d{1,2}):(\d)$/.exec(customId.slice(ANSWER_PREFIX.length));
  if (match === null) return null;
  const [, attemptId, position, choice] = match;
  if (attemptId === undefined || position === undefined || choice === undefined) return null;
  return { attemptId, position: Number(position), choice: Number(choice) };
}

/**
 * The custom id of a quiz card's "Take quiz" button.
 * @param quizId - the quiz
 */
export function takeCustomId(quizId: string): string {
  return `${TAKE_PREFIX}${quizId}`;
}

/**
 * The quiz a "Take quiz" button names, or null when the custom id is not one.
 * @param customId - a component's custom id
 */
export function parseTakeCustomId(customId: string): { quizId: string } | null {
  if (!customId.startsWith(TAKE_PREFIX)) return null;
  const quizId = customId.slice(TAKE_PREFIX.length);
  return /^[a-z][a-z0-9_]{0,39}$/.test(quizId) ? { quizId } : null;
}
