// The contests part's events: payload types (merged into core's EventPayloads) and a summary each;
// `challengesEvents` joins the parts' definitions. No member-written text in payloads (entry
// titles, links and descriptions stay in challenges_entries, which erase reaches).
import type { EventDefinition } from '../../../core/defineEvents.js';

declare module '../../../core/DomainEvent.js' {
  interface EventPayloads {
    /** A challenge was announced and opened its submissions (`byUserId`: staff who started it, else null). */
    'challenges.challenge_opened': {
      contestId: string;
      level: string;
      submissionsCloseAt: number;
      byUserId: string | null;
    };
    /** A member submitted an entry. */
    'challenges.entry_submitted': { contestId: string; entryNumber: number; userId: string };
    /** A member voted for an entry (or moved their vote to it). */
    'challenges.vote_cast': { contestId: string; entryNumber: number; userId: string; changed: boolean };
    /** A judge scored an entry (1–10). */
    'challenges.judged': { contestId: string; entryNumber: number; judgeId: string; score: number };
    /** Voting closed and the results were announced. */
    'challenges.winners_announced': {
      contestId: string;
      winnerId: string | null;
      runnerUpId: string | null;
      entries: number;
      votes: number;
    };
  }
}

/** A summary line for each of the part's event types. */
export const contestsEvents: {
  [
    T in
      | 'challenges.challenge_opened'
      | 'challenges.entry_submitted'
      | 'challenges.vote_cast'
      | 'challenges.judged'
      | 'challenges.winners_announced'
  ]: EventDefinition<T>;
} = {
  'challenges.challenge_opened': { summary: (p) => `Challenge ${p.contestId} opened (${p.level})` },
  'challenges.entry_submitted': {
    summary: (p, n) => `${n.user(p.userId)} submitted entry #${p.entryNumber} to challenge ${p.contestId}`,
  },
  'challenges.vote_cast': {
    summary: (p, n) =>
      `${n.user(p.userId)} ${p.changed ? 'moved their vote to' : 'voted for'} entry #${p.entryNumber} (${p.contestId})`,
  },
  'challenges.judged': {
    summary: (p, n) => `${n.user(p.judgeId)} scored entry #${p.entryNumber} of ${p.contestId}: ${p.score}/10`,
  },
  'challenges.winners_announced': {
    summary: (p, n) =>
      p.winnerId === null
        ? `Challenge ${p.contestId} closed without entries`
        : `Challenge ${p.contestId} won by ${n.user(p.winnerId)} (${p.entries} entries, ${p.votes} votes)`,
  },
};
