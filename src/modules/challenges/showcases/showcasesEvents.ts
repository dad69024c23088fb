// The showcases part's events: payload types (merged into core's EventPayloads) and a summary each;
// `challengesEvents` joins the parts' definitions. No member-written text in payloads (reasons
// and links stay in the showcase tables, which erase reaches).
import type { EventDefinition } from '../../../core/defineEvents.js';

declare module '../../../core/DomainEvent.js' {
  interface EventPayloads {
    /** A month's showcase opened its nominations (`byUserId`: staff who opened it early, else null). */
    'challenges.showcase_opened': { month: string; categories: number; byUserId: string | null };
    /** A member nominated someone (or their own project) in a category. */
    'challenges.nominated': { month: string; category: string; nominatorId: string; nomineeId: string };
    /** A member voted (or changed their vote) in a category. */
    'challenges.showcase_vote_cast': {
      month: string;
      category: string;
      voterId: string;
      nomineeId: string;
      changed: boolean;
    };
    /** A category's winner of a month was announced. */
    'challenges.showcase_awarded': {
      month: string;
      category: string;
      winnerId: string;
      votes: number;
      decidedBy: 'votes' | 'staff';
    };
  }
}

type ShowcaseEventType =
  | 'challenges.showcase_opened'
  | 'challenges.nominated'
  | 'challenges.showcase_vote_cast'
  | 'challenges.showcase_awarded';

/** A summary line for each of the part's event types. */
export const showcasesEvents: { [T in ShowcaseEventType]: EventDefinition<T> } = {
  'challenges.showcase_opened': {
    summary: (p, n) =>
      `Showcase ${p.month} opened for nominations (${p.categories} categories)${p.byUserId === null ? '' : ` by ${n.user(p.byUserId)}`}`,
  },
  'challenges.nominated': {
    summary: (p, n) => `${n.user(p.nominatorId)} nominated ${n.user(p.nomineeId)} (${p.category}, ${p.month})`,
  },
  'challenges.showcase_vote_cast': {
    summary: (p, n) =>
      `${n.user(p.voterId)} ${p.changed ? 'changed their vote' : 'voted'} in ${p.category} (${p.month})`,
  },
  'challenges.showcase_awarded': {
    summary: (p, n) => `${n.user(p.winnerId)} won ${p.category} for ${p.month} (${p.votes} votes, ${p.decidedBy})`,
  },
};
