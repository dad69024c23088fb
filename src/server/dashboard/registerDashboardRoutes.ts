import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { ApiError } from './DashboardApi.js';
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

/**
 * Registers the read-only dashboard API: `GET /api/overview`, `GET /api/leaderboard` (all-time
 * points, v1), `GET /api/v2/leaderboard` (any period and category) and `GET /api/events`. Bad query parameters are answered 400 with `{ error }`.
 * @param app - the Fastify server
 * @param deps - store, community config, platform kind, guild id and clock
 */
export function registerDashboardRoutes(app: FastifyInstance, deps: DashboardDeps): void {
  const reader = new DashboardReader({
    onError: (error) => app.log.warn({ err: error }, 'dashboard: cannot read guild'),
    ...deps,
  });

  app.get('/api/overview', async () => reader.overview());

  app.get('/api/leaderboard', async (request, reply) => {
    const query = LeaderboardQuery.safeParse(request.query);
    if (!query.success) return reply.code(400).send(badRequest(query.error));
    return reader.leaderboard(query.data.limit);
  });

  app.get('/api/v2/leaderboard', async (request, reply) => {
    const categoryIds = reader.leaderboardCategories().map((c) => c.id);
    const parsed = parsePeriodLeaderboardQuery(request.query, categoryIds);
    if (!parsed.ok) return reply.code(400).send({ error: parsed.error } satisfies ApiError);
    return reader.periodLeaderboard(parsed.query);
  });

  app.get('/api/events', async (request, reply) => {
    const query = EventsQuery.safeParse(request.query);
    if (!query.success) return reply.code(400).send(badRequest(query.error));
    return reader.events({ limit: query.data.limit, type: query.data.type });
  });
}

function badRequest(error: z.ZodError): ApiError {
  const issue = error.issues[0];
  const where = issue?.path.join('.') ?? '';
  return { error: `${where === '' ? 'query' : where}: ${issue?.message ?? 'invalid'}` };
}
