import { resolveDayRange, resolveDays } from '../../../core/dayRange.js';
import { defineRoute } from '../../../core/defineRoute.js';
import type { FeedbackContext } from '../FeedbackContext.js';
import { feedbackDb } from '../FeedbackTables.js';
import { buildWeeklyReport } from '../reports/buildWeeklyReport.js';
import { reportWeekHolding, weekSoFar } from '../reports/reportWeek.js';
import { WeeklyReport } from '../reports/WeeklyReport.js';
import { surveyTrend } from '../surveys/surveyResults.js';
import {
  BoardQuery,
  FeedbackBoard,
  FeedbackRangeQuery,
  ItemDetail,
  ItemList,
  ItemNumberParams,
  ItemsQuery,
  NpsQuery,
  NpsTrend,
  ReportQuery,
  ReportView,
  SentimentTrend,
} from './FeedbackApi.js';
import { feedbackBoard } from './feedbackBoard.js';
import { itemDetail } from './itemDetail.js';
import { listItems } from './listItems.js';

import { sentimentTrend } from './sentimentTrend.js';

const parseJson = (text: string): unknown => {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
};

/** `GET /api/feedback/items`: items filtered, searched, sorted and paged. */
export const itemsRoute = defineRoute({
  method: 'GET',
  path: '/items',
  access: 'viewer',
  summary: 'Feedback items by status, type and words in the title or text; newest or most voted first, paged',
  query: ItemsQuery,
  response: ItemList,
  handle: async ({ query, guildId }, ctx: FeedbackContext) => ({
    status: 200,
    body: await listItems(ctx, guildId, query),
  }),
});

/** `GET /api/feedback/items/:number`: one item with its history, votes and followers. */
export const itemRoute = defineRoute({
  method: 'GET',
  path: '/items/:number',
  access: 'viewer',
  summary: 'One feedback item: its text, status history, votes, followers and merged duplicates',
  params: ItemNumberParams,
  response: ItemDetail,
  handle: async ({ params, guildId }, ctx: FeedbackContext) => {
    const detail = await itemDetail(ctx, guildId, params.number);
    return detail === undefined
      ? { status: 404, error: `There is no feedback item #${params.number}.` }
      : { status: 200, body: detail };
  },
});

/** `GET /api/feedback/board`: the status board. */
export const boardRoute = defineRoute({
  method: 'GET',
  path: '/board',
  access: 'viewer',
  summary: 'The status board: a column per status (new → declined) with its count and its items by votes',
  query: BoardQuery,
  response: FeedbackBoard,
  handle: async ({ query, guildId }, ctx: FeedbackContext) => ({
    status: 200,
    body: await feedbackBoard(ctx, guildId, query),
  }),
});

/** `GET /api/feedback/sentiment?from&to`: sentiment per day. */
export const sentimentRoute = defineRoute({
  method: 'GET',
  path: '/sentiment',
  access: 'viewer',
  summary:
    'Sentiment per UTC day (default the last 30): messages scored and items submitted, positive / neutral / negative, and the share of positive messages',
  query: FeedbackRangeQuery,
  response: SentimentTrend,
  handle: async ({ query, guildId }, ctx: FeedbackContext) => {
    const days = resolveDays(query, ctx.clock.now(), { lastDays: 30 });
    if ('error' in days) return { status: 400, error: days.error };
    return { status: 200, body: await sentimentTrend(ctx.db, guildId, days) };
  },
});

/** `GET /api/feedback/nps?from&to`: survey results over time. */
export const npsRoute = defineRoute({
  method: 'GET',
  path: '/nps',
  access: 'viewer',
  summary:
    'Closed satisfaction and NPS surveys opened in a date range (default the last 365 days), oldest first: answers, mean, NPS with promoters, passives and detractors',
  query: NpsQuery,
  response: NpsTrend,
  handle: async ({ query, guildId }, ctx: FeedbackContext) => {
    const range = resolveDayRange(query, ctx.clock.now(), { lastDays: 365 });
    if ('error' in range) return { status: 400, error: range.error };
    const surveys = await surveyTrend(ctx.db, guildId, range.fromMs, range.toMs);
    return { status: 200, body: { range: { from: range.from, to: range.to }, surveys } };
  },
});

/** `GET /api/feedback/report?week`: the weekly report, as posted or built now. */
export const reportRoute = defineRoute({
  method: 'GET',
  path: '/report',
  access: 'viewer',
  summary:
    'The weekly feedback report of the week holding a day (default: this week so far), the one posted when there is one, else built from the tables now',
  query: ReportQuery,
  response: ReportView,
  handle: async ({ query, guildId }, ctx: FeedbackContext) => {
    if (query.week !== undefined && Number.isNaN(Date.parse(`${query.week}T00:00:00Z`))) {
      return { status: 400, error: 'week must be a real date (YYYY-MM-DD).' };
    }
    const week =
      query.week === undefined ? weekSoFar(ctx.config, ctx.clock.now()) : reportWeekHolding(ctx.config, query.week);
    const stored = await feedbackDb(ctx.db)
      .selectFrom('feedback_reports')
      .selectAll()
      .where('guild_id', '=', guildId)
      .where('week', '=', week.week)
      .executeTakeFirst();
    const parsed = stored === undefined ? undefined : WeeklyReport.safeParse(parseJson(stored.report));
    if (stored !== undefined && parsed?.success === true) {
      return { status: 200, body: { week: week.week, postedAt: stored.created_at, report: parsed.data } };
    }
    const report = await buildWeeklyReport(ctx.db, guildId, ctx.config, week.from, week.to);
    return { status: 200, body: { week: week.week, postedAt: null, report } };
  },
});

/** The feedback dashboard's read routes. */
export const readRoutes = [itemsRoute, itemRoute, boardRoute, sentimentRoute, npsRoute, reportRoute];
