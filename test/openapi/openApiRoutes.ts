import type { RegisteredRoute } from '../../src/server/listRoutes.js';

/** The parts of an OpenAPI document the tests read. */
export interface OpenApiDocument {
  openapi: string;
  info: { title: string; version: string };
  paths: Record<string, Record<string, { responses?: Record<string, unknown> }>>;
}

/** `/api/members/:userId` as OpenAPI writes it: `/api/members/{userId}`. */
export const openApiPath = (url: string): string => url.replace(/:(\w+)/g, '{$1}');

/** Routes the document leaves out on purpose: itself, the docs' own routes and static files. */
export const undocumented = (route: RegisteredRoute): boolean =>
  route.method === 'HEAD' || route.url === '/openapi.json' || route.url.startsWith('/api/docs') || route.hidden;
