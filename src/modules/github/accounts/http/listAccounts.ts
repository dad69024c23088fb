import type { GithubContext } from '../../GithubContext.js';
import { accountsDb } from '../accountsTables.js';
import type { AccountList, CreditCounts } from './AccountsApi.js';

const zero = (): CreditCounts => ({ code_contribution: 0, code_review: 0, bug_reported: 0 });

function add(counts: CreditCounts, kind: string, n: number): void {
  if (kind === 'code_contribution' || kind === 'code_review' || kind === 'bug_reported') counts[kind] += n;
}

/**
 * The linked members, newest link first, with their credits by kind, and the totals.
 * @param ctx - module context
 * @param guildId - the guild
 */
export async function listAccounts(ctx: GithubContext, guildId: string): Promise<AccountList> {
  const db = accountsDb(ctx.db);
  const links = await db
    .selectFrom('github_links')
    .selectAll()
    .where('guild_id', '=', guildId)
    .orderBy('linked_at', 'desc')
    .orderBy('user_id')
    .execute();
  const credits = await db
    .selectFrom('github_credits')
    .select(['user_id', 'kind', (eb) => eb.fn.countAll<string | number>().as('n')])
    .where('guild_id', '=', guildId)
    .groupBy(['user_id', 'kind'])
    .execute();
  const pending = await db
    .selectFrom('github_link_codes')
    .select((eb) => eb.fn.countAll<string | number>().as('n'))
    .where('guild_id', '=', guildId)
    .where('expires_at', '>', ctx.clock.now())
    .executeTakeFirst();
  const names = await ctx.members.names(
    guildId,
    links.map((l) => l.user_id),
  );
  const byMember = new Map<string, CreditCounts>();
  const totals = zero();
  for (const row of credits) {
    const counts = byMember.get(row.user_id) ?? zero();
    add(counts, row.kind, Number(row.n));
    byMember.set(row.user_id, counts);
    add(totals, row.kind, Number(row.n));
  }
  return {
    accounts: links.map((link) => ({
      userId: link.user_id,
      name: names.get(link.user_id) ?? null,
      login: link.display_login,
      method: link.method,
      linkedAt: link.linked_at,
      credits: byMember.get(link.user_id) ?? zero(),
    })),
    totals,
    pendingVerifications: Number(pending?.n ?? 0),
    mappedLogins: Object.keys(ctx.config.accounts.mentionMapping).length,
  };
}
