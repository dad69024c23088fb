import { existsSync, readFileSync } from 'node:fs';
import { PROCESS_ROLES, type ProcessRole } from '../app/processRole.js';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { z } from 'zod';
import type { Logger } from '../core/Logger.js';
import type { Metrics } from '../metrics/Metrics.js';
import type { PlatformKind } from '../platform/Platform.js';
import type { Store } from '../store/Store.js';
import { registerHostCheck } from './hostCheck.js';
import { listRoutes } from './listRoutes.js';
import type { ApiErrorSchema } from './openapi/ApiErrorSchema.js';
import { apiErrorHandler } from './openapi/apiErrorHandler.js';
import { registerOpenApi, type OpenApiInfo } from './openapi/registerOpenApi.js';
import { useZodSchemas } from './openapi/useZodSchemas.js';

export interface HttpServerOptions {
  store: Store;
  metrics: Metrics;
  log: Logger;
  platformKind: PlatformKind;
  /** Built dashboard (web/dist); the API still runs when it is missing. */
  webRoot: string;
  /** The address or name the server binds to (HOST): allowed in Host headers on its port. */
  host?: string;
  /** More hosts allowed in Host headers (`GUILDHALL_ALLOWED_HOSTS`): `host` or `host:port`. */
  allowedHosts?: readonly string[];
  /**
   * Runs right after the Host check, before any route is registered: hooks that must see every
   * route (sign-in and access checks, route listings) are added here.
   */
  beforeRoutes?: (app: FastifyInstance) => Promise<void>;
  /** What `/healthz` adds about this process: its role, and the guilds a worker owns. */
  health?: () => { role: ProcessRole; owns?: string[] };
}

const HealthBody = z.object({
  status: z.enum(['ok', 'error']),
  platform: z.enum(['discord', 'sandbox']),
  database: z.enum(['sqlite', 'postgres']),
  role: z.enum(PROCESS_ROLES).optional().describe('what this process runs (`guildhall start --role`)'),
  owns: z.array(z.string()).optional().describe('worker: the guilds it owns now (none: standing by)'),
});

/**
 * The HTTP server: `/healthz`, `/metrics`, `/openapi.json` and the API docs at `/api/docs`,
 * the dashboard's static files, and whatever API routes the caller registers on the returned
 * instance before `listen`. Every request, `/healthz` included, is refused with 421 unless its
 * Host header is `localhost`, `127.0.0.1`, `[::1]` or the bind host on the server's port, or
 * one of `allowedHosts` (DNS rebinding: see `hostCheck.ts`). Routes validate with zod schemas
 * (an invalid request is 400 `{ error: "<param>: <message>" }`); an unknown `/api/*` path is
 * 404 `{ error }`, any other unknown GET the dashboard's index.html (client-side routes).
 * @param options - store, metrics, logger, platform kind, dashboard root, allowed hosts, hook
 */
export async function createHttpServer(options: HttpServerOptions): Promise<FastifyInstance> {
  const { store, metrics, log, platformKind, webRoot } = options;
  const loggerInstance: FastifyBaseLogger = log.child({ component: 'http' });
  // The dashboard polls every few seconds: per-request logs would drown everything else.
  const logController = new LogController({ disableRequestLogging: true });
  const app: FastifyInstance = Fastify({ loggerInstance, logController });
  // Before any route: `registeredRoutes(app)` lists them all (the access test reads it).
  listRoutes(app);
  registerHostCheck(app, { bindHost: options.host, allowedHosts: options.allowedHosts });
  const api = useZodSchemas(app);
  app.setErrorHandler(apiErrorHandler);
  // First, so the document lists every route registered after it (sign-in routes included).
  await registerOpenApi(app, packageInfo());
  await options.beforeRoutes?.(app);

  api.get(
    '/healthz',
    {
      schema: {
        summary: 'Whether the server and its database answer',
        tags: ['server'],
        response: { 200: HealthBody, 503: HealthBody },
      },
      config: { access: 'public' },
    },
    async (_request, reply) => {
      try {
        await sql`select 1`.execute(store.db);
        return { status: 'ok' as const, platform: platformKind, database: store.dialect, ...options.health?.() };
      } catch (error) {
        log.error({ err: error }, 'health check: database unreachable');
        return reply
          .code(503)
          .send({ status: 'error', platform: platformKind, database: store.dialect, ...options.health?.() });
      }
    },
  );

  api.get(
    '/metrics',
    {
      schema: {
        summary: 'Prometheus metrics of this process',
        tags: ['server'],
        response: { 200: { content: { 'text/plain': { schema: z.string() } } } },
      },
      config: { access: 'public' },
    },
    async (_request, reply) => reply.type(metrics.registry.contentType).send(await metrics.registry.metrics()),
  );

  const index = join(webRoot, 'index.html');
  if (existsSync(index)) {
    // The dashboard's files are the shell that shows the login page: anyone may load them.
    app.addHook('onRoute', (route) => {
      if (isStaticFileRoute(route.config) && route.config?.access === undefined) {
        route.config = { ...route.config, access: 'public' };
      }
    });
    await app.register(fastifyStatic, { root: webRoot, wildcard: false });
    app.setNotFoundHandler((request, reply) => {
      if (request.method === 'GET' && !request.url.startsWith('/api/')) return reply.sendFile('index.html');
      return reply.code(404).send(notFound(request.method, request.url));
    });
  } else {
    log.warn({ webRoot }, 'dashboard not built (run npm run build); serving the API only');
    app.setNotFoundHandler((request, reply) => reply.code(404).send(notFound(request.method, request.url)));
  }
  return app;
}

function notFound(method: string, url: string): z.infer<typeof ApiErrorSchema> {
  return { error: `no route ${method} ${url.split('?')[0] ?? ''}` };
}

/** A route @fastify/static registered for one file (it keeps the file and its root in its config). */
function isStaticFileRoute(config: object | undefined): boolean {
  return config !== undefined && 'rootPath' in config && 'file' in config;
}

/** Name and version from package.json (beside dist/ when built, beside src/ under tsx). */
function packageInfo(): OpenApiInfo {
  for (const path of ['../../package.json', '../../../package.json']) {
    const file = new URL(path, import.meta.url);
    if (!existsSync(file)) continue;
    const parsed = z
      .object({ name: z.string(), version: z.string() })
      .safeParse(JSON.parse(readFileSync(file, 'utf8')));
    if (parsed.success) return { title: parsed.data.name, version: parsed.data.version };
  }
  return { title: 'guildhall', version: '0.0.0' };
}
