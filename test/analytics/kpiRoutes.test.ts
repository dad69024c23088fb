import Fastify, { type FastifyInstance } from 'fastify';
import { stringify } from 'yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/core/Clock.js';
import { analyticsDb, dayOf } from '../../src/modules/analytics/AnalyticsTables.js';
import { registerModuleRoutes } from '../../src/server/registerModuleRoutes.js';
import { createTestEngine, type TestEngine } from '../createTestEngine.js';
import { testDialect } from '../testStore.js';

const config = stringify({
  community: { name: 'Analytics Test' },
  analytics: {
    kpis: {
      messages_per_day: { target: 10, critical: 5 },
      support_response_time_hours: { target: 2, critical: 6 },
    },
    alerts: { checkEvery: '5m', criticalChannel: 'mod-log', warningChannel: 'general', infoChannel: 'announcements' },
  },
});

describe(`KPI and alert API (${testDialect})`, () => {
  let t: TestEngine | undefined;
  let app: FastifyInstance | undefined;
  afterEach(async () => {
    await app?.close();
    await t?.close();
    app = undefined;
    t = undefined;
  });

  it('GET /api/analytics/kpis and /alerts show each KPI against its target and the alert history', async () => {
    const start = Date.UTC(2026, 2, 4, 12);
    t = await createTestEngine({ configText: config, moduleIds: ['analytics'], clock: new ManualClock(start) });
    await t.start();
    const today = dayOf(start);
    for (let day = today - 7; day < today; day += 1) {
      await analyticsDb(t.store.db)
        .insertInto('analytics_days')
        .values({ guild_id: t.guild.id, day, messages: 4, replies: 0, reactions: 0, joins: 0, leaves: 0 })
        .execute();
    }
    t.clock.advance(5 * 60_000);
    await t.runDueJobs();
    app = Fastify();
    // Test-only stand-in for the sign-in hook: a viewer is signed in.
    app.addHook('preHandler', (request, _reply, done) => {
      request.dashboardUser = { userId: '300000000000000009', name: 'Viewer', role: 'viewer', devLogin: true };
      done();
    });
    await registerModuleRoutes(app, { engine: t.engine, guildId: t.guild.id });

    const kpis = await app.inject('/api/analytics/kpis');
    expect(kpis.statusCode).toBe(200);
    const body = kpis.json<{ kpis: { openAlertId: number | null }[] }>();
    const alertId = body.kpis[0]?.openAlertId;
    expect(body).toEqual({
      measuredAt: start + 5 * 60_000,
      kpis: [
        {
          kpi: 'messages_per_day',
          label: 'Messages per day',
          value: 4,
          target: 10,
          critical: 5,
          higherIsBetter: true,
          level: 'critical',
          shown: '4',
          openAlertId: expect.any(Number) as number,
        },
        {
          kpi: 'support_response_time_hours',
          label: 'Support response time',
          value: null,
          target: 2,
          critical: 6,
          higherIsBetter: false,
          level: null,
          shown: 'n/a',
          openAlertId: null,
        },
      ],
    });

    const alerts = await app.inject('/api/analytics/alerts?status=open');
    expect(alerts.json()).toEqual({
      alerts: [
        {
          alertId,
          kpi: 'messages_per_day',
          label: 'Messages per day',
          level: 'critical',
          value: 4,
          target: 10,
          critical: 5,
          openedAt: start + 5 * 60_000,
          closedAt: null,
          closedValue: null,
        },
      ],
      nextBefore: null,
    });
    const bad = await app.inject('/api/analytics/alerts?limit=0');
    expect(bad.statusCode).toBe(400);
  });
});
