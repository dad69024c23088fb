// The feedback module's events: payload types (merged into core's EventPayloads) and one
// summary line each. No member text in the log: titles and bodies stay in the feedback tables,
// which erase clears.
import { defineEvents } from '../../core/defineEvents.js';
import type { FeedbackStatus, FeedbackType, SentimentLabel, SurveyKind } from './config/FeedbackTypes.js';

declare module '../../core/DomainEvent.js' {
  interface EventPayloads {
    /** A feedback item was submitted (by `/feedback`, in an intake channel or forum, or the dashboard). */
    'feedback.submitted': {
      itemId: string;
      number: number;
      type: FeedbackType;
      source: 'command' | 'channel' | 'forum' | 'dashboard';
      authorId: string;
      channelId: string | null;
      sentiment: SentimentLabel;
      score: number;
    };
    /** An item was found critical (a keyword, or strongly negative) and moderators were alerted (once). */
    'feedback.critical': { itemId: string; number: number; reason: string };
    /** Staff changed an item's status. */
    'feedback.status_changed': { itemId: string; number: number; from: FeedbackStatus; to: FeedbackStatus; by: string };
    /** A duplicate was merged into another item (votes and followers moved). */
    'feedback.merged': { itemId: string; intoId: string; by: string; votesMoved: number };
    /** A member voted, changed or withdrew (value 0) their vote. */
    'feedback.voted': { itemId: string; userId: string; value: -1 | 0 | 1; previous: -1 | 0 | 1 };
    /** A member chose whether to be told of changes by DM. */
    'feedback.dm_preference': { userId: string; dm: boolean };
    /** A survey was posted. */
    'feedback.survey_opened': { surveyId: string; kind: SurveyKind; channelId: string; scheduleId: string | null };
    /** A member answered (or changed their answer to) a survey. */
    'feedback.survey_answered': { surveyId: string; kind: SurveyKind; userId: string; score: number };
    /**
     * A survey closed with its results: mean score, and for NPS the shares of promoters (9–10),
     * passives (7–8) and detractors (0–6) and the score (% promoters − % detractors).
     */
    'feedback.survey_closed': {
      surveyId: string;
      kind: SurveyKind;
      responses: number;
      mean: number | null;
      nps: number | null;
      promoters: number;
      passives: number;
      detractors: number;
    };
    /** A quick poll was posted (a Discord native poll where available). */
    'feedback.poll_opened': { pollId: string; channelId: string; native: boolean; answers: number };
    /** A poll ended; counts per answer, in order. */
    'feedback.poll_closed': { pollId: string; counts: number[] };
    /**
     * Messages scored on one UTC day (all channels): the share of positive interactions is the
     * health score's sentiment part. Emitted once per day for the day before (and again, with
     * the day's final counts, if late messages arrive).
     */
    'feedback.sentiment_daily': { date: string; positive: number; neutral: number; negative: number };
    /** The weekly report was made (and posted when a channel is set). */
    'feedback.report_posted': { week: string; items: number; posted: boolean };
  }
}

/** The feedback module's events. */
export const feedbackEvents = defineEvents('feedback', {
  'feedback.submitted': {
    summary: (p, n) => `${n.user(p.authorId)} submitted feedback #${p.number} (${p.type}, ${p.sentiment})`,
  },
  'feedback.critical': { summary: (p) => `Feedback #${p.number} flagged critical (${p.reason})` },
  'feedback.status_changed': {
    summary: (p, n) => `${n.user(p.by)} moved feedback #${p.number} from ${p.from} to ${p.to}`,
  },
  'feedback.merged': { summary: (p, n) => `${n.user(p.by)} merged a duplicate (${p.votesMoved} votes moved)` },
  'feedback.voted': {
    summary: (p, n) =>
      p.value === 0 ? `${n.user(p.userId)} withdrew a vote` : `${n.user(p.userId)} voted ${p.value > 0 ? '👍' : '👎'}`,
  },
  'feedback.dm_preference': {
    summary: (p, n) => `${n.user(p.userId)} ${p.dm ? 'allowed' : 'stopped'} feedback notices by DM`,
  },
  'feedback.survey_opened': {
    summary: (p, n) => `${p.kind === 'nps' ? 'NPS' : 'Satisfaction'} survey posted in ${n.channel(p.channelId)}`,
  },
  'feedback.survey_answered': { summary: (p, n) => `${n.user(p.userId)} answered a survey (${p.score})` },
  'feedback.survey_closed': {
    summary: (p) =>
      p.kind === 'nps'
        ? `NPS survey closed: ${p.responses} answers, NPS ${p.nps ?? 'n/a'}`
        : `Satisfaction survey closed: ${p.responses} answers, mean ${p.mean === null ? 'n/a' : p.mean.toFixed(1)}`,
  },
  'feedback.poll_opened': {
    summary: (p, n) => `Poll posted in ${n.channel(p.channelId)}${p.native ? ' (Discord poll)' : ''}`,
  },
  'feedback.poll_closed': { summary: (p) => `Poll closed: ${p.counts.reduce((a, b) => a + b, 0)} votes` },
  'feedback.sentiment_daily': {
    summary: (p) => `Sentiment on ${p.date}: ${p.positive} positive, ${p.neutral} neutral, ${p.negative} negative`,
  },
  'feedback.report_posted': { summary: (p) => `Weekly feedback report for ${p.week} (${p.items} items)` },
});
