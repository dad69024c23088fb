/** Characters of a text that are scored: a Discord message's limit; longer feedback is cut. */
export const SCORED_CHARS = 2000;

// Discord markup that carries no sentiment of its own: user, role and channel mentions,
// custom emoji (kept by name), timestamps; and links, whose words are not the writer's.
const MENTION = /<(?:@[!&]?|#)\d+>/g;
const CUSTOM_EMOJI = /<a?:(\w+):\d+>/g;
const TIMESTAMP = /<t:-?\d+(?::[tTdDfFR])?>/g;
const LINK = /\bhttps?:\/\/\S+/gi;

/**
 * The part of a text that is scored: Discord mentions, timestamps and links removed, custom
 * emoji replaced by their name, at most {@link SCORED_CHARS} characters (cut at a space when
 * there is one near the end).
 * @param text - what a member wrote
 */
export function prepareText(text: string): string {
  const cut = text.length <= SCORED_CHARS ? text : cutAtSpace(text.slice(0, SCORED_CHARS));
  return cut.replace(MENTION, ' ').replace(TIMESTAMP, ' ').replace(CUSTOM_EMOJI, ' $1 ').replace(LINK, ' ').trim();
}

function cutAtSpace(text: string): string {
  const space = text.lastIndexOf(' ');
  return space > SCORED_CHARS - 200 ? text.slice(0, space) : text;
}
