/** What a member says about a journey session with its prompt's buttons. */
export const SESSION_ANSWERS = ['met', 'mentor_absent', 'mentee_absent', 'skip'] as const;
export type SessionAnswer = (typeof SESSION_ANSWERS)[number];

/** Prefix of a session prompt's buttons: `learning:session:<sessionId>:<answer>`. */
export const SESSION_BUTTON_PREFIX = 'learning:session:';

/**
 * The custom id of a session prompt's button.
 * @param sessionId - the session
 * @param answer - what the button records
 */
export function sessionButtonId(sessionId: string, answer: SessionAnswer): string {
  return `${SESSION_BUTTON_PREFIX}${sessionId}:${answer}`;
}

/**
 * The session and answer of a prompt button's custom id, or null when it is not one. The
 * answer is after the last colon, so a session id may hold colons.
 * @param customId - a component's custom id
 */
export function parseSessionButtonId(customId: string): { sessionId: string; answer: SessionAnswer } | null {
  if (!customId.startsWith(SESSION_BUTTON_PREFIX)) return null;
  const rest = customId.slice(SESSION_BUTTON_PREFIX.length);
  const cut = rest.lastIndexOf(':');
  if (cut <= 0) return null;
  const answer = SESSION_ANSWERS.find((a) => a === rest.slice(cut + 1));
  return answer === undefined ? null : { sessionId: rest.slice(0, cut), answer };
}
