// The support module's events: payload types (merged into core's EventPayloads, so handlers
// anywhere, analytics included, see them typed without importing this module) and one
// summary line each. They are the facts analytics keeps for the support metrics.
import { defineEvents } from '../../core/defineEvents.js';

declare module '../../core/DomainEvent.js' {
  interface EventPayloads {
    /**
     * A question was asked: a post in a help forum or a thread in a help channel. (No title:
     * what members wrote stays in the support tables, which erase clears, not in the log.)
     */
    'support.question_opened': {
      questionId: string;
      channelId: string;
      askerId: string;
      tags: string[];
    };
    /**
     * A question got its first answer: the first message by a human who is not the asker
     * (CHAOSS time to first response; bots and the asker excluded).
     */
    'support.first_response': {
      questionId: string;
      responderId: string;
      answeredBy: 'community' | 'staff';
      /** ms from the question to this answer. */
      responseMs: number;
      tags: string[];
    };
    /** A solution was marked (by the asker, a helper or staff). */
    'support.solved': {
      questionId: string;
      askerId: string;
      /** The solution message, null when solved without pointing at one. */
      messageId: string | null;
      /** Who wrote the solution (null: none given, or the asker's own). */
      solutionAuthorId: string | null;
      markedBy: string;
      via: 'command' | 'context_menu' | 'button' | 'tag';
      /** ms from the question to the solution. */
      resolutionMs: number;
      /** Who answered first (null: nobody but the asker). */
      answeredBy: 'community' | 'staff' | null;
      tags: string[];
    };
    /** A solved question was reopened (solution unmarked). */
    'support.reopened': { questionId: string; by: string };
    /** An unanswered question moved to the next tier (or past the last: `overdue`). */
    'support.escalated': {
      questionId: string;
      tier: string;
      tierIndex: number;
      overdue: boolean;
      /** ms since the question was asked. */
      waitedMs: number;
    };
    /** The asker was reminded to mark a solution. */
    'support.nudged': { questionId: string; askerId: string };
    /** A message of the thread was suggested to the asker as the solution (never applied). */
    'support.solution_suggested': { questionId: string; messageId: string; authorId: string };
    /** An unsolved question went idle and was archived with a notice. */
    'support.dormant': { questionId: string; idleMs: number };
    /** A solved question was archived (and locked when configured). */
    'support.closed': { questionId: string; locked: boolean };
    /** Similar solved questions or FAQ entries were suggested in a new question. */
    'support.similar_suggested': { questionId: string; suggestedIds: string[] };
    /** A guide was posted in a guide forum and awaits peer review. */
    'support.guide_submitted': { articleId: string; authorId: string };
    /** A member reviewed a guide (criteria 1–5; `score` is their mean). */
    'support.guide_reviewed': { articleId: string; reviewerId: string; score: number; reviews: number };
    /** A guide passed peer review and got the verified tag. */
    'support.guide_verified': { articleId: string; authorId: string; reviews: number; score: number };
  }
}

const minutes = (ms: number): string =>
  ms < 3_600_000 ? `${Math.round(ms / 60_000)} min` : `${Math.round(ms / 360_000) / 10} h`;

/** The support module's events. */
export const supportEvents = defineEvents('support', {
  'support.question_opened': {
    summary: (p, n) => `${n.user(p.askerId)} asked a question in ${n.channel(p.channelId)}`,
  },
  'support.first_response': {
    summary: (p, n) => `${n.user(p.responderId)} answered first (${p.answeredBy}) after ${minutes(p.responseMs)}`,
  },
  'support.solved': {
    summary: (p, n) =>
      `Question solved${p.solutionAuthorId === null ? '' : ` by ${n.user(p.solutionAuthorId)}`} after ${minutes(p.resolutionMs)}`,
  },
  'support.reopened': { summary: (p, n) => `${n.user(p.by)} reopened a question` },
  'support.escalated': {
    summary: (p) => (p.overdue ? `Question overdue after ${minutes(p.waitedMs)}` : `Question escalated to ${p.tier}`),
  },
  'support.nudged': { summary: (p, n) => `${n.user(p.askerId)} reminded to mark a solution` },
  'support.solution_suggested': { summary: (p, n) => `A message by ${n.user(p.authorId)} suggested as the solution` },
  'support.dormant': { summary: (p) => `Question went dormant after ${minutes(p.idleMs)} idle` },
  'support.closed': { summary: (p) => `Solved question archived${p.locked ? ' and locked' : ''}` },
  'support.similar_suggested': { summary: (p) => `${p.suggestedIds.length} similar question(s) suggested` },
  'support.guide_submitted': { summary: (p, n) => `${n.user(p.authorId)} submitted a guide for review` },
  'support.guide_reviewed': { summary: (p, n) => `${n.user(p.reviewerId)} reviewed a guide (${p.score.toFixed(1)}/5)` },
  'support.guide_verified': { summary: (p) => `Guide verified after ${p.reviews} reviews (${p.score.toFixed(1)}/5)` },
});
