import { defineRoute } from '../../../core/defineRoute.js';
import type { SupportContext } from '../SupportContext.js';
import { knowledgeBaseView } from './knowledgeBaseView.js';
import { questionDetail } from './questionDetail.js';
import { responseTimes } from './responseTimes.js';
import { supportHeroes } from './supportHeroes.js';
import { supportQueue } from './supportQueue.js';
import { resolveDayRange } from '../../../core/dayRange.js';
import {
  HeroesQuery,
  KnowledgeBase,
  QuestionDetail,
  QuestionIdParams,
  ResponseTimes,
  SupportHeroes,
  SupportQueue,
  SupportRangeQuery,
  SupportStats,
} from './SupportReportsApi.js';
import { supportStats } from './supportStats.js';

/** A range without ends: the 30 days ending today (UTC). */
const LAST_30_DAYS = { before: 29, after: 0 };

/** `GET /api/support/queue`: open and answered-unsolved questions, oldest first, against their tier's target. */
export const queueRoute = defineRoute({
  method: 'GET',
  path: '/queue',
  access: 'viewer',
  summary:
    'Open and answered-but-unsolved questions, oldest first: asker, age, tags, tier with its target, overdue flag and thread link',
  response: SupportQueue,
  handle: async ({ guildId }, ctx: SupportContext) => ({
    status: 200,
    body: await supportQueue(ctx, guildId, ctx.clock.now()),
  }),
});

/** `GET /api/support/stats?from&to`: answered, community share, resolution and times, in all and per tag. */
export const statsRoute = defineRoute({
  method: 'GET',
  path: '/stats',
  access: 'viewer',
  summary:
    'Questions asked in a date range (default the last 30 days): answered, community and staff shares, resolution rate, median and p90 time to first response and to resolution, in all and per tag',
  query: SupportRangeQuery,
  response: SupportStats,
  handle: async ({ query, guildId }, ctx: SupportContext) => {
    const range = resolveDayRange(query, ctx.clock.now(), LAST_30_DAYS);
    if ('error' in range) return { status: 400, error: range.error };
    return { status: 200, body: await supportStats(ctx, guildId, range) };
  },
});

/** `GET /api/support/response-times?from&to`: the time-to-first-response histogram. */
export const responseTimesRoute = defineRoute({
  method: 'GET',
  path: '/response-times',
  access: 'viewer',
  summary:
    'Histogram of the time to first response of the questions asked in a date range (< 15 min, < 1 h, < 4 h, < 24 h, < 48 h, later, unanswered), community and staff answers apart',
  query: SupportRangeQuery,
  response: ResponseTimes,
  handle: async ({ query, guildId }, ctx: SupportContext) => {
    const range = resolveDayRange(query, ctx.clock.now(), LAST_30_DAYS);
    if ('error' in range) return { status: 400, error: range.error };
    return { status: 200, body: await responseTimes(ctx, guildId, range) };
  },
});

/** `GET /api/support/heroes?from&to&limit`: members by solutions written and first answers given. */
export const heroesRoute = defineRoute({
  method: 'GET',
  path: '/heroes',
  access: 'viewer',
  summary:
    "Support heroes of a date range: members by solutions written on others' questions, then first answers given",
  query: HeroesQuery,
  response: SupportHeroes,
  handle: async ({ query, guildId }, ctx: SupportContext) => {
    const range = resolveDayRange(query, ctx.clock.now(), LAST_30_DAYS);
    if ('error' in range) return { status: 400, error: range.error };
    return { status: 200, body: await supportHeroes(ctx, guildId, range, query.limit) };
  },
});

/** `GET /api/support/questions/:id`: one question with participants, escalations and suggestions. */
export const questionDetailRoute = defineRoute({
  method: 'GET',
  path: '/questions/:id',
  access: 'viewer',
  summary:
    'One question: status, first response, solution, tier; the members taking part, the tiers it was escalated to and the similar questions suggested',
  params: QuestionIdParams,
  response: QuestionDetail,
  handle: async ({ params, guildId }, ctx: SupportContext) => {
    const detail = await questionDetail(ctx, guildId, params.id);
    return detail === undefined ? { status: 404, error: 'no such question' } : { status: 200, body: detail };
  },
});

/** `GET /api/support/articles`: the knowledge base with review status. */
export const articlesRoute = defineRoute({
  method: 'GET',
  path: '/articles',
  access: 'viewer',
  summary:
    'The knowledge base: FAQ entries and guides with their review status, number of reviews and mean scores; the count of solved questions',
  response: KnowledgeBase,
  handle: async ({ guildId }, ctx: SupportContext) => ({ status: 200, body: await knowledgeBaseView(ctx, guildId) }),
});

/** The support dashboard's routes. */
export const reportsRoutes = [
  queueRoute,
  statsRoute,
  responseTimesRoute,
  heroesRoute,
  questionDetailRoute,
  articlesRoute,
];
