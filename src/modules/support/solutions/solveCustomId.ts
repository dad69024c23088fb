/** Every "Mark as solution" button's custom id starts with this (the component handler's prefix). */
export const SOLVE_PREFIX = 'support:solve:';

/** What a "Mark as solution" button marks: a question, and the solution message when it names one. */
export interface SolveAction {
  questionId: string;
  /** Null: the button marks the question solved without pointing at a message. */
  messageId: string | null;
}

/**
 * The custom id of a "Mark as solution" button: `support:solve:<questionId>:<messageId>`, or
 * `support:solve:<questionId>` to mark it solved without a message (ids are snowflakes: at
 * most 20 digits each, well within Discord's 100 characters).
 * @param questionId - the question (its thread id)
 * @param messageId - the message to mark as the solution, or null
 * @see https://discord.com/developers/docs/components/reference#anatomy-of-a-component-custom-id
 */
export function solveCustomId(questionId: string, messageId: string | null): string {
  return `${SOLVE_PREFIX}${questionId}${messageId === null ? '' : `:${messageId}`}`;
}

/**
 * Reads a "Mark as solution" button's custom id back.
 * @param customId - from the interaction
 * @returns null when it is not one
 */
export function parseSolveCustomId(customId: string): SolveAction | null {
  if (!customId.startsWith(SOLVE_PREFIX)) return null;
  const [questionId, messageId, ...rest] = customId.slice(SOLVE_PREFIX.length).split(':');
  if (questionId === undefined || questionId === '' || rest.length > 0) return null;
  return { questionId, messageId: messageId === undefined || messageId === '' ? null : messageId };
}
