// The library part's events: payload types (merged into core's EventPayloads) and a summary each;
// `tutorialsEvents` joins the parts' definitions. No member-written text in payloads.
import type { EventDefinition } from '../../../core/defineEvents.js';

declare module '../../../core/DomainEvent.js' {
  interface EventPayloads {
    /** A tutorial entered the library (from `/tutorial submit` or a member's own forum post). */
    'tutorials.submitted': {
      tutorialId: string;
      number: number;
      authorId: string;
      category: string;
      level: string;
      format: string;
      source: 'command' | 'forum';
    };
    /** A member rated a tutorial (or changed their rating). */
    'tutorials.rated': { tutorialId: string; userId: string; rating: number; ratings: number; mean: number };
    /** A member marked a tutorial complete. */
    'tutorials.completed': { tutorialId: string; userId: string; completions: number };
    /** An expert reviewed a tutorial. */
    'tutorials.reviewed': { tutorialId: string; reviewerId: string; verdict: 'approved' | 'changes_requested' };
  }
}

/** The library part's event types. */
export type LibraryEventType = 'tutorials.submitted' | 'tutorials.rated' | 'tutorials.completed' | 'tutorials.reviewed';

/** A summary line for each of the part's event types. */
export const libraryEvents: { [T in LibraryEventType]: EventDefinition<T> } = {
  'tutorials.submitted': {
    summary: (p, n) =>
      `tutorial #${p.number} submitted by ${n.user(p.authorId)} (${p.category}, ${p.level}, ${p.format})`,
  },
  'tutorials.rated': {
    summary: (p, n) => `${n.user(p.userId)} rated a tutorial ${p.rating}/5 (mean ${p.mean.toFixed(1)})`,
  },
  'tutorials.completed': {
    summary: (p, n) => `${n.user(p.userId)} completed a tutorial (${p.completions} completions)`,
  },
  'tutorials.reviewed': {
    summary: (p, n) =>
      `${n.user(p.reviewerId)} ${p.verdict === 'approved' ? 'approved' : 'requested changes to'} a tutorial`,
  },
};
