import type { GithubDelivery } from '../../deliveries/GithubDelivery.js';
import type { AccountsConfig } from '../accountsConfig.js';
import { isBotActor } from '../githubLogin.js';
import type { GithubCreditKind } from './creditMember.js';

/** A contribution a delivery shows, before the login is matched to a member. */
export interface GithubFact {
  kind: GithubCreditKind;
  sourceId: string;
  login: string;
}

const REVIEW_STATES = new Set(['approved', 'changes_requested']);

/**
 * The contributions a delivery shows under the config (pure): a merged pull request (its
 * author), a submitted approving or changes-requesting review on someone else's pull request
 * (the reviewer), an issue opened or labelled with a bug label (its author). Bots earn nothing.
 * @param delivery - the normalised delivery
 * @param config - `github.accounts`
 */
export function factsOf(delivery: GithubDelivery, config: AccountsConfig): GithubFact[] {
  const subject = delivery.subject;
  if (subject === null) return [];
  switch (subject.kind) {
    case 'pull_request':
      if (!config.credits.mergedPullRequests || delivery.action !== 'closed' || !subject.merged) return [];
      if (isBotActor(subject.author)) return [];
      return [{ kind: 'code_contribution', sourceId: subject.url, login: subject.author.login }];
    case 'review': {
      if (!config.credits.reviews || delivery.action !== 'submitted') return [];
      if (!REVIEW_STATES.has(subject.state.toLowerCase()) || isBotActor(subject.reviewer)) return [];
      if (subject.reviewer.login.toLowerCase() === subject.pullAuthor.login.toLowerCase()) return [];
      return [{ kind: 'code_review', sourceId: subject.url, login: subject.reviewer.login }];
    }
    case 'issue': {
      if (!config.credits.bugReports || (delivery.action !== 'opened' && delivery.action !== 'labeled')) return [];
      const bug = new Set(config.bugLabels);
      if (!subject.labels.some((label) => bug.has(label.toLowerCase())) || isBotActor(subject.author)) return [];
      return [{ kind: 'bug_reported', sourceId: subject.url, login: subject.author.login }];
    }
    case 'release':
    case 'push':
    case 'other':
      return [];
  }
}
