// The accounts part's events: payload types (merged into core's EventPayloads) and a summary each;
// `githubEvents` joins the parts' definitions. No member-written text in payloads: the login
// stays in github_links, which erase clears.
import type { EventDefinition } from '../../../core/defineEvents.js';
import type { LinkMethod } from './accountsTables.js';

declare module '../../../core/DomainEvent.js' {
  interface EventPayloads {
    /** A member's GitHub account was linked (their code found on GitHub, or by staff). */
    'github.account_linked': { userId: string; method: LinkMethod; by: string };
    /** A member's GitHub link was removed (by themself, or by staff when relinking the login). */
    'github.account_unlinked': { userId: string; by: string };
    /** A linked member was credited for a GitHub contribution (also sent as `contribution.recorded`). */
    'github.contribution_credited': {
      userId: string;
      kind: 'code_contribution' | 'code_review' | 'bug_reported';
      sourceId: string;
      deliveryId: string;
    };
  }
}

type AccountsEventType = 'github.account_linked' | 'github.account_unlinked' | 'github.contribution_credited';

const KIND_WORDS = {
  code_contribution: 'a merged pull request',
  code_review: 'a review',
  bug_reported: 'a bug report',
} as const;

/** A summary line for each of the part's event types. */
export const accountsEvents: { [T in AccountsEventType]: EventDefinition<T> } = {
  'github.account_linked': {
    summary: (p, n) =>
      p.method === 'staff'
        ? `${n.user(p.by)} linked a GitHub account to ${n.user(p.userId)}`
        : `${n.user(p.userId)} linked their GitHub account`,
  },
  'github.account_unlinked': {
    summary: (p, n) => `${n.user(p.userId)}'s GitHub account was unlinked`,
  },
  'github.contribution_credited': {
    summary: (p, n) => `${n.user(p.userId)} was credited for ${KIND_WORDS[p.kind]} on GitHub`,
  },
};
