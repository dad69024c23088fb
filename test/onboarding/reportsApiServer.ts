import Fastify, { type FastifyInstance } from 'fastify';
import { ManualClock } from '../../src/core/Clock.js';
import { registerModuleRoutes } from '../../src/server/registerModuleRoutes.js';
import { createTestEngine, type TestEngine } from '../createTestEngine.js';
import { NOW, reportsConfig, seedReportsFixture } from './reportsFixture.js';

/** The onboarding routes over the reports fixture, with a viewer signed in. */
export interface ReportsApiServer {
  t: TestEngine;
  app: FastifyInstance;
  close(): Promise<void>;
}

/**
 * Starts the onboarding module on the reports fixture at its "now" (2026-03-31 12:00 UTC) and
 * mounts its routes on a bare Fastify whose test-only hook signs a viewer in.
 */
export async function openReportsApi(): Promise<ReportsApiServer> {
  const t = await createTestEngine({
    moduleIds: ['onboarding'],
    configText: reportsConfig(),
    clock: new ManualClock(NOW),
    scheduler: 'none',
  });
  await seedReportsFixture(t.store.db, t.guild.id);
  const app = Fastify();
  app.addHook('preHandler', (request, _reply, done) => {
    request.dashboardUser = { userId: '300000000000000009', name: 'Viewer', role: 'viewer', devLogin: true };
    done();
  });
  await registerModuleRoutes(app, { engine: t.engine, guildId: t.guild.id });
  return {
    t,
    app,
    async close() {
      await app.close();
      await t.close();
    },
  };
}
