import Fastify, { type FastifyInstance } from 'fastify';
import { ManualClock } from '../../src/core/Clock.js';
import { DAY_MS } from '../../src/modules/analytics/AnalyticsTables.js';
import { registerModuleRoutes } from '../../src/server/registerModuleRoutes.js';
import { createTestEngine, type TestEngine } from '../createTestEngine.js';
import { D0, seedMetricsFixture } from './metricsFixture.js';

/** The analytics routes over the metrics fixture, with a viewer signed in. */
export interface AnalyticsApiServer {
  t: TestEngine;
  app: FastifyInstance;
  close(): Promise<void>;
}

/**
 * Starts the analytics module on the hand-computed fixture (test/analytics/metricsFixture.ts),
 * "today" being D41 (2026-04-12) noon, so retention windows are over up to D40, and mounts its
 * routes on a bare Fastify whose test-only sign-in hook signs a viewer in.
 */
export async function openAnalyticsApi(): Promise<AnalyticsApiServer> {
  const t = await createTestEngine({
    moduleIds: ['analytics'],
    clock: new ManualClock((D0 + 41) * DAY_MS + DAY_MS / 2),
  });
  await seedMetricsFixture(t.store.db, t.guild.id);
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
