// The request and response schemas of the feedback dashboard API (/api/feedback/…). The
// dashboard's Feedback page reads these shapes: keep them stable.
import { z } from 'zod';
import { FEEDBACK_STATUSES, FEEDBACK_TYPES, SENTIMENT_LABELS, SETTABLE_STATUSES } from '../config/FeedbackTypes.js';
import { WeeklyReport } from '../reports/WeeklyReport.js';

/** A UTC calendar date, `YYYY-MM-DD`. */
export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD');

const Status = z.enum(FEEDBACK_STATUSES);
const Type = z.enum(FEEDBACK_TYPES);
const count = z.number().int().min(0);

/** `?from&to`: UTC days, both included. */
export const FeedbackRangeQuery = z.object({
  from: IsoDate.optional().describe('First day (UTC, included). Default: 29 days before `to`.'),
  to: IsoDate.optional().describe('Last day (UTC, included). Default: today.'),
});

/** The resolved range of an answer. */
export const FeedbackRange = z.object({ from: IsoDate, to: IsoDate });

/** One item as lists and the board show it. */
export const ItemSummary = z.object({
  number: z.number().int().describe('The guild’s running number (#42).'),
  type: Type,
  title: z.string(),
  status: Status,
  /** The note of the latest status change, if any. */
  statusNote: z.string().nullable(),
  /** Epoch ms of the latest status change. */
  statusAt: z.number(),
  authorId: z.string(),
  authorName: z.string(),
  upVotes: count,
  downVotes: count,
  /** upVotes − downVotes. */
  votes: z.number().int(),
  sentiment: z.enum(SENTIMENT_LABELS),
  /** −1 … 1. */
  sentimentScore: z.number(),
  /** Why it is critical (`keyword:security`, `sentiment`), null when it is not. */
  critical: z.string().nullable(),
  /** The number of the item it was merged into (status `merged`), else null. */
  mergedInto: z.number().int().nullable(),
  createdAt: z.number(),
  updatedAt: z.number(),
  /** The item's thread on Discord, null when it has none. */
  threadUrl: z.string().nullable(),
});
export type ItemSummary = z.infer<typeof ItemSummary>;

/** `GET /api/feedback/items` query. */
export const ItemsQuery = z.object({
  status: Status.optional().describe('Only items with this status.'),
  type: Type.optional().describe('Only items of this type.'),
  q: z.string().trim().min(1).max(100).optional().describe('Words in the title or text (any case).'),
  sort: z.enum(['votes', 'new']).default('new').describe('`new`: newest first (default); `votes`: net votes first.'),
  limit: z.coerce.number().int().min(1).max(100).default(25).describe('Items per page (default 25).'),
  offset: z.coerce.number().int().min(0).default(0).describe('Items skipped (paging).'),
});
export type ItemsQuery = z.output<typeof ItemsQuery>;

/** `GET /api/feedback/items`. */
export const ItemList = z.object({
  /** Items matching the filters (all pages). */
  total: count,
  limit: z.number().int(),
  offset: z.number().int(),
  items: z.array(ItemSummary),
});
export type ItemList = z.infer<typeof ItemList>;

/** `:number` of an item route. */
export const ItemNumberParams = z.object({ number: z.coerce.number().int().min(1) });

/** `GET /api/feedback/items/:number`. */
export const ItemDetail = z.object({
  item: ItemSummary.extend({ body: z.string() }),
  /** Every status change and merge, oldest first. */
  history: z.array(
    z.object({
      at: z.number(),
      from: Status,
      to: Status,
      byId: z.string(),
      byName: z.string(),
      note: z.string().nullable(),
    }),
  ),
  /** Votes as stored (one per member). */
  votes: z.object({ up: count, down: count }),
  /** Members told of its changes (author, voters, followers). */
  followers: count,
  /** Numbers of the duplicates merged into it. */
  duplicates: z.array(z.number().int()),
});
export type ItemDetail = z.infer<typeof ItemDetail>;

/** `GET /api/feedback/board` query. */
export const BoardQuery = z.object({
  type: Type.optional().describe('Only items of this type.'),
  limit: z.coerce.number().int().min(1).max(100).default(30).describe('Cards per column at most (default 30).'),
});

/** `GET /api/feedback/board`: one column per status staff can set, in lifecycle order. */
export const FeedbackBoard = z.object({
  columns: z.array(
    z.object({
      status: z.enum(SETTABLE_STATUSES),
      label: z.string(),
      /** Items in this status (all of them, not only the cards shown). */
      count,
      /** Net votes first, then newest. */
      items: z.array(ItemSummary),
    }),
  ),
  /** Items merged into others (not on the board). */
  merged: count,
});
export type FeedbackBoard = z.infer<typeof FeedbackBoard>;

/** Counts per sentiment class. */
export const SentimentSplit = z.object({ positive: count, neutral: count, negative: count });

/** `GET /api/feedback/sentiment`. */
export const SentimentTrend = z.object({
  range: FeedbackRange,
  /** One row per UTC day of the range, oldest first (zeros on quiet days). */
  days: z.array(
    z.object({
      date: IsoDate,
      messages: SentimentSplit,
      items: SentimentSplit,
      /** Positive messages / messages scored that day; null without messages. */
      positiveShare: z.number().nullable(),
    }),
  ),
  totals: z.object({
    messages: SentimentSplit,
    items: SentimentSplit,
    positiveShare: z.number().nullable(),
    /** Mean score of the messages (−1 … 1); null without messages. */
    meanScore: z.number().nullable(),
  }),
});
export type SentimentTrend = z.infer<typeof SentimentTrend>;

/** `GET /api/feedback/nps` query: surveys opened on these UTC days. */
export const NpsQuery = z.object({
  from: IsoDate.optional().describe('First day (UTC, included). Default: 364 days before `to`.'),
  to: IsoDate.optional().describe('Last day (UTC, included). Default: today.'),
});

/** `GET /api/feedback/nps`: each closed survey's result, oldest first. */
export const NpsTrend = z.object({
  range: FeedbackRange,
  surveys: z.array(
    z.object({
      surveyId: z.string(),
      kind: z.enum(['satisfaction', 'nps']),
      openedAt: z.number(),
      closedAt: z.number(),
      responses: count,
      /** Mean score; null without answers. */
      mean: z.number().nullable(),
      /** NPS surveys: % promoters − % detractors (−100…100); null otherwise or without answers. */
      nps: z.number().int().nullable(),
      promoters: count,
      passives: count,
      detractors: count,
    }),
  ),
});
export type NpsTrend = z.infer<typeof NpsTrend>;

/** `GET /api/feedback/report` query. */
export const ReportQuery = z.object({
  week: IsoDate.optional().describe(
    'A day of the week wanted: the whole week holding it (weeks start on `feedback.report.weekday`, local to `feedback.timezone`). Default: this week up to now.',
  ),
});

/** `GET /api/feedback/report`. */
export const ReportView = z.object({
  /** First day of the week (YYYY-MM-DD, local). */
  week: IsoDate,
  /** Epoch ms the stored report was made; null: built now (not posted yet). */
  postedAt: z.number().nullable(),
  report: WeeklyReport,
});
export type ReportView = z.infer<typeof ReportView>;

/** `POST /api/feedback/items/:number/status` body. */
export const StatusBody = z.object({
  status: z.enum(SETTABLE_STATUSES),
  /** Shown to the author and followers with the change. */
  note: z.string().trim().min(1).max(500).nullable().optional(),
});

/** `POST /api/feedback/items/:number/merge` body. */
export const MergeBody = z.object({ into: z.number().int().min(1).describe('The number of the item to keep.') });

/** What a staff change answers: the item as it is now (after a merge: the item kept). */
export const ItemChanged = z.object({ item: ItemSummary });
export type ItemChanged = z.infer<typeof ItemChanged>;
