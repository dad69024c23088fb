import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestStore, testDialect, type TestStore } from '../../../../test/testStore.js';
import { analyticsMigrations } from '../analyticsMigrations.js';
import { analyticsDb, DAY_MS } from '../AnalyticsTables.js';
import { activeMembers } from './activeMembers.js';
import { COHORT_WEEKS } from './cohortCounts.js';
import { activeBetween, cohortMembers } from './cohorts.js';
import { mondayOf, ratio, type DayRange } from './DayRange.js';
import { firstResponse, firstResponseByChannel, firstResponseOf } from './firstResponse.js';
import { activationRate, retentionCohorts } from './retention.js';
import { rebuildMemberActivity } from '../rollups/memberActivity.js';
import { rebuildMemberStarts } from '../rollups/memberStarts.js';
import { rebuildResponseCounts } from '../rollups/responseCounts.js';
import { seededRandom } from '../../../../test/seededRandom.js';

// The cohort, activation, active-member and first-response queries count in SQL from the
// cohort's side and read only ranked values; here they are compared with the definitions
// applied in memory to every row, on a random community with the edge cases drawn often:
// activity on the start day and on days 30, 31, 84 and 85 after it, ties of response times,
// even and odd counts, a channel without topics.
const GUILD = '900000000000000077';
const D = 20_000;
const CHANNELS = ['300000000000000001', '300000000000000002', '300000000000000003', '300000000000000004'];
const user = (i: number): string => String(400000000000000000n + BigInt(i));

describe(`analytics metrics against their definitions on every row (${testDialect})`, () => {
  let store: TestStore;
  beforeAll(async () => {
    store = await openTestStore([{ owner: 'analytics', migrations: analyticsMigrations }]);
    const rand = seededRandom(11);
    const db = analyticsDb(store.db);
    const members = 60;
    const directory = Array.from({ length: members }, (_, i) => {
      const joined = (D + Math.floor(rand() * 40)) * DAY_MS + Math.floor(rand() * DAY_MS);
      return {
        guild_id: GUILD,
        user_id: user(i),
        username: user(i),
        display_name: user(i),
        bot: i % 17 === 0 ? 1 : 0,
        roles: '[]',
        joined_at: i % 13 === 0 ? null : joined,
        left_at: null,
        first_seen_at: joined,
        first_message_at: i % 7 === 0 ? null : joined + Math.floor(rand() * 5) * DAY_MS,
        last_active_at: null,
        updated_at: joined,
      };
    });
    await db.insertInto('member_directory').values(directory).execute();
    const days = new Map<
      string,
      { guild_id: string; day: number; user_id: string; messages: number; replies: number; reactions: number }
    >();
    for (const m of directory) {
      const start = Math.floor((m.joined_at ?? (D + 20) * DAY_MS) / DAY_MS);
      const edges = [0, 1, 7, 8, 30, 31, 84, 85].filter(() => rand() < 0.3);
      const others = Array.from({ length: Math.floor(rand() * 12) }, () => Math.floor(rand() * 100) - 5);
      for (const offset of [...edges, ...others]) {
        const day = start + offset;
        const messages = rand() < 0.3 ? 0 : 1 + Math.floor(rand() * 4);
        days.set(`${day}:${m.user_id}`, {
          guild_id: GUILD,
          day,
          user_id: m.user_id,
          messages,
          replies: rand() < 0.5 ? 0 : 1,
          reactions: messages === 0 ? 1 : 0,
        });
      }
    }
    await db
      .insertInto('analytics_member_days')
      .values([...days.values()])
      .execute();
    await rebuildMemberActivity(store.db, GUILD);
    const topics = Array.from({ length: 300 }, (_, t) => {
      const posted = (D + Math.floor(rand() * 60)) * DAY_MS + Math.floor(rand() * DAY_MS);
      // Response times from a few values (ties) and a long tail; a third unanswered.
      const wait =
        rand() < 0.5 ? ([60_000, 600_000, 3_600_000][Math.floor(rand() * 3)] ?? 0) : Math.floor(rand() * 9e7);
      return {
        guild_id: GUILD,
        message_id: String(500000000000000000n + BigInt(t)),
        channel_id: CHANNELS[Math.floor(rand() * 3)] ?? '',
        author_id: user(Math.floor(rand() * members)),
        posted_at: posted,
        day: Math.floor(posted / DAY_MS),
        first_response_at: rand() < 0.33 ? null : posted + wait,
        responder_id: null,
      };
    });
    await db.insertInto('analytics_topics').values(topics).execute();
    await rebuildResponseCounts(store.db, GUILD);
  });
  afterAll(async () => {
    await store.destroy();
  });

  const ranges: DayRange[] = [
    { fromDay: D, toDay: D + 59 },
    { fromDay: D + 3, toDay: D + 17 },
    { fromDay: D + 10, toDay: D + 10 },
    { fromDay: D + 11, toDay: D + 12 },
    { fromDay: D - 30, toDay: D - 1 },
  ];

  it('time to first response: median and p90 equal those of every row, overall and per channel', async () => {
    const db = analyticsDb(store.db);
    for (const range of ranges) {
      const rows = await db
        .selectFrom('analytics_topics')
        .select(['channel_id', 'posted_at', 'first_response_at'])
        .where('guild_id', '=', GUILD)
        .where('day', '>=', range.fromDay)
        .where('day', '<=', range.toDay)
        .execute();
      const all = firstResponseOf(rows);
      if (range === ranges[0]) expect(all.answered).toBeGreaterThan(100); // the data is not trivial
      expect(await firstResponse(store.db, GUILD, range)).toEqual(all);
      const byChannel = await firstResponseByChannel(store.db, GUILD, range, CHANNELS);
      for (const channel of CHANNELS) {
        expect(byChannel.get(channel)).toEqual(firstResponseOf(rows.filter((r) => r.channel_id === channel)));
        expect(await firstResponse(store.db, GUILD, range, channel)).toEqual(byChannel.get(channel));
      }
    }
  });

  // The cohort and activation queries read a member's kept start row when it was computed for
  // the directory's start day and probe the member's days otherwise: all three states agree.
  const keptStates = {
    'no kept start rows': async () => {
      await analyticsDb(store.db).deleteFrom('analytics_member_starts').execute();
    },
    'every start row kept': () => rebuildMemberStarts(store.db, GUILD),
    'a third of the rows kept for another start day': async () => {
      await rebuildMemberStarts(store.db, GUILD);
      const db = analyticsDb(store.db);
      const rows = await db.selectFrom('analytics_member_starts').select(['user_id', 'basis']).execute();
      for (const [i, r] of rows.entries()) {
        if (i % 3 !== 0) continue;
        await db
          .updateTable('analytics_member_starts')
          .set((eb) => ({ start_day: eb('start_day', '-', 1), mask: 2 ** 14 - 1 }))
          .where('user_id', '=', r.user_id)
          .where('basis', '=', r.basis)
          .execute();
      }
    },
  };

  it.each(Object.keys(keptStates))(
    'retention cohorts, activation and active members equal the definitions applied to every member (%s)',
    async (state) => {
      await keptStates[state as keyof typeof keptStates]();
      const kept = await analyticsDb(store.db).selectFrom('analytics_member_starts').select('mask').execute();
      if (state !== 'no kept start rows') expect(kept.filter((k) => k.mask > 0).length).toBeGreaterThan(10);
      const asOf = D + 200;
      for (const range of ranges) {
        for (const basis of ['join', 'first-message'] as const) {
          const members = await cohortMembers(store.db, GUILD, range, basis, COHORT_WEEKS * 7);
          const weeks = [...new Set(members.map((m) => mondayOf(m.start)))].sort((a, b) => a - b);
          const expected = weeks.map((week) => {
            const cohort = members.filter((m) => mondayOf(m.start) === week);
            const share = (first: number, last: number): number =>
              cohort.filter((m) => activeBetween(m.active, first, last)).length / cohort.length;
            return {
              week,
              size: cohort.length,
              retention7d: share(1, 7),
              retention30d: share(1, 30),
              weeks: Array.from({ length: COHORT_WEEKS }, (_, k) => share(7 * k + 1, 7 * k + 7)),
            };
          });
          if (range === ranges[0]) expect(expected.length).toBeGreaterThan(4);
          expect(await retentionCohorts(store.db, GUILD, range, basis, asOf)).toEqual(expected);
        }
        const joiners = await cohortMembers(store.db, GUILD, range, 'join', 7);
        const activated = joiners.filter((m) => activeBetween(m.posted, 0, 7)).length;
        expect(await activationRate(store.db, GUILD, range)).toBe(ratio(activated, joiners.length));
        for (const kind of ['any', 'interacted'] as const) {
          let query = analyticsDb(store.db)
            .selectFrom('analytics_member_days')
            .select('user_id')
            .distinct()
            .where('guild_id', '=', GUILD)
            .where('day', '>=', range.fromDay)
            .where('day', '<=', range.toDay);
          if (kind === 'interacted')
            query = query.where((eb) => eb.or([eb('replies', '>', 0), eb('reactions', '>', 0)]));
          expect(await activeMembers(store.db, GUILD, range, kind)).toBe((await query.execute()).length);
        }
      }
    },
  );
});
