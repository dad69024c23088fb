import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CsvFile, defineRoute } from '../../src/core/defineRoute.js';
import { CsvExport } from '../../src/modules/analytics/http/AnalyticsApi.js';
import { testDialect } from '../testStore.js';
import { openAnalyticsApi, type AnalyticsApiServer } from './analyticsApiServer.js';
import { X, Y } from './metricsFixture.js';

// Expected values computed by hand from the fixture (test/analytics/metricsFixture.ts).
const RANGE = 'from=2026-03-02&to=2026-03-29';

describe(`GET /api/analytics/export.csv, a CSV file download (${testDialect})`, () => {
  let api: AnalyticsApiServer | undefined;
  afterEach(async () => {
    await api?.close();
    api = undefined;
  });

  async function open(): Promise<FastifyInstance> {
    api = await openAnalyticsApi();
    return api.app;
  }

  it('sends the table as text/csv, an attachment named after the dataset and range', async () => {
    const server = await open();
    const res = await server.inject(`/api/analytics/export.csv?${RANGE}&dataset=channels`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe(
      'attachment; filename="analytics-channels-2026-03-02-to-2026-03-29.csv"; ' +
        "filename*=UTF-8''analytics-channels-2026-03-02-to-2026-03-29.csv",
    );
    expect(res.body.split('\r\n')).toEqual([
      'channel_id,messages,replies,reactions,topics,answered,answered_share,median_response_hours,p90_response_hours',
      `${X},32,10,6,4,4,1,2.5,26`,
      `${Y},8,2,1,3,1,0.3333333333333333,0.5,0.5`,
      '',
    ]);
  });

  it('holds the same text as the JSON /export, which stays for compatibility', async () => {
    const server = await open();
    const query = 'from=2026-03-02&to=2026-03-02&dataset=series';
    const file = await server.inject(`/api/analytics/export.csv?${query}`);
    expect(file.body).toBe(
      'date,members,joins,leaves,messages,replies,reactions,dau,wau,mau,stickiness\r\n2026-03-02,3,1,1,10,4,2,3,3,3,1\r\n',
    );
    const json = CsvExport.parse((await server.inject(`/api/analytics/export?${query}`)).json());
    expect(json).toEqual({
      filename: 'analytics-series-2026-03-02-to-2026-03-02.csv',
      contentType: 'text/csv',
      csv: file.body,
    });
  });

  it('refuses a bad range or dataset as JSON { error }, with no attachment', async () => {
    const server = await open();
    const backwards = await server.inject('/api/analytics/export.csv?from=2026-03-29&to=2026-03-02&dataset=series');
    expect(backwards.statusCode).toBe(400);
    expect(backwards.headers['content-type']).toContain('application/json');
    expect(backwards.headers['content-disposition']).toBeUndefined();
    expect(backwards.json()).toEqual({ error: 'from must be on or before to.' });
    const unknown = await server.inject(`/api/analytics/export.csv?${RANGE}&dataset=everything`);
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json<{ error: string }>().error).toMatch(/^dataset: /);
  });

  it('defineRoute refuses a text/csv route whose response is not CsvFile, and takes one that is', () => {
    const base = { method: 'GET', access: 'viewer', summary: 'x', produces: 'text/csv' } as const;
    const handle = () => Promise.resolve({ status: 200 as const, body: { filename: 'a.csv', body: '' } });
    expect(() =>
      defineRoute({ ...base, path: '/a.csv', response: z.object({ filename: z.string(), body: z.string() }), handle }),
    ).toThrow("a text/csv route's response must be CsvFile");
    expect(defineRoute({ ...base, path: '/a.csv', response: CsvFile, handle }).produces).toBe('text/csv');
  });
});
