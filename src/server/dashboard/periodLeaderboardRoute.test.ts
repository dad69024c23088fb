import Fastify, { type FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../core/Clock.js';
import { MemberDirectory } from '../../core/members/MemberDirectory.js';
import { openTestStore, testDialect, type TestStore } from '../../../test/testStore.js';
import { moduleMigrations } from '../../modules/moduleList.js';
import { creditMember, RecognitionConfig, recognitionReadModel, type Credit } from '../../modules/recognition/index.js';
import type { LeaderboardEntry, PeriodLeaderboardResponse } from './DashboardApi.js';
import { registerDashboardRoutes } from './registerDashboardRoutes.js';

const GUILD = '100000000000000001';
const OTHER_GUILD = '100000000000000002';
const ADA = '200000000000000001';
const BOB = '200000000000000002';
const CARL = '200000000000000003';
/** Wednesday 2026-03-18 12:00 UTC: week of 2026-03-16, March 2026, season 1 by default. */
const NOW = Date.UTC(2026, 2, 18, 12);
const DAY = 86_400_000;

const PRESET_CATEGORIES = [
  { id: 'points', label: 'Points', measure: 'points' },
  { id: 'helpful_answers', label: 'Helpful answers', measure: 'count' },
  { id: 'tutorials', label: 'Tutorials', measure: 'count' },
  { id: 'events_attended', label: 'Events attended', measure: 'count' },
  { id: 'support_heroes', label: 'Support heroes', measure: 'count' },
];

let store: TestStore;
let clock: ManualClock;
let apps: FastifyInstance[] = [];
let seq = 0;

/** A dashboard server reading `store` with the given `recognition:` section. */
async function dashboard(recognition?: RecognitionConfig): Promise<FastifyInstance> {
  const app = Fastify();
  registerDashboardRoutes(app, {
    store,
    community: { version: 1, community: { name: 'Test Community', guildId: GUILD } },
    platformKind: 'sandbox',
    guildId: GUILD,
    now: () => clock.now(),
    ...(recognition === undefined ? {} : { recognition }),
  });
  await app.ready();
  apps.push(app);
  return app;
}

/** Awards through recognition's own credit path, so every period's totals are written. */
async function award(
  userId: string,
  kind: Credit['kind'],
  points: number,
  at: number,
  options: { guildId?: string; config?: RecognitionConfig } = {},
): Promise<void> {
  seq += 1;
  const { rules } = recognitionReadModel(store.db, options.config);
  await creditMember(store.db, rules, options.guildId ?? GUILD, {
    userId,
    kind,
    points,
    count: 1,
    sourceEventId: `test:${seq}`,
    at,
  });
}

async function joined(userId: string, username: string): Promise<void> {
  await new MemberDirectory(store.db, clock).remember(GUILD, { userId, username, displayName: username, bot: false });
}

async function board(app: FastifyInstance, query: string): Promise<PeriodLeaderboardResponse> {
  const response = await app.inject({ method: 'GET', url: `/api/v2/leaderboard${query}` });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<PeriodLeaderboardResponse>();
}

/** Entries as `[name or id, value]`, the way a reader scans the board. */
async function rows(app: FastifyInstance, query: string): Promise<[string, number][]> {
  return (await board(app, query)).entries.map((e) => [e.name ?? e.userId, e.value]);
}

async function badRequest(app: FastifyInstance, query: string): Promise<string> {
  const response = await app.inject({ method: 'GET', url: `/api/v2/leaderboard${query}` });
  expect(response.statusCode, response.body).toBe(400);
  return response.json<{ error: string }>().error;
}

beforeEach(async () => {
  store = await openTestStore(moduleMigrations());
  clock = new ManualClock(NOW);
  await joined(ADA, 'ada');
  await joined(BOB, 'bob');
  // carl has no join event: his name is unknown.
  await award(ADA, 'message', 1, Date.UTC(2025, 11, 20)); // season 0 (before 2026-01-05)
  await award(ADA, 'tutorial', 25, Date.UTC(2026, 1, 20)); // February
  await award(BOB, 'helpful_answer', 5, Date.UTC(2026, 2, 3)); // March, week of 03-02
  await award(ADA, 'message', 1, Date.UTC(2026, 2, 15, 23, 59)); // March, week of 03-09
  await award(CARL, 'message', 1, Date.UTC(2026, 2, 16)); // this week, its first millisecond
  await award(BOB, 'helpful_answer', 5, Date.UTC(2026, 2, 17)); // this week
  await award(ADA, 'code_contribution', 100, Date.UTC(2026, 2, 17), { guildId: OTHER_GUILD });
});

afterEach(async () => {
  for (const app of apps) await app.close();
  apps = [];
  await store.destroy();
});

describe(`GET /api/v2/leaderboard (${testDialect})`, () => {
  it('shows the current week, month, season and all time at the server clock', async () => {
    const app = await dashboard();

    const week = await board(app, '?period=week');
    expect(week).toEqual({
      period: 'week',
      label: 'week of 2026-03-16',
      start: Date.UTC(2026, 2, 16),
      end: Date.UTC(2026, 2, 23),
      category: 'points',
      categoryLabel: 'Points',
      measure: 'points',
      categories: PRESET_CATEGORIES,
      entries: [
        { rank: 1, userId: BOB, name: 'bob', value: 5 },
        { rank: 2, userId: CARL, name: null, value: 1 },
      ],
    });
    const month = await board(app, '?period=month');
    expect([month.label, month.start, month.end]).toEqual(['March 2026', Date.UTC(2026, 2, 1), Date.UTC(2026, 3, 1)]);
    expect(await rows(app, '?period=month')).toEqual([
      ['bob', 10],
      ['ada', 1],
      [CARL, 1],
    ]);
    const season = await board(app, '?period=season');
    expect([season.label, season.start, season.end]).toEqual(['season 1', Date.UTC(2026, 0, 5), Date.UTC(2026, 3, 6)]);
    expect(await rows(app, '?period=season')).toEqual([
      ['ada', 26],
      ['bob', 10],
      [CARL, 1],
    ]);
    const all = await board(app, '?period=all');
    expect([all.label, all.start, all.end]).toEqual(['all time', null, null]);
    expect(await rows(app, '?period=all')).toEqual([
      ['ada', 27],
      ['bob', 10],
      [CARL, 1],
    ]);
  });

  it('defaults to all-time points, top 10, and honours the limit', async () => {
    const app = await dashboard();
    const defaults = await board(app, '');
    expect([defaults.period, defaults.category]).toEqual(['all', 'points']);
    expect(defaults.entries.map((e) => e.rank)).toEqual([1, 2, 3]);
    expect(await rows(app, '?period=month&limit=1')).toEqual([['bob', 10]]);
  });

  it('counts a category per period', async () => {
    const app = await dashboard();
    const week = await board(app, '?period=week&category=helpful_answers');
    expect([week.categoryLabel, week.measure, week.entries]).toEqual([
      'Helpful answers',
      'count',
      [{ rank: 1, userId: BOB, name: 'bob', value: 1 }],
    ]);
    expect(await rows(app, '?period=month&category=helpful_answers')).toEqual([['bob', 2]]);
    expect(await rows(app, '?period=season&category=tutorials')).toEqual([['ada', 1]]);
    expect(await rows(app, '?period=month&category=tutorials')).toEqual([]);
  });

  it('moves to the next period when the clock does', async () => {
    const app = await dashboard();
    clock.advance(5 * DAY); // Monday 2026-03-23 12:00
    const week = await board(app, '?period=week');
    expect([week.label, week.entries]).toEqual(['week of 2026-03-23', []]);
    expect(await rows(app, '?period=month')).toEqual([
      ['bob', 10],
      ['ada', 1],
      [CARL, 1],
    ]);
    clock.advance(14 * DAY); // 2026-04-06: season 2 begins
    const season = await board(app, '?period=season');
    expect([season.label, season.entries]).toEqual(['season 2', []]);
  });

  it('cuts seasons and lists categories as the recognition section says', async () => {
    const config = RecognitionConfig.parse({
      leaderboards: {
        seasonStart: '2026-03-01',
        seasonLength: '14d',
        categories: { building: { label: 'Building', kinds: ['tutorial', 'code_contribution'], measure: 'points' } },
      },
    });
    await award(CARL, 'tutorial', 25, Date.UTC(2026, 2, 17), { config });
    const app = await dashboard(config);
    const season = await board(app, '?period=season&category=building');
    expect(season).toMatchObject({
      label: 'season 2',
      start: Date.UTC(2026, 2, 15),
      end: Date.UTC(2026, 2, 29),
      categoryLabel: 'Building',
      measure: 'points',
      categories: [
        { id: 'points', label: 'Points', measure: 'points' },
        { id: 'building', label: 'Building', measure: 'points' },
      ],
    });
    expect(season.entries.map((e) => [e.name ?? e.userId, e.value])).toEqual([[CARL, 25]]);
    // Awards made under the default seasons were totalled in those (recompute after changing them).
    expect(await rows(app, '?period=season')).toEqual([[CARL, 25]]);
    expect(await badRequest(app, '?category=helpful_answers')).toBe(
      'category: no category "helpful_answers"; must be one of points, building',
    );
  });

  it('answers 400 naming the parameter and what it accepts', async () => {
    const app = await dashboard();
    expect(await badRequest(app, '?period=fortnight')).toBe('period: must be one of week, month, season, all');
    expect(await badRequest(app, '?period=')).toBe('period: must be one of week, month, season, all');
    expect(await badRequest(app, '?category=karma')).toBe(
      'category: no category "karma"; must be one of points, helpful_answers, tutorials, events_attended, support_heroes',
    );
    for (const limit of ['0', '101', '2.5', 'ten']) {
      expect(await badRequest(app, `?limit=${limit}`)).toBe('limit: must be a whole number from 1 to 100');
    }
  });

  it('leaves the all-time v1 route as it was', async () => {
    const app = await dashboard();
    const response = await app.inject({ method: 'GET', url: '/api/leaderboard?limit=2' });
    expect(response.json<LeaderboardEntry[]>()).toEqual([
      { rank: 1, userId: ADA, name: 'ada', points: 27, messages: 0 },
      { rank: 2, userId: BOB, name: 'bob', points: 10, messages: 0 },
    ]);
  });
});
