/**
 * A link to a question's thread that works from any channel (and in the dashboard's copy).
 * @param guildId - the guild
 * @param questionId - the thread id
 */
export function questionLink(guildId: string, questionId: string): string {
  return `https://discord.com/channels/${guildId}/${questionId}`;
}

/**
 * A question's title made safe to show in a message: one line, no mention syntax, at most 100
 * characters.
 * @param title - the thread's name
 */
export function shownTitle(title: string): string {
  const flat = title
    .replace(/\s+/g, ' ')
    .replace(/[<@>*_`|~]/g, '')
    .trim();
  return flat.length <= 100 ? flat : `${flat.slice(0, 99)}…`;
}
