import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestStore, testDialect, type TestStore } from '../../../../test/testStore.js';
import { seededRandom } from '../../../../test/seededRandom.js';
import { analyticsMigrations } from '../analyticsMigrations.js';
import { analyticsDb, DAY_MS } from '../AnalyticsTables.js';
import { firstResponse, firstResponseByChannel, firstResponseOf } from '../metrics/firstResponse.js';
import { RESPONSE_BUCKET_EDGES, responseBucketBounds, responseBucketOf, topicBucketOf } from './responseBuckets.js';
import { rebuildResponseCounts } from './responseCounts.js';

const GUILD = '900000000000000078';
const D = 20_100;
const CHANNELS = ['300000000000000001', '300000000000000002', '300000000000000003'];

describe('response-time buckets', () => {
  it('puts every time in the bucket whose bounds hold it, edges in the bucket they start', () => {
    expect(RESPONSE_BUCKET_EDGES.slice(0, 6)).toEqual([0, 1000, 1250, 1500, 1750, 2000]);
    for (let b = 1; b < RESPONSE_BUCKET_EDGES.length; b += 1) {
      expect(RESPONSE_BUCKET_EDGES[b]).toBeGreaterThan(RESPONSE_BUCKET_EDGES[b - 1] ?? 0);
    }
    const times = [-5, 0, 1, 999, ...RESPONSE_BUCKET_EDGES.flatMap((e) => [e - 1, e, e + 1]), 1e12];
    for (const ms of times) {
      const bucket = responseBucketOf(ms);
      const { from, below } = responseBucketBounds(bucket);
      if (from !== null) expect(ms).toBeGreaterThanOrEqual(from);
      if (below !== null) expect(ms).toBeLessThan(below);
    }
    expect(responseBucketOf(1e12)).toBe(RESPONSE_BUCKET_EDGES.length - 1);
    expect(topicBucketOf({ posted_at: 10, first_response_at: null })).toBe(-1);
    expect(topicBucketOf({ posted_at: '1000', first_response_at: '2250' })).toBe(2);
  });
});

// Response times on and beside every bucket edge, many ties: the SQL bucketing of the rebuild
// agrees with the handlers' (JavaScript) one, and the guild's median and p90 read through the
// buckets equal those of every row.
describe(`response-time buckets in the database (${testDialect})`, () => {
  let store: TestStore;
  const topics: { channel_id: string; posted_at: number; first_response_at: number | null; day: number }[] = [];
  beforeAll(async () => {
    store = await openTestStore([{ owner: 'analytics', migrations: analyticsMigrations }]);
    const rand = seededRandom(5);
    const waits = [...RESPONSE_BUCKET_EDGES.flatMap((e) => [e - 1, e, e + 1]).filter((w) => w >= 0), 123_456_789];
    const rows = Array.from({ length: 900 }, (_, i) => {
      // Days on both sides of 8- and 64-day block edges (D + 60 starts a 64-day block).
      const posted = (D + Math.floor(rand() * 140)) * DAY_MS + Math.floor(rand() * DAY_MS);
      const wait = rand() < 0.2 ? null : (waits[Math.floor(rand() * waits.length)] ?? 0);
      const row = {
        guild_id: GUILD,
        message_id: String(500000000000000000n + BigInt(i)),
        channel_id: CHANNELS[Math.floor(rand() * 2.5)] ?? '',
        author_id: '400000000000000001',
        posted_at: posted,
        day: Math.floor(posted / DAY_MS),
        first_response_at: wait === null ? null : posted + wait,
        responder_id: null,
      };
      topics.push(row);
      return row;
    });
    const db = analyticsDb(store.db);
    for (let i = 0; i < rows.length; i += 300) {
      await db
        .insertInto('analytics_topics')
        .values(rows.slice(i, i + 300))
        .execute();
    }
    await rebuildResponseCounts(store.db, GUILD);
  });
  afterAll(async () => {
    await store.destroy();
  });

  it('the rebuild counts each topic in the bucket topicBucketOf gives it', async () => {
    const expected = new Map<string, number>();
    for (const t of topics) {
      const key = `${t.day}:${topicBucketOf(t)}`;
      expected.set(key, (expected.get(key) ?? 0) + 1);
    }
    const rows = await analyticsDb(store.db)
      .selectFrom('analytics_response_days')
      .select(['day', 'bucket', 'topics'])
      .where('guild_id', '=', GUILD)
      .execute();
    expect(new Map(rows.map((r) => [`${r.day}:${r.bucket}`, r.topics]))).toEqual(expected);
  });

  it('the median and p90 through the buckets equal those of every row, the guild and each channel', async () => {
    expect((D + 60) % 64).toBe(0);
    for (const [from, to] of [
      [D, D + 139],
      [D - 4, D + 123],
      [D + 3, D + 3],
      [D + 4, D + 11],
      [D + 11, D + 79],
      [D - 4, D + 59],
      [D + 60, D + 75],
      [D - 5, D + 2],
      [D + 90, D + 100],
    ] as const) {
      const range = { fromDay: from, toDay: to };
      const rows = topics.filter((t) => t.day >= from && t.day <= to);
      expect(await firstResponse(store.db, GUILD, range)).toEqual(firstResponseOf(rows));
      const byChannel = await firstResponseByChannel(store.db, GUILD, range, CHANNELS);
      for (const channel of CHANNELS) {
        const expected = firstResponseOf(rows.filter((r) => r.channel_id === channel));
        expect(byChannel.get(channel)).toEqual(expected);
        expect(await firstResponse(store.db, GUILD, range, channel)).toEqual(expected);
      }
    }
  });
});
