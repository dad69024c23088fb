import { defineRoute } from '../../../../core/defineRoute.js';
import type { ChallengesContext } from '../../ChallengesContext.js';
import { ContestDetail, ContestList, ContestParams } from './ContestsApi.js';
import { contestDetail, listContests } from './contestViews.js';

/** `GET /api/challenges/contests`: every challenge with its phase, entries and votes. */
export const contestsRoute = defineRoute({
  method: 'GET',
  path: '/contests',
  access: 'viewer',
  summary: 'Monthly challenges, newest first: phase, deadlines, entries, votes, winner and runner-up',
  response: ContestList,
  handle: async ({ guildId }, ctx: ChallengesContext) => ({ status: 200, body: await listContests(ctx, guildId) }),
});

/** `GET /api/challenges/contests/:id`: one challenge with its entries and results. */
export const contestRoute = defineRoute({
  method: 'GET',
  path: '/contests/:id',
  access: 'viewer',
  summary: 'One challenge: its entries with votes, judges’ scores, combined score and place',
  params: ContestParams,
  response: ContestDetail,
  handle: async ({ params, guildId }, ctx: ChallengesContext) => {
    const detail = await contestDetail(ctx, guildId, params.id);
    return detail === undefined
      ? { status: 404, error: `There is no challenge ${params.id}.` }
      : { status: 200, body: detail };
  },
});
