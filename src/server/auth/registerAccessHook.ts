import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { roleAllows, type RouteAccess } from './DashboardAccess.js';
import { csrfProblem } from './registerSecurityPlugins.js';
import type { SessionGate } from './SessionGate.js';

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Public routes that still change state and so need the CSRF token: signing in and out. */
const CSRF_CHECKED_PUBLIC = new Set(['/auth/logout', '/auth/dev-login']);

/** What the hook needs. */
export interface AccessHookOptions {
  gate: SessionGate;
  /** `GUILDHALL_METRICS_TOKEN`, or null: `/metrics` is then open like `/healthz`. */
  metricsToken: string | null;
}

function digest(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}

function bearerMatches(request: FastifyRequest, token: string): boolean {
  const header = request.headers.authorization ?? '';
  const match = /^Bearer\s+(.+)$/i.exec(header);
  // Compared as digests: equal lengths, constant time.
  return match?.[1] !== undefined && timingSafeEqual(digest(match[1].trim()), digest(token));
}

function accessOf(request: FastifyRequest): RouteAccess {
  // No route matched: the not-found handler answers (404 JSON for /api/*, the dashboard's
  // shell otherwise, which shows the login page), so there is nothing to protect.
  if (request.is404) return 'public';
  return request.routeOptions.config.access ?? 'admin';
}

/**
 * Guards every route by its `config.access` (missing = `admin`): public routes pass; the
 * others need a valid session (401 `{ error: 'sign in' }`) and a high enough role (403
 * `{ error: 'needs the moderator role' }`), and set `request.dashboardUser`. POST, PUT, PATCH
 * and DELETE on them (and sign-in/out) also need the CSRF token in `x-csrf-token` (403).
 * `/metrics` needs `Authorization: Bearer <GUILDHALL_METRICS_TOKEN>` when that is set (401).
 * @param app - the server, before its routes are registered
 * @param options - the session gate and the metrics token
 */
export function registerAccessHook(app: FastifyInstance, options: AccessHookOptions): void {
  const { gate, metricsToken } = options;
  app.addHook('onRequest', async (request, reply) => {
    const route = request.routeOptions.url;
    if (route === '/metrics' && metricsToken !== null && !bearerMatches(request, metricsToken)) {
      return reply
        .code(401)
        .header('www-authenticate', 'Bearer realm="metrics"')
        .send({ error: 'metrics need the bearer token' });
    }
    const access = accessOf(request);
    const changesState = STATE_CHANGING.has(request.method);
    if (access === 'public') {
      if (request.routeOptions.config.optionalSignIn === true) {
        // A public module route may answer signed-in staff more; a bad session is just nobody.
        const identity = await gate.identify(request);
        if (identity.user !== null) request.dashboardUser = identity.user;
      }
      if (changesState && route !== undefined && CSRF_CHECKED_PUBLIC.has(route)) {
        const problem = await csrfProblem(app, request);
        if (problem !== null) return reply.code(403).send({ error: problem });
      }
      return undefined;
    }
    const identity = await gate.identify(request);
    if (identity.user === null) {
      if (identity.lost !== undefined) {
        return reply.code(403).send({ error: 'no longer has dashboard access: sign in again' });
      }
      return reply.code(401).send({ error: 'sign in' });
    }
    if (!roleAllows(identity.user.role, access)) {
      return reply.code(403).send({ error: `needs the ${access} role` });
    }
    if (changesState) {
      const problem = await csrfProblem(app, request);
      if (problem !== null) return reply.code(403).send({ error: problem });
    }
    request.dashboardUser = identity.user;
    return undefined;
  });
}
