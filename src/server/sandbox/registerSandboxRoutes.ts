import type { FastifyInstance } from 'fastify';
import { useZodSchemas } from '../openapi/useZodSchemas.js';
import type { SandboxRouteDeps } from './SandboxRouteDeps.js';
import { registerGuildRoutes } from './guildRoutes.js';
import { registerInteractionRoutes } from './interactionRoutes.js';
import { registerMemberRoutes } from './memberRoutes.js';
import { registerMessageRoutes } from './messageRoutes.js';
import { registerPollRoutes } from './pollRoutes.js';
import { sandboxErrorHandler } from './sandboxErrorHandler.js';
import { registerScheduledEventRoutes } from './scheduledEventRoutes.js';

/** Where the sandbox API lives. */
export const SANDBOX_API_PREFIX = '/api/sandbox';

/**
 * The sandbox HTTP API (see docs/sandbox-api.md), a Fastify plugin: reads of the sandbox
 * guild, and acting as members, for any signed-in viewer. Bodies, queries and path parameters
 * are validated with the zod schemas each route declares (also in `/openapi.json`; 400,
 * nothing changed);
 * unknown ids answer 404 and Discord rules an action would break 422. Every mutating route
 * awaits `settle()` before answering, so the answer shows what the modules did about it.
 * Works registered with `{ prefix: '/api/sandbox' }` or called directly on the root app;
 * its error handler is scoped to its own routes.
 * @param app - the Fastify instance (or the scope it is registered in)
 * @param deps - the sandbox and the engine's settle
 */
export async function registerSandboxRoutes(app: FastifyInstance, deps: SandboxRouteDeps): Promise<void> {
  const prefix = app.prefix.endsWith(SANDBOX_API_PREFIX) ? '' : SANDBOX_API_PREFIX;
  const routeDeps: SandboxRouteDeps = { sandbox: deps.sandbox, settle: deps.settle };
  await app.register(
    (scope) => {
      const api = useZodSchemas(scope);
      scope.setErrorHandler(sandboxErrorHandler);
      registerGuildRoutes(api, routeDeps);
      registerMemberRoutes(api, routeDeps);
      registerMessageRoutes(api, routeDeps);
      registerPollRoutes(api, routeDeps);
      registerInteractionRoutes(api, routeDeps);
      registerScheduledEventRoutes(api, routeDeps);
      return Promise.resolve();
    },
    { prefix },
  );
}
