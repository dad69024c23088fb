import type { FastifyInstance } from 'fastify';
import type { RouteAccess } from './auth/DashboardAccess.js';

/** A route as registered: one method, its URL pattern and who may call it. */
export interface RegisteredRoute {
  method: string;
  /** The full URL pattern, prefix included: `/api/sandbox/members/:userId`. */
  url: string;
  /** `config.access`, undefined when the route left it out (treated as `admin`). */
  readonly access: RouteAccess | undefined;
  /** The route declares a schema with `hide: true` (static files, the docs' own routes). */
  readonly hidden: boolean;
}

const listed = new WeakMap<FastifyInstance, readonly RegisteredRoute[]>();

/**
 * The routes {@link listRoutes} recorded on `app` (`createHttpServer` starts recording before
 * anything is registered, so this is every route of the server once it is ready).
 * @param app - the root server
 * @throws Error when nothing records the server's routes
 */
export function registeredRoutes(app: FastifyInstance): readonly RegisteredRoute[] {
  const routes = listed.get(app);
  if (routes === undefined) throw new Error('the routes of this server are not recorded (see listRoutes)');
  return routes;
}

/**
 * Records every route registered on `app` from now on, one entry per method (Fastify's
 * automatic HEAD routes included). Call it before the routes are registered, e.g. from
 * `createHttpServer`'s `beforeRoutes`; the list fills in as they are, complete once the
 * server is ready.
 * @param app - the root server
 * @returns the list, filled in as routes are registered
 */
export function listRoutes(app: FastifyInstance): readonly RegisteredRoute[] {
  const routes: RegisteredRoute[] = [];
  listed.set(app, routes);
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) {
      // Read when asked: onRoute hooks registered later may still set the route's access.
      routes.push({
        method,
        url: route.url,
        get access() {
          return route.config?.access;
        },
        get hidden() {
          return route.schema?.hide === true;
        },
      });
    }
  });
  return routes;
}
