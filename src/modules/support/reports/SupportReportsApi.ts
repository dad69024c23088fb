// The request and response schemas of the support dashboard API (/api/support/…). The
// dashboard's Support and Knowledge base pages read these shapes: keep them stable.
import { z } from 'zod';

/** A UTC calendar date, `YYYY-MM-DD`. */
export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD');

/** `?from&to`: questions asked on these UTC days (both included). */
export const SupportRangeQuery = z.object({
  from: IsoDate.optional().describe('First day (UTC, included). Default: 29 days before `to`.'),
  to: IsoDate.optional().describe('Last day (UTC, included). Default: today.'),
});
export type SupportRangeQuery = z.infer<typeof SupportRangeQuery>;

/** The resolved range of an answer. */
export const SupportRange = z.object({ from: IsoDate, to: IsoDate });

const Status = z.enum(['open', 'answered', 'solved', 'dormant']);
const AnsweredBy = z.enum(['community', 'staff']);

/** One open or answered-but-unsolved question in the queue. */
export const QueueEntry = z.object({
  id: z.string(),
  title: z.string(),
  tags: z.array(z.string()),
  askerId: z.string(),
  askerName: z.string(),
  status: z.enum(['open', 'answered']),
  /** Epoch ms. */
  askedAt: z.number(),
  /** now − askedAt, ms. */
  ageMs: z.number(),
  /** Index of the tier the question is at (may be the tiers' count once past the last). */
  tier: z.number().int(),
  /** The tier's name (the last tier's once past it); null without tiers. */
  tierName: z.string().nullable(),
  /** The tier's target (its `within`), ms; null without tiers. */
  targetMs: z.number().nullable(),
  /** When the tier's target passes (business hours counted when the escalation set it); null when answered or without tiers. */
  dueAt: z.number().nullable(),
  /** Unanswered and past its tier's target (or reported overdue past the last tier). */
  overdue: z.boolean(),
  firstResponseAt: z.number().nullable(),
  answeredBy: AnsweredBy.nullable(),
  /** Messages by members other than the asker. */
  answers: z.number().int(),
  /** `https://discord.com/channels/<guild>/<thread>`. */
  threadUrl: z.string(),
});
export type QueueEntry = z.infer<typeof QueueEntry>;

/** `GET /api/support/queue`. */
export const SupportQueue = z.object({
  /** Epoch ms the ages are counted to. */
  now: z.number(),
  tiers: z.array(z.object({ name: z.string(), targetMs: z.number() })),
  questions: z.array(QueueEntry),
});
export type SupportQueue = z.infer<typeof SupportQueue>;

/** Median and 90th percentile (nearest rank) of some durations, ms; null when none. */
export const DurationSummary = z.object({
  count: z.number().int(),
  medianMs: z.number().nullable(),
  p90Ms: z.number().nullable(),
});
export type DurationSummary = z.infer<typeof DurationSummary>;

/** The figures of a set of questions (all of a range, or one tag's). */
export const QuestionFigures = z.object({
  questions: z.number().int(),
  answered: z.number().int(),
  communityAnswered: z.number().int(),
  staffAnswered: z.number().int(),
  /** communityAnswered / answered; null when none answered. */
  communityShare: z.number().nullable(),
  /** staffAnswered / answered; null when none answered. */
  staffShare: z.number().nullable(),
  solved: z.number().int(),
  /** solved / questions; null without questions. */
  resolutionRate: z.number().nullable(),
  /** Asked → first response by a human other than the asker. */
  firstResponse: DurationSummary,
  /** Asked → solution marked. */
  resolution: DurationSummary,
});
export type QuestionFigures = z.infer<typeof QuestionFigures>;

/** `GET /api/support/stats`: the questions asked in a range. */
export const SupportStats = z.object({
  range: SupportRange,
  totals: QuestionFigures,
  /** One row per tag (the solved tag left out), most asked first; `tag` null: untagged questions. */
  byTag: z.array(QuestionFigures.extend({ tag: z.string().nullable() })),
});
export type SupportStats = z.infer<typeof SupportStats>;

/** One bar of the time-to-first-response histogram. */
export const ResponseBucket = z.object({
  id: z.string(),
  label: z.string(),
  /** Responses faster than this, and not faster than the previous bucket's (ms); null: the last bucket or unanswered. */
  upToMs: z.number().nullable(),
  count: z.number().int(),
  community: z.number().int(),
  staff: z.number().int(),
});
export type ResponseBucket = z.infer<typeof ResponseBucket>;

/** `GET /api/support/response-times`. */
export const ResponseTimes = z.object({
  range: SupportRange,
  questions: z.number().int(),
  /** The first tier's target, ms (null without tiers). */
  targetMs: z.number().nullable(),
  /** Questions answered within the first tier's target (null without tiers). */
  withinTarget: z.number().int().nullable(),
  buckets: z.array(ResponseBucket),
});
export type ResponseTimes = z.infer<typeof ResponseTimes>;

/** `GET /api/support/heroes`. */
export const SupportHeroes = z.object({
  range: SupportRange,
  heroes: z.array(
    z.object({
      userId: z.string(),
      name: z.string(),
      /** Solutions they wrote (marked in the range, on someone else's question). */
      solutions: z.number().int(),
      /** Questions they answered first (in the range). */
      firstAnswers: z.number().int(),
      /** Some of their first answers counted as staff answers. */
      staff: z.boolean(),
    }),
  ),
});
export type SupportHeroes = z.infer<typeof SupportHeroes>;

/** `?limit` of the heroes. */
export const HeroesQuery = SupportRangeQuery.extend({
  limit: z.coerce.number().int().min(1).max(100).default(20).describe('Members listed at most (default 20).'),
});

/** `GET /api/support/questions/:id` path. */
export const QuestionIdParams = z.object({ id: z.string().min(1).max(40) });

/** `GET /api/support/questions/:id`: a question with its people and escalations. */
export const QuestionDetail = z.object({
  question: z.object({
    id: z.string(),
    channelId: z.string(),
    title: z.string(),
    body: z.string(),
    tags: z.array(z.string()),
    status: Status,
    askerId: z.string(),
    askerName: z.string(),
    askedAt: z.number(),
    lastActivityAt: z.number(),
    answers: z.number().int(),
    firstResponseAt: z.number().nullable(),
    firstResponderId: z.string().nullable(),
    firstResponderName: z.string().nullable(),
    answeredBy: AnsweredBy.nullable(),
    tier: z.number().int(),
    tierName: z.string().nullable(),
    escalateAt: z.number().nullable(),
    solvedAt: z.number().nullable(),
    solutionMessageId: z.string().nullable(),
    solutionAuthorId: z.string().nullable(),
    solutionAuthorName: z.string().nullable(),
    solvedVia: z.enum(['command', 'context_menu', 'button', 'tag']).nullable(),
    archivedAt: z.number().nullable(),
    threadUrl: z.string(),
  }),
  participants: z.array(
    z.object({
      userId: z.string(),
      name: z.string(),
      staff: z.boolean(),
      asker: z.boolean(),
      messages: z.number().int(),
      firstAt: z.number(),
      lastAt: z.number(),
    }),
  ),
  escalations: z.array(
    z.object({
      tier: z.number().int(),
      tierName: z.string(),
      /** Past the last tier. */
      overdue: z.boolean(),
      escalatedAt: z.number(),
      channelId: z.string().nullable(),
    }),
  ),
  /** Similar questions and articles suggested when it was asked. */
  suggestions: z.array(
    z.object({ id: z.string(), title: z.string().nullable(), rank: z.number().int(), score: z.number() }),
  ),
});
export type QuestionDetail = z.infer<typeof QuestionDetail>;

/** `GET /api/support/articles`: the knowledge base. */
export const KnowledgeBase = z.object({
  /** Reviews a guide needs to be verified, and the mean score it needs. */
  reviewersRequired: z.number().int(),
  minScore: z.number(),
  /** Solved questions (they are part of the knowledge base too). */
  solvedQuestions: z.number().int(),
  articles: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(['faq', 'guide']),
      title: z.string(),
      tags: z.array(z.string()),
      status: z.enum(['published', 'in_review', 'verified']),
      authorId: z.string().nullable(),
      authorName: z.string().nullable(),
      createdAt: z.number(),
      updatedAt: z.number(),
      verifiedAt: z.number().nullable(),
      reviews: z.number().int(),
      /** Mean of the reviews (each the mean of its four criteria), 1–5; null without reviews. */
      meanScore: z.number().nullable(),
      /** Mean per criterion; null without reviews. */
      criteria: z
        .object({ accuracy: z.number(), clarity: z.number(), completeness: z.number(), usefulness: z.number() })
        .nullable(),
      threadUrl: z.string(),
    }),
  ),
});
export type KnowledgeBase = z.infer<typeof KnowledgeBase>;
