import type { GithubContext } from '../GithubContext.js';

/**
 * The Discord members behind GitHub logins: verified links, then `accounts.mentionMapping`.
 * Used to mention people in notices and to credit them. (Accounts part; placeholder until built.)
 * @param ctx - module context
 * @param guildId - the guild
 * @param logins - GitHub logins (case-insensitive)
 * @returns lower-cased login → Discord user id, for the logins that have one
 */
export const discordIdsFor: (
  ctx: GithubContext,
  guildId: string,
  logins: readonly string[],
) => Promise<Map<string, string>> = () => Promise.resolve(new Map<string, string>());
