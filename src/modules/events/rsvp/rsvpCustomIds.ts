import { createHash } from 'node:crypto';

/** Every RSVP button's custom id starts with this (the component handler's prefix). */
export const RSVP_PREFIX = 'events:rsvp:';

/** The answers a member gives with the buttons. */
export const RSVP_CHOICES = ['going', 'maybe', 'not_going'] as const;

/** One of {@link RSVP_CHOICES}. */
export type RsvpChoice = (typeof RSVP_CHOICES)[number];

/**
 * Discord's limit on a component's custom id.
 * @see https://discord.com/developers/docs/components/reference#anatomy-of-a-component-custom-id
 */
const CUSTOM_ID_LIMIT = 100;

/** Marks a short key (a digest of the event id) in place of an event id too long to carry. */
const SHORT_MARK = '~';

/** What an RSVP button says: the answer and which event (by id, or by short key). */
export type RsvpAction = { choice: RsvpChoice } & ({ eventId: string } | { shortKey: string });

/**
 * The short key of an event id: 22 base64url characters of its SHA-256, for ids that would
 * push a custom id over Discord's 100 characters (every id the module makes today fits:
 * `<series>:<date>` is at most 51).
 * @param eventId - the event id
 */
export function shortEventKey(eventId: string): string {
  return createHash('sha256').update(eventId).digest('base64url').slice(0, 22);
}

/**
 * The custom id of an RSVP button: `events:rsvp:<going|maybe|not_going>:<event id>`, or
 * `…:~<short key>` when the event id is too long for Discord's 100 characters.
 * @param choice - the answer the button gives
 * @param eventId - the event
 * @see https://discord.com/developers/docs/components/reference#anatomy-of-a-component-custom-id
 */
export function rsvpCustomId(choice: RsvpChoice, eventId: string): string {
  const full = `${RSVP_PREFIX}${choice}:${eventId}`;
  if (full.length <= CUSTOM_ID_LIMIT && !eventId.startsWith(SHORT_MARK)) return full;
  return `${RSVP_PREFIX}${choice}:${SHORT_MARK}${shortEventKey(eventId)}`;
}

/**
 * Reads an RSVP button's custom id back.
 * @param customId - from the interaction
 * @returns null when it is not an RSVP button's
 */
export function parseRsvpCustomId(customId: string): RsvpAction | null {
  if (!customId.startsWith(RSVP_PREFIX)) return null;
  const rest = customId.slice(RSVP_PREFIX.length);
  const colon = rest.indexOf(':');
  if (colon < 0) return null;
  const choice = RSVP_CHOICES.find((c) => c === rest.slice(0, colon));
  const target = rest.slice(colon + 1);
  if (choice === undefined || target === '') return null;
  if (target.startsWith(SHORT_MARK)) return { choice, shortKey: target.slice(SHORT_MARK.length) };
  return { choice, eventId: target };
}
