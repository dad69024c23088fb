import Fastify, { type FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../core/Clock.js';
import { domainEvent, type DomainEvent, type EventPayloads, type EventType } from '../../core/DomainEvent.js';
import { MemberDirectory } from '../../core/members/MemberDirectory.js';
import type { GuildSnapshot } from '../../platform/Platform.js';
import { openTestStore, type TestStore } from '../../../test/testStore.js';
import { moduleMigrations } from '../../modules/moduleList.js';
import type { EventDetail, LeaderboardEntry, OverviewResponse } from './DashboardApi.js';
import { registerDashboardRoutes } from './registerDashboardRoutes.js';

const GUILD = '100000000000000001';
const OTHER_GUILD = '100000000000000002';
const ADA = '200000000000000001';
const BOB = '200000000000000002';
const CARL = '200000000000000003';
const GENERAL = '300000000000000001';
const NEWCOMER = '400000000000000001';
const HOUR = 3_600_000;

let store: TestStore;
let app: FastifyInstance;
let clock: ManualClock;
let seq = 0;

async function record<T extends EventType>(
  type: T,
  payload: EventPayloads[T],
  options: { at?: number; handled?: boolean; guildId?: string } = {},
): Promise<string> {
  seq += 1;
  const id = `test:${seq}`;
  const at = options.at ?? clock.now();
  await store.db
    .insertInto('event_log')
    .values({
      id,
      guild_id: options.guildId ?? GUILD,
      type,
      source: 'sandbox',
      occurred_at: at,
      recorded_at: at,
      payload: JSON.stringify(payload),
      handled_at: options.handled === false ? null : at,
    })
    .execute();
  // As the engine does: the member directory is kept from the same events.
  const guildId = options.guildId ?? GUILD;
  await new MemberDirectory(store.db, clock).observe(
    domainEvent(type, { id, guildId, occurredAt: at, source: 'sandbox', payload }) as DomainEvent,
  );
  return id;
}

function joined(userId: string, username: string): EventPayloads['member.joined'] {
  return { userId, username, displayName: username, bot: false, joinedAt: clock.now(), accountCreatedAt: 0, roles: [] };
}

function message(authorId: string, content: string): EventPayloads['message.created'] {
  return {
    messageId: `m${seq}`,
    channelId: GENERAL,
    authorId,
    authorBot: false,
    content,
    mentionedUserIds: [],
    mentionedRoleIds: [],
    referencedMessageId: null,
    attachmentCount: 0,
  };
}

/** A member's totals as recognition keeps them (its table, written directly: no module import). */
async function setPoints(userId: string, points: number, guildId = GUILD): Promise<void> {
  await sql`INSERT INTO recognition_members (guild_id, user_id, points, messages, last_message_award_at, updated_at)
    VALUES (${guildId}, ${userId}, ${points}, ${points}, NULL, 0)`.execute(store.db);
}

async function getJson<T>(url: string): Promise<T> {
  const response = await app.inject({ method: 'GET', url });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<T>();
}

const guild: GuildSnapshot = {
  id: GUILD,
  name: 'Test guild',
  ownerId: ADA,
  botHighestRolePosition: 10,
  verificationLevel: 'none',
  memberCount: 57,
  roles: [
    {
      id: NEWCOMER,
      name: 'New Member',
      color: 0,
      hoist: false,
      mentionable: false,
      permissions: '0',
      position: 1,
      managed: false,
    },
  ],
  channels: [
    {
      id: GENERAL,
      name: 'general',
      kind: 'text',
      parentId: null,
      position: 0,
      topic: null,
      rateLimitPerUser: 0,
      nsfw: false,
      permissionOverwrites: [],
      userLimit: 0,
      bitrate: 0,
      availableTags: [],
      defaultSortOrder: null,
    },
  ],
};

beforeEach(async () => {
  store = await openTestStore(moduleMigrations());
  clock = new ManualClock(Date.UTC(2026, 2, 10, 12, 30));
  app = Fastify();
  registerDashboardRoutes(app, {
    store,
    community: { version: 1, community: { name: 'Test Community', guildId: GUILD } },
    platformKind: 'sandbox',
    guildId: GUILD,
    now: () => clock.now(),
    fetchGuild: () => Promise.resolve(guild),
  });
  await app.ready();
});

afterEach(async () => {
  await app.close();
  await store.destroy();
});

describe('GET /api/overview', () => {
  it('counts members from the member directory when the platform cannot be read', async () => {
    await record('member.joined', joined(ADA, 'ada'));
    await record('member.joined', joined(BOB, 'bob'));
    await record('member.left', { userId: BOB, username: 'bob' });
    const offline = Fastify();
    registerDashboardRoutes(offline, {
      store,
      community: { version: 1, community: { name: 'Test Community', guildId: GUILD } },
      platformKind: 'discord',
      guildId: GUILD,
      now: () => clock.now(),
      fetchGuild: () => Promise.reject(new Error('Discord is unreachable')),
      onError: () => undefined,
    });
    const response = await offline.inject({ method: 'GET', url: '/api/overview' });
    await offline.close();
    expect(response.json<OverviewResponse>().counts.members).toBe(1);
  });

  it('counts recorded and handled events, failures, pending jobs and current members', async () => {
    await record('member.joined', joined(ADA, 'ada'));
    await record('member.joined', joined(BOB, 'bob'));
    await record('member.joined', joined(CARL, 'carl'));
    await record('member.left', { userId: CARL, username: 'carl' });
    const failing = await record('message.created', message(ADA, 'hi'), { handled: false });
    await record('member.joined', joined(ADA, 'ada'), { guildId: OTHER_GUILD });
    await store.db
      .insertInto('handler_failures')
      .values({ event_id: failing, module: 'recognition', error: 'boom', failed_at: clock.now() })
      .execute();
    for (const [key, status] of [
      ['a', 'pending'],
      ['b', 'pending'],
      ['c', 'done'],
    ] as const) {
      await store.db
        .insertInto('jobs')
        .values({
          key,
          module: 'onboarding',
          name: 'nudge',
          payload: '{}',
          run_at: clock.now(),
          status,
          attempts: 0,
          max_attempts: 5,
          last_error: null,
          locked_by: null,
          locked_until: null,
          created_at: clock.now(),
          updated_at: clock.now(),
        })
        .execute();
    }

    const overview = await getJson<OverviewResponse>('/api/overview');

    expect(overview.community).toEqual({ name: 'Test Community', guildId: GUILD, platform: 'sandbox' });
    expect(overview.counts).toEqual({
      eventsRecorded: 5,
      eventsHandled: 4,
      handlerFailures: 1,
      jobsPending: 2,
      members: 57,
    });
    expect(overview.eventsByType).toEqual([
      { type: 'member.joined', count: 3 },
      { type: 'member.left', count: 1 },
      { type: 'message.created', count: 1 },
    ]);
  });

  it('buckets the last 24 hours by hour, oldest first, with empty hours as zero', async () => {
    const currentHour = Date.UTC(2026, 2, 10, 12);
    await record('message.created', message(ADA, 'now'), { at: clock.now() });
    await record('message.created', message(ADA, 'start of hour'), { at: currentHour });
    await record('message.created', message(ADA, 'two hours ago'), { at: currentHour - 2 * HOUR + 59_000 });
    await record('message.created', message(ADA, 'oldest bucket'), { at: currentHour - 23 * HOUR });
    await record('message.created', message(ADA, 'too old'), { at: currentHour - 23 * HOUR - 1 });

    const { eventsPerHour } = await getJson<OverviewResponse>('/api/overview');

    expect(eventsPerHour).toHaveLength(24);
    expect(eventsPerHour[0]).toEqual({ hour: currentHour - 23 * HOUR, count: 1 });
    expect(eventsPerHour[21]).toEqual({ hour: currentHour - 2 * HOUR, count: 1 });
    expect(eventsPerHour[22]).toEqual({ hour: currentHour - HOUR, count: 0 });
    expect(eventsPerHour[23]).toEqual({ hour: currentHour, count: 2 });
    expect(eventsPerHour.reduce((sum, h) => sum + h.count, 0)).toBe(4);
  });

  it('lists recent events newest first with a one-line summary naming members and channels', async () => {
    await record('member.joined', joined(ADA, 'ada'));
    await record('member.updated', {
      userId: ADA,
      roles: [NEWCOMER],
      previousRoles: [],
      nickname: null,
      pending: false,
    });
    await record('message.created', message(ADA, 'hello   everyone'));
    await record('recognition.points_awarded', {
      userId: ADA,
      points: 1,
      reason: 'message',
      total: 1,
      sourceEventId: 'x',
    });
    await record('message.created', message(BOB, 'who am I'));

    const { recentEvents } = await getJson<OverviewResponse>('/api/overview');

    expect(recentEvents.map((e) => e.summary)).toEqual([
      'user …0002 in #general: “who am I”',
      'ada earned 1 point (message), total 1',
      'ada in #general: “hello everyone”',
      'ada got New Member',
      'ada joined',
    ]);
    expect(recentEvents[0]).toMatchObject({ type: 'message.created', source: 'sandbox', occurredAt: clock.now() });
  });
});

describe('GET /api/leaderboard', () => {
  it('orders members by points, ties by user id, with their names', async () => {
    await record('member.joined', joined(ADA, 'ada'));
    await record('member.joined', joined(BOB, 'bob'));
    await setPoints(CARL, 5);
    await setPoints(BOB, 7);
    await setPoints(ADA, 7);
    await setPoints(ADA, 100, OTHER_GUILD);

    const board = await getJson<LeaderboardEntry[]>('/api/leaderboard?limit=2');

    expect(board).toEqual([
      { rank: 1, userId: ADA, name: 'ada', points: 7, messages: 7 },
      { rank: 2, userId: BOB, name: 'bob', points: 7, messages: 7 },
    ]);
    const overview = await getJson<OverviewResponse>('/api/overview');
    expect(overview.leaderboard.map((e) => [e.rank, e.name, e.points])).toEqual([
      [1, 'ada', 7],
      [2, 'bob', 7],
      [3, null, 5],
    ]);
  });

  it('is empty while nobody has points', async () => {
    expect(await getJson<LeaderboardEntry[]>('/api/leaderboard')).toEqual([]);
  });

  it('answers 400 to a limit that is not a positive number', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/leaderboard?limit=zero' });
    expect(response.statusCode).toBe(400);
    expect(response.json<{ error: string }>().error).toMatch(/^limit: /);
  });
});

describe('GET /api/events', () => {
  it('lists events of one type, newest first, up to the limit, with payload and handling state', async () => {
    await record('member.joined', joined(ADA, 'ada'));
    await record('message.created', message(ADA, 'one'));
    await record('message.created', message(ADA, 'two'), { handled: false });
    await record('message.created', message(ADA, 'three'));

    const events = await getJson<EventDetail[]>('/api/events?type=message.created&limit=2');

    expect(events.map((e) => e.summary)).toEqual(['ada in #general: “three”', 'ada in #general: “two”']);
    expect(events[1]).toMatchObject({ handledAt: null, payload: { content: 'two', authorId: ADA } });
  });

  it('answers 400 to a malformed type filter', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/events?type=DROP%20TABLE' });
    expect(response.statusCode).toBe(400);
    expect(response.json<{ error: string }>().error).toContain('type');
  });
});
