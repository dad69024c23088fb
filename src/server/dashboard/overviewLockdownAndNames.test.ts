import Fastify, { type FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../core/Clock.js';
import { domainEvent, type DomainEvent, type EventPayloads, type EventType } from '../../core/DomainEvent.js';
import { MemberDirectory } from '../../core/members/MemberDirectory.js';
import { CoreConfig } from '../../config/CommunityConfig.js';
import type { MemberSnapshot } from '../../platform/Platform.js';
import { moduleMigrations } from '../../modules/moduleList.js';
import { creditMember, recognitionReadModel } from '../../modules/recognition/index.js';
import { openTestStore, type TestStore } from '../../../test/testStore.js';
import type { EventDetail, LeaderboardEntry, OverviewResponse, PeriodLeaderboardResponse } from './DashboardApi.js';
import { registerDashboardRoutes } from './registerDashboardRoutes.js';

const GUILD = '100000000000000001';
const MIRA = '200000000000000001';
const NOOR = '200000000000000002';
const ADA = '200000000000000003';
const GONE = '200000000000000004';
const GENERAL = '300000000000000001';
const HOUR = 3_600_000;

/** Members the platform has; mira and noor joined before Guildhall (no join event for them). */
const platformMembers = new Map<string, MemberSnapshot>([
  [MIRA, member(MIRA, 'mira', 'Mira')],
  [NOOR, member(NOOR, 'noor', '')],
  [ADA, member(ADA, 'ada', 'Ada')],
]);

let store: TestStore;
let app: FastifyInstance;
let clock: ManualClock;
let seq = 0;
let lookups: string[] = [];

function member(userId: string, username: string, displayName: string): MemberSnapshot {
  return { userId, username, displayName, bot: false, roles: [], joinedAt: 0, timeoutUntil: null };
}

async function record<T extends EventType>(type: T, payload: EventPayloads[T]): Promise<void> {
  seq += 1;
  await store.db
    .insertInto('event_log')
    .values({
      id: `test:${seq}`,
      guild_id: GUILD,
      type,
      source: 'sandbox',
      occurred_at: clock.now(),
      recorded_at: clock.now(),
      payload: JSON.stringify(payload),
      handled_at: clock.now(),
    })
    .execute();
  // As the engine does: the member directory is kept from the same events.
  await new MemberDirectory(store.db, clock).observe(
    domainEvent(type, {
      id: `test:${seq}`,
      guildId: GUILD,
      occurredAt: clock.now(),
      source: 'sandbox',
      payload,
    }) as DomainEvent,
  );
}

async function getJson<T>(url: string): Promise<T> {
  const response = await app.inject({ method: 'GET', url });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<T>();
}

beforeEach(async () => {
  store = await openTestStore(moduleMigrations());
  clock = new ManualClock(Date.UTC(2026, 2, 10, 12, 30));
  lookups = [];
  app = Fastify();
  registerDashboardRoutes(app, {
    store,
    community: CoreConfig.parse({ version: 1, community: { name: 'Test Community', guildId: GUILD } }),
    platformKind: 'sandbox',
    guildId: GUILD,
    now: () => clock.now(),
    fetchMember: (guildId, userId) => {
      expect(guildId).toBe(GUILD);
      lookups.push(userId);
      return Promise.resolve(platformMembers.get(userId) ?? null);
    },
  });
  await app.ready();
});

afterEach(async () => {
  await app.close();
  await store.destroy();
});

describe('GET /api/overview: the lockdown in force', () => {
  it('is null while no lockdown was ever started', async () => {
    expect((await getJson<OverviewResponse>('/api/overview')).lockdown).toBeNull();
  });

  it('shows a started lockdown with who started it (named from the platform) and when it lifts', async () => {
    const startedAt = clock.now();
    await record('moderation.lockdown_started', { reason: 'raid', endsAt: startedAt + HOUR, startedBy: MIRA });
    clock.advance(60_000);
    const overview = await getJson<OverviewResponse>('/api/overview');
    expect(overview.lockdown).toEqual({
      startedAt,
      reason: 'raid',
      startedBy: MIRA,
      startedByName: 'Mira',
      endsAt: startedAt + HOUR,
    });
  });

  it('is null again once the lockdown ended, and shows automod’s open-ended one after that', async () => {
    await record('moderation.lockdown_started', { reason: 'raid', endsAt: null, startedBy: MIRA });
    clock.advance(HOUR);
    await record('moderation.lockdown_ended', { reason: 'calm again', endedBy: MIRA });
    expect((await getJson<OverviewResponse>('/api/overview')).lockdown).toBeNull();

    clock.advance(HOUR);
    await record('moderation.lockdown_started', { reason: 'join spike', endsAt: null, startedBy: null });
    const overview = await getJson<OverviewResponse>('/api/overview');
    expect(overview.lockdown).toEqual({
      startedAt: clock.now(),
      reason: 'join spike',
      startedBy: null,
      startedByName: null,
      endsAt: null,
    });
  });
});

describe('names of members who joined before Guildhall', () => {
  beforeEach(async () => {
    // ada joined while Guildhall ran; mira and noor were there before; GONE is on no list.
    await record('member.joined', {
      userId: ADA,
      username: 'ada',
      displayName: 'ada',
      bot: false,
      joinedAt: clock.now(),
      accountCreatedAt: 0,
      roles: [],
    });
    for (const [userId, points] of [
      [MIRA, 5],
      [NOOR, 3],
      [ADA, 2],
      [GONE, 1],
    ] as const) {
      // Through recognition's own credit path, so all-time and period totals are written.
      await creditMember(store.db, recognitionReadModel(store.db).rules, GUILD, {
        userId,
        kind: 'message',
        points,
        count: 1,
        sourceEventId: `award:${userId}`,
        at: clock.now(),
      });
    }
    await record('message.created', {
      messageId: '500000000000000001',
      channelId: GENERAL,
      authorId: MIRA,
      authorBot: false,
      content: 'welcome all',
      mentionedUserIds: [],
      mentionedRoleIds: [],
      referencedMessageId: null,
      attachmentCount: 0,
    });
  });

  it('come from the platform’s member list on the leaderboards and in the feed', async () => {
    const overview = await getJson<OverviewResponse>('/api/overview');
    expect(overview.leaderboard.map((e) => [e.userId, e.name])).toEqual([
      [MIRA, 'Mira'],
      // No display name: the username.
      [NOOR, 'noor'],
      // The event log's name wins for those it knows; the platform is not asked.
      [ADA, 'ada'],
      // On neither list: no name (the page shows a short id).
      [GONE, null],
    ]);
    expect(lookups).not.toContain(ADA);
    expect(overview.recentEvents[0]?.summary).toBe('Mira in #…0001: “welcome all”');

    const v1 = await getJson<LeaderboardEntry[]>('/api/leaderboard');
    expect(v1.map((e) => e.name)).toEqual(['Mira', 'noor', 'ada', null]);
    const v2 = await getJson<PeriodLeaderboardResponse>('/api/v2/leaderboard?period=all');
    expect(v2.entries.map((e) => e.name)).toEqual(['Mira', 'noor', 'ada', null]);
    const events = await getJson<EventDetail[]>('/api/events?type=message.created');
    expect(events.map((e) => e.summary)).toEqual(['Mira in #…0001: “welcome all”']);
  });

  it('are read from the platform once a minute at most, absent members too', async () => {
    await getJson<OverviewResponse>('/api/overview');
    const first = lookups.length;
    expect(new Set(lookups)).toEqual(new Set([MIRA, NOOR, GONE]));
    await getJson<OverviewResponse>('/api/overview');
    expect(lookups.length).toBe(first);
    clock.advance(61_000);
    await getJson<OverviewResponse>('/api/overview');
    expect(lookups.length).toBe(first * 2);
  });
});
