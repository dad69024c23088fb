import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import {
  AnalyticsChannels,
  AnalyticsSeries,
  AnalyticsSummary,
  CsvExport,
  HealthReport,
  RetentionCohorts,
} from '../../src/modules/analytics/http/AnalyticsApi.js';
import { testDialect } from '../testStore.js';
import { openAnalyticsApi, type AnalyticsApiServer } from './analyticsApiServer.js';
import { X, Y } from './metricsFixture.js';

// Expected values computed by hand from the fixture (test/analytics/metricsFixture.ts).
const RANGE = 'from=2026-03-02&to=2026-03-29';

describe(`analytics read API (${testDialect})`, () => {
  let api: AnalyticsApiServer | undefined;
  afterEach(async () => {
    await api?.close();
    api = undefined;
  });

  async function open(): Promise<FastifyInstance> {
    api = await openAnalyticsApi();
    return api.app;
  }

  it('GET /summary, /series, /channels answer the range by the published definitions', async () => {
    const server = await open();
    const summary = AnalyticsSummary.parse((await server.inject(`/api/analytics/summary?${RANGE}`)).json());
    expect(summary).toMatchObject({
      range: { from: '2026-03-02', to: '2026-03-29', days: 28 },
      members: 4,
      membersAtStart: 3,
      joins: 4,
      leaves: 3,
      messages: 40,
      dau: 2,
      wau: 2,
      mau: 5,
      activationRate: 0.25,
      firstResponse: { topics: 7, answered: 5, medianHours: 2, p90Hours: 26 },
    });

    const series = AnalyticsSeries.parse((await server.inject(`/api/analytics/series?${RANGE}`)).json());
    expect(series.points).toHaveLength(28);
    expect(series.points[0]).toEqual({
      date: '2026-03-02',
      members: 3,
      joins: 1,
      leaves: 1,
      messages: 10,
      replies: 4,
      reactions: 2,
      dau: 3,
      wau: 3,
      mau: 3,
      stickiness: 1,
    });
    expect(series.points.map((p) => p.members)).toEqual([
      3, 3, 4, 4, 4, 4, 4, 4, 3, 4, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 4, 4, 4, 4, 4, 4, 4, 4,
    ]);

    const channels = AnalyticsChannels.parse((await server.inject(`/api/analytics/channels?${RANGE}`)).json());
    expect(channels.channels.map((c) => [c.channelId, c.messages, c.firstResponse.answered])).toEqual([
      [X, 32, 4],
      [Y, 8, 1],
    ]);
  });

  it('GET /retention and /health', async () => {
    const server = await open();
    const retention = RetentionCohorts.parse(
      (await server.inject(`/api/analytics/retention?${RANGE}&basis=join`)).json(),
    );
    expect(retention.cohorts.map((c) => [c.week, c.size, c.retention7d, c.retention30d])).toEqual([
      ['2026-03-02', 2, 0.5, 1],
      ['2026-03-09', 2, 0, 0.5],
    ]);
    const health = HealthReport.parse((await server.inject(`/api/analytics/health?${RANGE}`)).json());
    // Default targets: engagement 1/3 ≥ 0.15 and growth 1/3 ≥ 0.05 → both 100; 40 + 30 + 15.
    expect(health.current).toEqual({ date: '2026-03-29', score: 85, engagement: 100, growth: 100, sentiment: 50 });
    expect(health.sentimentPending).toBe(true);
    expect(health.weights).toEqual({ engagement: 0.4, growth: 0.3, sentiment: 0.3 });
    expect(health.trend).toHaveLength(28);
  });

  it('GET /export gives CSV text with a file name; bad ranges are refused', async () => {
    const server = await open();
    const res = CsvExport.parse((await server.inject(`/api/analytics/export?${RANGE}&dataset=channels`)).json());
    expect(res.filename).toBe('analytics-channels-2026-03-02-to-2026-03-29.csv');
    expect(res.csv.split('\r\n')).toEqual([
      'channel_id,messages,replies,reactions,topics,answered,answered_share,median_response_hours,p90_response_hours',
      `${X},32,10,6,4,4,1,2.5,26`,
      `${Y},8,2,1,3,1,0.3333333333333333,0.5,0.5`,
      '',
    ]);
    const series = CsvExport.parse(
      (await server.inject(`/api/analytics/export?from=2026-03-02&to=2026-03-02&dataset=series`)).json(),
    );
    expect(series.csv).toBe(
      'date,members,joins,leaves,messages,replies,reactions,dau,wau,mau,stickiness\r\n2026-03-02,3,1,1,10,4,2,3,3,3,1\r\n',
    );
    const backwards = await server.inject('/api/analytics/summary?from=2026-03-29&to=2026-03-02');
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json()).toEqual({ error: 'from must be on or before to.' });
    const tooLong = await server.inject('/api/analytics/series?from=2020-01-01&to=2026-03-02');
    expect(tooLong.statusCode).toBe(400);
    const malformed = await server.inject('/api/analytics/series?from=March');
    expect(malformed.statusCode).toBe(400);
    // Without a range: the 30 days ending today (D41).
    const defaults = AnalyticsSeries.parse((await server.inject('/api/analytics/series')).json());
    expect(defaults.range).toEqual({ from: '2026-03-14', to: '2026-04-12', days: 30 });
  });
});
