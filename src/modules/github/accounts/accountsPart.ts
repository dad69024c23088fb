import type { GithubPart } from '../GithubPart.js';
import { githubCommand } from './commands/githubCommand.js';
import { verifyButton } from './commands/verifyButton.js';
import { onDelivery } from './credits/onDelivery.js';
import { accountsRoute } from './http/accountsRoute.js';

/**
 * The accounts part of the github module: `/github link` (a one-time code the member puts on
 * GitHub, checked with the Verify button), `unlink`, `whois`, staff `link-member`; credits on
 * `github.delivery_received` with a thank-you on merge; `GET /api/github/accounts`.
 */
export const accountsPart: GithubPart = {
  on: { 'github.delivery_received': onDelivery },
  commands: [githubCommand],
  components: [verifyButton],
  routes: [accountsRoute],
};
