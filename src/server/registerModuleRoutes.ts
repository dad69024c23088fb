import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { CalendarFile, CsvFile, type AnyRoute } from '../core/defineRoute.js';
import type { Engine } from '../core/Engine.js';
import type {} from './auth/DashboardAccess.js';
import { contentDisposition } from './contentDisposition.js';
import { ApiErrorSchema } from './openapi/ApiErrorSchema.js';
import { apiErrorHandler } from './openapi/apiErrorHandler.js';
import { useZodSchemas, type ZodApp } from './openapi/useZodSchemas.js';

/** What mounting the modules' routes needs: the engine that lists and runs them, and the guild. */
export interface ModuleRouteDeps {
  engine: Pick<Engine, 'moduleRoutes' | 'runRoute'>;
  /** The guild this process manages (the routes' `guildId`). */
  guildId: string;
}

/**
 * Mounts every enabled module's HTTP routes (`routes` of its definition) at
 * `/api/<module id><path>`, each with its zod schemas (params, querystring, body, the 200
 * response, `{ error }` for 4xx) for validation and `/openapi.json`, `tags: [module id]`, its
 * summary and `config.access`. The signed-in `request.dashboardUser` is the handler's actor;
 * the engine runs the handler (a POST as one unit of work). A `produces: 'text/csv'` route's
 * answer is its file: `text/csv; charset=utf-8`, `Content-Disposition: attachment` with the
 * file name, documented as a `text/csv` string; a `produces: 'text/calendar'` route's is its
 * iCalendar text, `inline` so calendar apps subscribe to the URL. A `public` route runs without
 * a session (its actor is then null) and with the signed-in user when there is one. Bad parameters are answered 400
 * `{ error: "<param>: <message>" }`, a refusal of the handler with its status and `{ error }`.
 * @param app - the Fastify server (its access hook checks `config.access` before the handler)
 * @param deps - the engine and the guild
 */
export async function registerModuleRoutes(app: FastifyInstance, deps: ModuleRouteDeps): Promise<void> {
  await app.register((scope, _options, done) => {
    const api = useZodSchemas(scope);
    scope.setErrorHandler(apiErrorHandler);
    mountRoutes(api, deps);
    done();
  });
}

function mountRoutes(api: ZodApp, deps: ModuleRouteDeps): void {
  for (const { moduleId, route } of deps.engine.moduleRoutes()) {
    api.route({
      method: route.method,
      url: `/api/${moduleId}${route.path}`,
      // A public route still learns who is signed in, when someone is (it may answer them more).
      config: { access: route.access, ...(route.access === 'public' ? { optionalSignIn: true } : {}) },
      schema: {
        tags: [moduleId],
        summary: route.summary,
        ...(route.params === undefined ? {} : { params: route.params }),
        ...(route.query === undefined ? {} : { querystring: route.query }),
        ...(route.body === undefined ? {} : { body: route.body }),
        response: {
          200: successOf(route),
          400: ApiErrorSchema,
          401: ApiErrorSchema,
          403: ApiErrorSchema,
          404: ApiErrorSchema,
          409: ApiErrorSchema,
          422: ApiErrorSchema,
        },
      },
      handler: async (request, reply) => {
        const actor = request.dashboardUser ?? null;
        // The access hook answers 401 before any handler; this is a server wired without it.
        if (actor === null && route.access !== 'public') return reply.code(401).send({ error: 'sign in' });
        const result = await deps.engine.runRoute(moduleId, route, {
          params: request.params ?? {},
          query: request.query ?? {},
          body: request.body ?? {},
          actor,
          guildId: deps.guildId,
          // Unique across restarts (Fastify's own ids start again at req-1): the outbox keys a
          // POST's effects by it and ignores a key it already holds.
          requestId: randomUUID(),
        });
        if (result.status === 200 && route.produces === 'text/csv') {
          const file = CsvFile.parse(result.body);
          return reply
            .code(200)
            .header('content-type', 'text/csv; charset=utf-8')
            .header('content-disposition', contentDisposition(file.filename))
            .send(file.body);
        }
        if (result.status === 200 && route.produces === 'text/calendar') {
          const file = CalendarFile.parse(result.body);
          return reply
            .code(200)
            .header('content-type', 'text/calendar; charset=utf-8')
            .header('content-disposition', contentDisposition(file.filename, 'inline'))
            .header('cache-control', 'private, max-age=300')
            .send(file.body);
        }
        if (result.status === 200) return reply.code(200).send(result.body);
        return reply.code(result.status).send({ error: result.error });
      },
    });
  }
}

/** The 200 answer's schema: the route's JSON body, or for a CSV route the file as text. */
function successOf(
  route: AnyRoute,
): z.ZodType | { description: string; content: Record<string, { schema: z.ZodType }> } {
  if (route.produces === 'text/calendar') {
    return {
      description: 'The iCalendar feed (RFC 5545 VCALENDAR), sent inline so calendar apps can subscribe',
      content: { 'text/calendar': { schema: z.string() } },
    };
  }
  if (route.produces !== 'text/csv') return route.response;
  return {
    description: 'The CSV file (RFC 4180, header row first), sent as an attachment with its file name',
    content: { 'text/csv': { schema: z.string() } },
  };
}
