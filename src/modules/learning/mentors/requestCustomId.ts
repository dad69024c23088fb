/** The prefix of a mentor request's buttons: `learning:request:<menteeId>-<mentorId>:accept|decline`. */
export const REQUEST_PREFIX = 'learning:request:';

/** What a mentor request's button says. */
export interface RequestButton {
  menteeId: string;
  mentorId: string;
  action: 'accept' | 'decline';
}

/**
 * The custom id of a request's button. The request lives in the id (no table): the pair is
 * checked again when the mentor answers.
 * @param menteeId - who asks
 * @param mentorId - whom they ask
 * @param action - accept or decline
 */
export function requestCustomId(menteeId: string, mentorId: string, action: RequestButton['action']): string {
  return `${REQUEST_PREFIX}${menteeId}-${mentorId}:${action}`;
}

/**
 * A request button's data, or null when the custom id is not one.
 * @param customId - a component's custom id
 */
export function parseRequestCustomId(customId: string): RequestButton | null {
  if (!customId.startsWith(REQUEST_PREFIX)) return null;
  const match = /^([0-9A-Za-z_]+)-([0-9A-Za-z_]+):(accept|decline)$/.exec(customId.slice(REQUEST_PREFIX.length));
  if (match === null) return null;
  const [, menteeId, mentorId, action] = match;
  if (menteeId === undefined || mentorId === undefined || (action !== 'accept' && action !== 'decline')) return null;
  return { menteeId, mentorId, action };
}
