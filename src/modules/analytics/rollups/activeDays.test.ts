import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestStore, testDialect, type TestStore } from '../../../../test/testStore.js';
import { analyticsMigrations } from '../analyticsMigrations.js';
import { analyticsDb } from '../AnalyticsTables.js';
import { newlyCounted, rebuildActiveDays } from './activeDays.js';
import { bumpMemberDay } from './bumpCounts.js';
import { seededRandom } from '../../../../test/seededRandom.js';

type Row = { day: number; dau: number; wau: number; mau: number };

/** DAU / WAU / MAU counted the slow way: distinct members over each window, every day. */
function bruteForce(active: readonly { user: string; day: number }[]): Row[] {
  if (active.length === 0) return [];
  const first = Math.min(...active.map((a) => a.day));
  const last = Math.max(...active.map((a) => a.day)) + 29;
  const out: Row[] = [];
  for (let day = first; day <= last; day += 1) {
    const within = (w: number) =>
      new Set(active.filter((a) => a.day <= day && a.day > day - w).map((a) => a.user)).size;
    out.push({ day, dau: within(1), wau: within(7), mau: within(30) });
  }
  return out.filter((r) => r.mau > 0);
}

describe(`analytics_active_days kept incrementally (${testDialect})`, () => {
  let store: TestStore;
  beforeAll(async () => {
    store = await openTestStore([{ owner: 'analytics', migrations: analyticsMigrations }]);
  });
  afterAll(async () => {
    await store.destroy();
  });

  async function counts(guildId: string): Promise<Row[]> {
    const rows = await analyticsDb(store.db)
      .selectFrom('analytics_active_days')
      .select(['day', 'dau', 'wau', 'mau'])
      .where('guild_id', '=', guildId)
      .orderBy('day')
      .execute();
    return rows.filter((r) => r.mau > 0);
  }

  it('gives the days a new active day counts on, given the member’s previous and next ones', () => {
    // Alone: the day itself, the 7 and the 30 days from it.
    expect(newlyCounted(10, null, null)).toEqual({ dau: [10, 10], wau: [10, 16], mau: [10, 39] });
    // After day 8: the week already counts them up to day 14, the month up to day 37.
    expect(newlyCounted(10, 8, null)).toEqual({ dau: [10, 10], wau: [15, 16], mau: [38, 39] });
    // Before day 12 (inserted out of order): only days 10 and 11 are new.
    expect(newlyCounted(10, null, 12)).toEqual({ dau: [10, 10], wau: [10, 11], mau: [10, 11] });
    // Between 8 and 12: nothing new in the week or month.
    expect(newlyCounted(10, 8, 12)).toEqual({ dau: [10, 10], wau: null, mau: null });
  });

  it('counts a hand-made example whatever the order of the events', async () => {
    // Ada active on days 100, 103 and 140; Bob on 103 (twice: one row).
    const events = [
      { user: 'ada', day: 140 },
      { user: 'ada', day: 103 },
      { user: 'bob', day: 103 },
      { user: 'ada', day: 100 },
      { user: 'bob', day: 103 },
    ];
    for (const e of events) await bumpMemberDay(store.db, 'g-hand', e.day, e.user, { messages: 1 });
    const rows = await counts('g-hand');
    const on = (day: number) => rows.find((r) => r.day === day);
    expect(on(100)).toEqual({ day: 100, dau: 1, wau: 1, mau: 1 });
    expect(on(103)).toEqual({ day: 103, dau: 2, wau: 2, mau: 2 });
    expect(on(109)).toEqual({ day: 109, dau: 0, wau: 2, mau: 2 }); // 103 … 109
    expect(on(110)).toEqual({ day: 110, dau: 0, wau: 0, mau: 2 });
    expect(on(132)).toEqual({ day: 132, dau: 0, wau: 0, mau: 2 }); // 103 … 132
    expect(on(133)).toBeUndefined(); // nobody in 104 … 133
    expect(on(140)).toEqual({ day: 140, dau: 1, wau: 1, mau: 1 });
    expect(on(169)).toEqual({ day: 169, dau: 0, wau: 0, mau: 1 });
    expect(rows.length).toBe(33 + 30); // days 100–132 and 140–169
  });

  it('matches a brute-force count for random members, days and insertion orders', async () => {
    for (const seed of [1, 2, 3]) {
      const next = seededRandom(seed);
      const guildId = `g-random-${seed}`;
      const events = Array.from({ length: 120 }, () => ({
        user: `u${Math.floor(next() * 6)}`,
        day: 1000 + Math.floor(next() * 80),
      }));
      for (const e of events) await bumpMemberDay(store.db, guildId, e.day, e.user, { reactions: 1 });
      const expected = bruteForce(events);
      expect(await counts(guildId)).toEqual(expected);
      // The rebuild (the migration's backfill) agrees.
      await rebuildActiveDays(store.db, guildId);
      expect(await counts(guildId)).toEqual(expected);
    }
  });
});
