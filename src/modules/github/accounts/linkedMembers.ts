import type { GithubContext } from '../GithubContext.js';
import { accountsDb } from './accountsTables.js';

/**
 * The Discord members behind GitHub logins: verified links, then `accounts.mentionMapping`.
 * Used to mention people in notices and to credit them.
 * @param ctx - module context
 * @param guildId - the guild
 * @param logins - GitHub logins (case-insensitive)
 * @returns lower-cased login → Discord user id, for the logins that have one
 */
export const discordIdsFor: (
  ctx: GithubContext,
  guildId: string,
  logins: readonly string[],
) => Promise<Map<string, string>> = async (ctx, guildId, logins) => {
  const wanted = [...new Set(logins.map((l) => l.toLowerCase()))];
  const found = new Map<string, string>();
  if (wanted.length === 0) return found;
  const rows = await accountsDb(ctx.db)
    .selectFrom('github_links')
    .select(['login', 'user_id'])
    .where('guild_id', '=', guildId)
    .where('login', 'in', wanted)
    .execute();
  for (const row of rows) found.set(row.login, row.user_id);
  const mapping = new Map(
    Object.entries(ctx.config.accounts.mentionMapping).map(([login, id]) => [login.toLowerCase(), id] as const),
  );
  for (const login of wanted) {
    const mapped = mapping.get(login);
    if (!found.has(login) && mapped !== undefined) found.set(login, mapped);
  }
  return found;
};
