import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestStore, testDialect, type TestStore } from '../../../../test/testStore.js';
import { seededRandom } from '../../../../test/seededRandom.js';
import { analyticsMigrations } from '../analyticsMigrations.js';
import { analyticsDb } from '../AnalyticsTables.js';
import { addToChannelBlocks, rebuildChannelBlocks, type ChannelDayCounts } from '../rollups/channelBlocks.js';
import { channelTotals } from './channelTotals.js';

const GUILD = '900000000000000080';
const D = 20_096; // a multiple of 64: ranges below start and end inside and on block edges
const CHANNELS = ['300000000000000001', '300000000000000002', '300000000000000003'];

// A channel's totals over a range come from days and blocks of 8 and 64 days: they equal the
// sums of its days, for ranges on and across block edges, with blocks kept by the handlers'
// path (addToChannelBlocks, in pieces) and by the rebuild.
describe(`channel totals over days and blocks (${testDialect})`, () => {
  let store: TestStore;
  const days: ChannelDayCounts[] = [];
  beforeAll(async () => {
    store = await openTestStore([{ owner: 'analytics', migrations: analyticsMigrations }]);
    const rand = seededRandom(17);
    for (let day = D - 10; day < D + 200; day += 1) {
      for (const channel_id of CHANNELS) {
        if (rand() < 0.3) continue;
        days.push({
          day,
          channel_id,
          messages: Math.floor(rand() * 50),
          replies: Math.floor(rand() * 10),
          reactions: Math.floor(rand() * 20),
        });
      }
    }
    const db = analyticsDb(store.db);
    for (let i = 0; i < days.length; i += 100) {
      const piece = days.slice(i, i + 100);
      await db
        .insertInto('analytics_channel_days')
        .values(piece.map((d) => ({ guild_id: GUILD, ...d })))
        .execute();
      await addToChannelBlocks(store.db, GUILD, piece);
    }
  });
  afterAll(async () => {
    await store.destroy();
  });

  const sums = (from: number, to: number) => {
    const out = new Map<string, { messages: number; replies: number; reactions: number }>();
    for (const d of days.filter((x) => x.day >= from && x.day <= to)) {
      const kept = out.get(d.channel_id) ?? { messages: 0, replies: 0, reactions: 0 };
      kept.messages += d.messages;
      kept.replies += d.replies;
      kept.reactions += d.reactions;
      out.set(d.channel_id, kept);
    }
    return out;
  };
  const ranges: [number, number][] = [
    [D - 10, D + 199],
    [D, D + 63],
    [D, D + 127],
    [D - 3, D + 130],
    [D + 5, D + 5],
    [D + 7, D + 9],
    [D + 63, D + 64],
    [D + 300, D + 310],
  ];

  it('equal the sums of the days, kept incrementally and rebuilt', async () => {
    for (const rebuilt of [false, true]) {
      if (rebuilt) await rebuildChannelBlocks(store.db, GUILD);
      for (const [from, to] of ranges) {
        const totals = await channelTotals(store.db, GUILD, { fromDay: from, toDay: to });
        const got = new Map(
          totals.map((t) => [t.channel_id, { messages: t.messages, replies: t.replies, reactions: t.reactions }]),
        );
        expect(got).toEqual(sums(from, to));
      }
    }
    expect(sums(D - 10, D + 199).get(CHANNELS[0] ?? '')?.messages).toBeGreaterThan(1000);
  });
});
