import { defineRoute } from '../../../../core/defineRoute.js';
import type { ChallengesContext } from '../../ChallengesContext.js';
import { findMonth } from '../showcaseStore.js';
import { showcasesDb } from '../showcasesTables.js';
import { ShowcaseList, ShowcaseMonthParams, ShowcaseMonthView } from './ShowcasesApi.js';
import { hallOfFame, monthView } from './showcaseViews.js';

/** Months the list shows, newest first. */
const MONTHS_LISTED = 12;

/** `GET /api/challenges/showcases`: recent months with categories, nominees, votes and winners; the hall of fame. */
export const showcasesRoute = defineRoute({
  method: 'GET',
  path: '/showcases',
  access: 'viewer',
  summary:
    'Monthly showcases: the last 12 months (newest first) with their categories, nominees, votes and winners, and every past winner',
  response: ShowcaseList,
  handle: async ({ guildId }, ctx: ChallengesContext) => {
    const rows = await showcasesDb(ctx.db)
      .selectFrom('challenges_showcase_months')
      .selectAll()
      .where('guild_id', '=', guildId)
      .orderBy('month', 'desc')
      .limit(MONTHS_LISTED)
      .execute();
    const months = [];
    for (const row of rows) months.push(await monthView(ctx, guildId, row));
    return {
      status: 200,
      body: { enabled: ctx.config.showcases.enabled, months, hallOfFame: await hallOfFame(ctx, guildId) },
    };
  },
});

/** `GET /api/challenges/showcases/:month`: one month. */
export const showcaseMonthRoute = defineRoute({
  method: 'GET',
  path: '/showcases/:month',
  access: 'viewer',
  summary: 'One month of showcases (YYYY-MM): categories, nominees with nominations and votes, winners',
  params: ShowcaseMonthParams,
  response: ShowcaseMonthView,
  handle: async ({ params, guildId }, ctx: ChallengesContext) => {
    const row = await findMonth(ctx, guildId, params.month);
    return row === null
      ? { status: 404, error: `There is no showcase for ${params.month}.` }
      : { status: 200, body: await monthView(ctx, guildId, row) };
  },
});
