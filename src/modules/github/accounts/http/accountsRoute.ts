import { defineRoute } from '../../../../core/defineRoute.js';
import type { GithubContext } from '../../GithubContext.js';
import { AccountList } from './AccountsApi.js';
import { listAccounts } from './listAccounts.js';

/** `GET /api/github/accounts`: linked members and their credits (member data: moderators). */
export const accountsRoute = defineRoute({
  method: 'GET',
  path: '/accounts',
  access: 'moderator',
  summary:
    'Members linked to GitHub accounts (login, how and when linked, credits by kind), credit totals by kind, verifications in progress',
  response: AccountList,
  handle: async ({ guildId }, ctx: GithubContext) => ({ status: 200, body: await listAccounts(ctx, guildId) }),
});
