/**
 * The Discord link of a thread (a question or an article).
 * @param guildId - the guild
 * @param threadId - the thread
 */
export function threadUrl(guildId: string, threadId: string): string {
  return `https://discord.com/channels/${guildId}/${threadId}`;
}
