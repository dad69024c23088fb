import Fastify, { type FastifyInstance } from 'fastify';
import { registerModuleRoutes } from '../../src/server/registerModuleRoutes.js';
import type { EventsCommunity } from './eventsCommunity.js';

/** The header a test sends to be signed in with that dashboard role (no header: nobody). */
export const TEST_ROLE_HEADER = 'x-test-role';

/**
 * Mounts the events community's module routes on a bare Fastify whose test-only hook signs a
 * user in with the role of the `x-test-role` header, and nobody without it (as the access hook
 * does for a public route called without a session).
 * @param t - the events community
 */
export async function openEventsApi(t: EventsCommunity): Promise<FastifyInstance> {
  const app = Fastify();
  app.addHook('preHandler', (request, _reply, done) => {
    const role = request.headers[TEST_ROLE_HEADER];
    if (role === 'viewer' || role === 'moderator' || role === 'admin') {
      request.dashboardUser = {
        userId: '300000000000000009',
        name: 'Staff',
        role,
        devLogin: true,
      };
    }
    done();
  });
  await registerModuleRoutes(app, { engine: t.c.engine, guildId: t.guildId });
  return app;
}
