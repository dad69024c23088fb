import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestEngine } from '../../../test/createTestEngine.js';
import { openTestStore, type TestStore } from '../../../test/testStore.js';
import { ManualClock } from '../Clock.js';
import { domainEvent, type DomainEvent, type DomainEventOf, type EventPayloads } from '../DomainEvent.js';
import { MemberDirectory } from './MemberDirectory.js';

const G = '100000000000000001';
const ADA = '200000000000000001';
const BOB = '200000000000000002';
const CY = '200000000000000003';
const BOT = '200000000000000009';
const T0 = Date.UTC(2026, 2, 1, 12);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

let store: TestStore;
let clock: ManualClock;
let directory: MemberDirectory;
let seq = 0;

function event<T extends keyof EventPayloads>(type: T, payload: EventPayloads[T], at: number): DomainEventOf<T> {
  seq += 1;
  return domainEvent(type, { id: `test:${type}:${seq}`, guildId: G, occurredAt: at, source: 'test', payload });
}

function joined(userId: string, username: string, displayName: string, at: number, roles: string[] = []): DomainEvent {
  return event(
    'member.joined',
    { userId, username, displayName, bot: false, joinedAt: at, accountCreatedAt: 0, roles },
    at,
  );
}

function left(userId: string, username: string, at: number): DomainEvent {
  return event('member.left', { userId, username }, at);
}

function message(authorId: string, at: number, authorBot = false): DomainEvent {
  return event(
    'message.created',
    {
      messageId: `m${seq}`,
      channelId: '300000000000000001',
      authorId,
      authorBot,
      content: 'hi',
      mentionedUserIds: [],
      mentionedRoleIds: [],
      referencedMessageId: null,
      attachmentCount: 0,
    },
    at,
  );
}

function reaction(userId: string, at: number): DomainEvent {
  return event(
    'reaction.added',
    {
      messageId: 'm1',
      channelId: '300000000000000001',
      userId,
      emoji: { id: null, name: '👍' },
      messageAuthorId: ADA,
    },
    at,
  );
}

beforeEach(async () => {
  store = await openTestStore();
  clock = new ManualClock(T0);
  directory = new MemberDirectory(store.db, clock);
});

afterEach(async () => {
  await store.destroy();
});

describe('MemberDirectory from events', () => {
  it('a join writes names, roles and join time; a departure sets left_at; a rejoin clears it', async () => {
    await directory.observe(joined(ADA, 'ada', 'Ada L.', T0, ['r1']));
    expect(await directory.get(G, ADA)).toEqual({
      guildId: G,
      userId: ADA,
      username: 'ada',
      displayName: 'Ada L.',
      nameKnown: true,
      bot: false,
      roles: ['r1'],
      joinedAt: T0,
      leftAt: null,
      firstSeenAt: T0,
      firstMessageAt: null,
      lastActiveAt: null,
    });
    await directory.observe(left(ADA, 'ada2', T0 + DAY));
    expect(await directory.get(G, ADA)).toMatchObject({ username: 'ada2', displayName: 'Ada L.', leftAt: T0 + DAY });
    await directory.observe(joined(ADA, 'ada2', 'Ada', T0 + 2 * DAY));
    expect(await directory.get(G, ADA)).toMatchObject({
      displayName: 'Ada',
      joinedAt: T0 + 2 * DAY,
      leftAt: null,
      firstSeenAt: T0,
    });
  });

  it('an older join replayed after a later departure keeps the departure and the later names', async () => {
    await directory.observe(joined(ADA, 'ada', 'Ada', T0 + DAY));
    await directory.observe(left(ADA, 'ada', T0 + 2 * DAY));
    await directory.observe(joined(ADA, 'old_ada', 'Old Ada', T0));
    expect(await directory.get(G, ADA)).toMatchObject({
      username: 'ada',
      displayName: 'Ada',
      joinedAt: T0 + DAY,
      leftAt: T0 + 2 * DAY,
      firstSeenAt: T0,
    });
  });

  it('an update sets roles, and the display name only when a nickname is set', async () => {
    await directory.observe(joined(ADA, 'ada', 'Ada', T0));
    const update = (nickname: string | null, roles: string[]) =>
      event('member.updated', { userId: ADA, roles, previousRoles: null, nickname, pending: false }, T0 + HOUR);
    await directory.observe(update('Countess', ['r1', 'r2']));
    expect(await directory.get(G, ADA)).toMatchObject({ displayName: 'Countess', roles: ['r1', 'r2'] });
    await directory.observe(update(null, ['r2']));
    expect(await directory.get(G, ADA)).toMatchObject({ displayName: 'Countess', roles: ['r2'] });
  });

  it('messages keep the first message and the latest activity, whatever the order; reactions count as activity', async () => {
    await directory.observe(joined(ADA, 'ada', 'Ada', T0));
    await directory.observe(message(ADA, T0 + 5 * HOUR));
    await directory.observe(message(ADA, T0 + 2 * HOUR));
    await directory.observe(reaction(ADA, T0 + 3 * HOUR));
    expect(await directory.get(G, ADA)).toMatchObject({
      firstMessageAt: T0 + 2 * HOUR,
      lastActiveAt: T0 + 5 * HOUR,
      firstSeenAt: T0,
    });
    await directory.observe(reaction(ADA, T0 + 6 * HOUR));
    expect(await directory.get(G, ADA)).toMatchObject({ firstMessageAt: T0 + 2 * HOUR, lastActiveAt: T0 + 6 * HOUR });
  });

  it('a message from someone unknown makes a row named by id, which a later join names', async () => {
    await directory.observe(message(BOT, T0 - DAY, true));
    expect(await directory.get(G, BOT)).toMatchObject({
      username: BOT,
      displayName: BOT,
      nameKnown: false,
      bot: true,
      joinedAt: null,
      firstSeenAt: T0 - DAY,
      firstMessageAt: T0 - DAY,
      lastActiveAt: T0 - DAY,
    });
    expect(await directory.names(G, [BOT])).toEqual(new Map());
    await directory.observe(joined(BOT, 'helper', 'Helper', T0));
    expect(await directory.get(G, BOT)).toMatchObject({ username: 'helper', nameKnown: true, firstSeenAt: T0 - DAY });
    expect(await directory.names(G, [BOT, CY])).toEqual(new Map([[BOT, 'Helper']]));
  });

  it('observeMany leaves the same rows as observing each event', async () => {
    const events = [
      message(BOB, T0 + 3 * HOUR),
      joined(ADA, 'ada', 'Ada', T0),
      message(ADA, T0 + 2 * HOUR),
      reaction(ADA, T0 + 4 * HOUR),
      message(ADA, T0 + HOUR),
      left(ADA, 'ada', T0 + 5 * HOUR),
      reaction(BOB, T0 + 6 * HOUR),
    ];
    await directory.observeMany(events);
    const many = await directory.getMany(G, [ADA, BOB]);
    const other = await openTestStore();
    try {
      const one = new MemberDirectory(other.db, clock);
      for (const e of events) await one.observe(e);
      expect(many).toEqual(await one.getMany(G, [ADA, BOB]));
    } finally {
      await other.destroy();
    }
    expect(many.get(ADA)).toMatchObject({
      firstMessageAt: T0 + HOUR,
      lastActiveAt: T0 + 4 * HOUR,
      leftAt: T0 + 5 * HOUR,
    });
    expect(many.get(BOB)).toMatchObject({ firstMessageAt: T0 + 3 * HOUR, lastActiveAt: T0 + 6 * HOUR });
  });

  it('observeMany writes joins in a row together and keeps log order around other member events', async () => {
    const events = [
      joined(ADA, 'ada', 'Ada', T0),
      joined(BOB, 'bob', 'Bob', T0 + HOUR),
      joined(ADA, 'ada2', 'Ada Two', T0 + 2 * HOUR),
      joined(CY, 'cy', 'Cy', T0 + 2 * HOUR),
      left(BOB, 'bob', T0 + 3 * HOUR),
      joined(BOB, 'bobby', 'Bobby', T0 + 4 * HOUR),
      message(CY, T0 + 5 * HOUR),
      left(CY, 'cy', T0 + 6 * HOUR),
    ];
    await directory.observeMany(events);
    const many = await directory.getMany(G, [ADA, BOB, CY]);
    const other = await openTestStore();
    try {
      const one = new MemberDirectory(other.db, clock);
      for (const e of events) await one.observe(e);
      expect(many).toEqual(await one.getMany(G, [ADA, BOB, CY]));
    } finally {
      await other.destroy();
    }
    expect(many.get(ADA)).toMatchObject({ username: 'ada2', joinedAt: T0 + 2 * HOUR, leftAt: null });
    expect(many.get(BOB)).toMatchObject({ username: 'bobby', joinedAt: T0 + 4 * HOUR, leftAt: null });
    expect(many.get(CY)).toMatchObject({
      joinedAt: T0 + 2 * HOUR,
      leftAt: T0 + 6 * HOUR,
      firstMessageAt: T0 + 5 * HOUR,
    });
  });
});

describe('MemberDirectory.remember and syncFromPlatform', () => {
  it('remember names a member known by id only, and never overwrites a known name', async () => {
    await directory.observe(message(BOB, T0));
    await directory.observe(joined(ADA, 'ada', 'Ada', T0));
    await directory.remember(G, [
      { userId: BOB, username: 'bob', displayName: '', bot: false, roles: ['r9'], joinedAt: T0 - 30 * DAY },
      { userId: ADA, username: 'ada_old', displayName: 'Old Ada', bot: true },
      { userId: CY, username: 'cy', displayName: 'Cy', bot: false },
    ]);
    expect(await directory.get(G, BOB)).toMatchObject({
      username: 'bob',
      displayName: 'bob',
      roles: ['r9'],
      joinedAt: T0 - 30 * DAY,
      firstSeenAt: T0 - 30 * DAY,
      firstMessageAt: T0,
    });
    expect(await directory.get(G, ADA)).toMatchObject({ username: 'ada', displayName: 'Ada', bot: false });
    expect(await directory.get(G, CY)).toMatchObject({ username: 'cy', joinedAt: null, leftAt: null, firstSeenAt: T0 });
  });

  it('a sync writes the listed members and marks present members it does not list as left', async () => {
    await directory.observe(joined(ADA, 'ada', 'Ada', T0, ['r1']));
    await directory.observe(joined(BOB, 'bob', 'Bob', T0));
    await directory.observe(left(CY, 'cy', T0));
    clock.advance(HOUR);
    const listedAt = clock.now();
    const result = await directory.syncFromPlatform(G, [
      { userId: ADA, username: 'ada', displayName: 'Ada Lovelace', bot: false, roles: ['r2'], joinedAt: T0 },
      { userId: CY, username: 'cy', displayName: '', bot: false, roles: [], joinedAt: T0 + HOUR },
      { userId: BOT, username: 'guildhall', displayName: 'Guildhall', bot: true, roles: [], joinedAt: 0 },
    ]);
    expect(result).toEqual({ listed: 3, markedLeft: 1 });
    expect(await directory.get(G, ADA)).toMatchObject({ displayName: 'Ada Lovelace', roles: ['r2'], leftAt: null });
    expect(await directory.get(G, BOB)).toMatchObject({ leftAt: listedAt });
    expect(await directory.get(G, CY)).toMatchObject({ displayName: 'cy', joinedAt: T0 + HOUR, leftAt: null });
    expect(await directory.get(G, BOT)).toMatchObject({ bot: true, joinedAt: null, firstSeenAt: listedAt });
    expect(await directory.count(G)).toBe(3);
    expect(await directory.count(G, { includeBots: false })).toBe(2);
  });

  it('a sync keeps a departure recorded after the list was read, and an empty list marks nobody', async () => {
    await directory.observe(joined(ADA, 'ada', 'Ada', T0));
    clock.advance(HOUR);
    const listedAt = clock.now();
    clock.advance(1000);
    await directory.observe(left(ADA, 'ada', clock.now()));
    await directory.syncFromPlatform(
      G,
      [{ userId: ADA, username: 'ada', displayName: 'Ada', bot: false, roles: [], joinedAt: T0 }],
      listedAt,
    );
    expect((await directory.get(G, ADA))?.leftAt).toBe(listedAt + 1000);
    await directory.observe(joined(BOB, 'bob', 'Bob', T0));
    clock.advance(HOUR);
    expect(await directory.syncFromPlatform(G, [])).toEqual({ listed: 0, markedLeft: 0 });
    expect((await directory.get(G, BOB))?.leftAt).toBeNull();
  });
});

describe('MemberDirectory reads', () => {
  beforeEach(async () => {
    await directory.observe(joined(ADA, 'ada', 'Ada', T0 - 10 * DAY, ['111']));
    await directory.observe(joined(BOB, 'bob', 'bob the builder', T0 - 2 * DAY, ['222', '1111']));
    await directory.observe(joined(CY, 'cy', 'Cy_%', T0 - DAY));
    await directory.observe(left(CY, 'cy', T0 - HOUR));
    await directory.observe(message(ADA, T0 - 40 * DAY));
    await directory.observe(message(BOB, T0 - HOUR));
  });

  it('lists present members by name, pages, searches names and ids', async () => {
    const page = await directory.list(G, { limit: 1 });
    expect(page.total).toBe(2);
    expect(page.members.map((m) => m.username)).toEqual(['ada']);
    expect((await directory.list(G, { offset: 1 })).members.map((m) => m.username)).toEqual(['bob']);
    expect((await directory.list(G, { search: 'BUILD' })).members.map((m) => m.userId)).toEqual([BOB]);
    expect((await directory.list(G, { search: ADA })).members.map((m) => m.userId)).toEqual([ADA]);
    // `%` and `_` are searched for as characters.
    expect((await directory.list(G, { search: '_%', status: 'all' })).members.map((m) => m.userId)).toEqual([CY]);
    expect((await directory.list(G, { search: '%' })).total).toBe(0);
  });

  it('filters by status, join time, inactivity and roles', async () => {
    const ids = async (query: Parameters<MemberDirectory['list']>[1]) =>
      (await directory.list(G, query)).members.map((m) => m.username);
    expect(await ids({ status: 'left' })).toEqual(['cy']);
    expect(await ids({ status: 'all' })).toEqual(['ada', 'bob', 'cy']);
    expect(await ids({ joinedAfter: T0 - 7 * DAY })).toEqual(['bob']);
    expect(await ids({ inactiveSince: T0 - 30 * DAY })).toEqual(['ada']);
    expect(await ids({ anyRole: ['111'] })).toEqual(['ada']);
    expect(await ids({ anyRole: ['1111', '999'] })).toEqual(['bob']);
    expect(await ids({ anyRole: [] })).toEqual([]);
  });

  it('counts members now and at a past time', async () => {
    expect(await directory.count(G)).toBe(2);
    // Ada joined 10 days ago, bob 2 days ago, cy 1 day ago and left an hour ago.
    expect(await directory.count(G, { at: T0 - 5 * DAY })).toBe(1);
    expect(await directory.count(G, { at: T0 - 2 * HOUR })).toBe(3);
    expect(await directory.count(G, { at: T0 })).toBe(2);
  });
});

describe('the member directory in the engine', () => {
  it('is kept from live events (the newcomer role included), exported and erased with the member', async () => {
    const t = await createTestEngine({ scheduler: 'none' });
    try {
      const zed = (await t.sandbox.addMember({ username: 'zed', displayName: 'Zed' })).userId;
      await t.settle();
      t.clock.advance(HOUR);
      await t.sandbox.postMessage({ userId: zed, channelId: t.channel('general').id, content: 'hello' });
      await t.settle();
      const row = await new MemberDirectory(t.store.db, t.clock).get(t.guild.id, zed);
      expect(row).toMatchObject({ username: 'zed', displayName: 'Zed', lastActiveAt: t.clock.now() });
      const roles = (await t.sandbox.fetchMember(t.guild.id, zed))?.roles ?? [];
      expect(roles.length).toBeGreaterThan(0);
      expect(row?.roles).toEqual(roles);

      const exported = await t.engine.memberData.exportMember(t.guild.id, zed);
      expect(exported.core?.memberDirectory).toMatchObject({ username: 'zed', displayName: 'Zed', leftAt: null });
      await t.engine.memberData.eraseMember(t.guild.id, zed, 'cli:test', { keepModerationRecords: false });
      expect(await new MemberDirectory(t.store.db, t.clock).get(t.guild.id, zed)).toBeNull();
    } finally {
      await t.close();
    }
  });
});
