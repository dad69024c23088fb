import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { apiErrorHandler } from '../openapi/apiErrorHandler.js';
import { useZodSchemas } from '../openapi/useZodSchemas.js';
import {
  ApiErrorSchema,
  EventDetailSchema,
  LEADERBOARD_PERIODS,
  LeaderboardEntrySchema,
  OverviewResponseSchema,
  PeriodLeaderboardResponseSchema,
} from './DashboardApi.js';
import { DashboardReader, type DashboardDeps } from './DashboardReader.js';
import { parsePeriodLeaderboardQuery } from './periodLeaderboardQuery.js';

export type { DashboardDeps } from './DashboardReader.js';

const LeaderboardQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(10),
});

const EventsQuery = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(50),
  type: z
    .string()
    .regex(/^[a-z_]+(\.[a-z_]+)+$/, 'must be an event type such as member.joined')
    .optional(),
});

const LIMIT_ERROR = 'must be a whole number from 1 to 100';
/** The shape of `GET /api/v2/leaderboard`'s query, with parsePeriodLeaderboardQuery's messages; it then checks the category exists. */
const PeriodLeaderboardQuery = z.object({
  period: z.enum(LEADERBOARD_PERIODS, { error: `must be one of ${LEADERBOARD_PERIODS.join(', ')}` }).default('all'),
  category: z
    .string({ error: 'must be one category id' })
    .default('points')
    .describe('A category id (see `categories`).'),
  limit: z.coerce
    .number({ error: LIMIT_ERROR })
    .int({ error: LIMIT_ERROR })
    .min(1, { error: LIMIT_ERROR })
    .max(100, { error: LIMIT_ERROR })
    .default(10),
});

const TAGS = ['dashboard'];

/**
 * Registers the read-only dashboard API, for viewers: `GET /api/overview`, `GET /api/leaderboard`
 * (all-time points, v1), `GET /api/v2/leaderboard` (any period and category) and
 * `GET /api/events`. Bad query parameters are answered 400 with `{ error: "<param>: <message>" }`.
 * The routes live in their own scope (zod schemas, error handler), added when the server loads.
 * @param app - the Fastify server
 * @param deps - store, community config, platform kind, guild id and clock
 */
export function registerDashboardRoutes(app: FastifyInstance, deps: DashboardDeps): void {
  const reader = new DashboardReader({
    onError: (error) => app.log.warn({ err: error }, 'dashboard: cannot read guild'),
    ...deps,
  });

  void app.register((scope, _options, done) => {
    const api = useZodSchemas(scope);
    scope.setErrorHandler(apiErrorHandler);
    const config = { access: 'viewer' } as const;

    api.get(
      '/api/overview',
      {
        schema: {
          summary: 'Counts, hourly chart, recent events, leaderboard and lockdown',
          tags: TAGS,
          response: { 200: OverviewResponseSchema },
        },
        config,
      },
      async () => reader.overview(),
    );

    api.get(
      '/api/leaderboard',
      {
        schema: {
          summary: 'All-time points leaderboard (v1)',
          tags: TAGS,
          querystring: LeaderboardQuery,
          response: { 200: z.array(LeaderboardEntrySchema), 400: ApiErrorSchema },
        },
        config,
      },
      async (request) => reader.leaderboard(request.query.limit),
    );

    api.get(
      '/api/v2/leaderboard',
      {
        schema: {
          summary: "One category's leaderboard for the current week, month, season or all time",
          tags: TAGS,
          querystring: PeriodLeaderboardQuery,
          response: { 200: PeriodLeaderboardResponseSchema, 400: ApiErrorSchema },
        },
        config,
      },
      async (request, reply) => {
        const categoryIds = reader.leaderboardCategories().map((c) => c.id);
        const parsed = parsePeriodLeaderboardQuery(request.query, categoryIds);
        if (!parsed.ok) return reply.code(400).send({ error: parsed.error });
        return reader.periodLeaderboard(parsed.query);
      },
    );

    api.get(
      '/api/events',
      {
        schema: {
          summary: 'The event log, newest first, optionally of one type',
          tags: TAGS,
          querystring: EventsQuery,
          response: { 200: z.array(EventDetailSchema), 400: ApiErrorSchema },
        },
        config,
      },
      async (request) => reader.events({ limit: request.query.limit, type: request.query.type }),
    );
    done();
  });
}
