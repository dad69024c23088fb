import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import type { Logger } from '../core/Logger.js';
import type { Metrics } from '../metrics/Metrics.js';
import type { PlatformKind } from '../platform/Platform.js';
import type { Store } from '../store/Store.js';
import { registerHostCheck } from './hostCheck.js';

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
}

/**
 * The HTTP server: `/healthz`, `/metrics`, the dashboard's static files, and whatever API
 * routes the caller registers on the returned instance before `listen`. Every request,
 * `/healthz` included, is refused with 421 unless its Host header is `localhost`,
 * `127.0.0.1`, `[::1]` or the bind host on the server's port, or one of `allowedHosts`
 * (DNS rebinding: see `hostCheck.ts`).
 * @param options - store, metrics, logger, platform kind, dashboard root, allowed hosts
 */
export async function createHttpServer(options: HttpServerOptions): Promise<FastifyInstance> {
  const { store, metrics, log, platformKind, webRoot } = options;
  const loggerInstance: FastifyBaseLogger = log.child({ component: 'http' });
  // The dashboard polls every few seconds: per-request logs would drown everything else.
  const logController = new LogController({ disableRequestLogging: true });
  const app: FastifyInstance = Fastify({ loggerInstance, logController });
  registerHostCheck(app, { bindHost: options.host, allowedHosts: options.allowedHosts });

  app.get('/healthz', async (_request, reply) => {
    try {
      await sql`select 1`.execute(store.db);
      return { status: 'ok', platform: platformKind, database: store.dialect };
    } catch (error) {
      log.error({ err: error }, 'health check: database unreachable');
      return reply.code(503).send({ status: 'error', platform: platformKind, database: store.dialect });
    }
  });

  app.get('/metrics', async (_request, reply) => {
    return reply.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });

  const index = join(webRoot, 'index.html');
  if (existsSync(index)) {
    await app.register(fastifyStatic, { root: webRoot, wildcard: false });
    app.setNotFoundHandler((request, reply) => {
      if (request.method === 'GET' && !request.url.startsWith('/api/')) return reply.sendFile('index.html');
      return reply.code(404).send({ error: `no route ${request.method} ${request.url.split('?')[0] ?? ''}` });
    });
  } else {
    log.warn({ webRoot }, 'dashboard not built (run npm run build); serving the API only');
  }
  return app;
}
