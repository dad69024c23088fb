import type { FastifyInstance } from 'fastify';
import type { SandboxRouteDeps } from './SandboxRouteDeps.js';
import { registerGuildRoutes } from './guildRoutes.js';
import { registerInteractionRoutes } from './interactionRoutes.js';
import { registerMemberRoutes } from './memberRoutes.js';
import { registerMessageRoutes } from './messageRoutes.js';
import { sandboxErrorHandler } from './sandboxErrorHandler.js';

/** Where the sandbox API lives. */
export const SANDBOX_API_PREFIX = '/api/sandbox';

/**
 * The sandbox HTTP API (see docs/sandbox-api.md), a Fastify plugin: reads of the sandbox
 * guild, and acting as members. Bodies are validated with zod (400, nothing changed);
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
      scope.setErrorHandler(sandboxErrorHandler);
      registerGuildRoutes(scope, routeDeps);
      registerMemberRoutes(scope, routeDeps);
      registerMessageRoutes(scope, routeDeps);
      registerInteractionRoutes(scope, routeDeps);
      return Promise.resolve();
    },
    { prefix },
  );
}
