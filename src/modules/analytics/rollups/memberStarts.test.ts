import { afterEach, describe, expect, it } from 'vitest';
import { createTestEngine, type TestEngine } from '../../../../test/createTestEngine.js';
import { seededRandom } from '../../../../test/seededRandom.js';
import { testDialect } from '../../../../test/testStore.js';
import { domainEvent, type DomainEvent } from '../../../core/DomainEvent.js';
import { analyticsDb, DAY_MS, dayOf } from '../AnalyticsTables.js';
import { keepMemberStartsOfBatch, MONTH_BIT, POSTED_BIT, rebuildMemberStarts, startMaskOf } from './memberStarts.js';
import { activeWithin, rebuildMemberActivity, withDays } from './memberActivity.js';
import { RollupFold } from './RollupFold.js';

const T0 = Date.parse('2026-01-05T09:00:00Z');
const D = dayOf(T0);
const ADA = '100000000000000001';
const BOB = '100000000000000002';
const HUMANS = [ADA, BOB, '100000000000000003', '100000000000000004', '100000000000000005'];
const CHANNEL = '200000000000000001';

let serial = 0;

function message(guildId: string, at: number, authorId: string): DomainEvent {
  serial += 1;
  const messageId = String(500000000000000000n + BigInt(serial));
  return domainEvent('message.created', {
    id: `test:message:${messageId}`,
    guildId,
    occurredAt: at,
    source: 'import',
    payload: {
      messageId,
      channelId: CHANNEL,
      authorId,
      authorBot: false,
      content: 'hello',
      mentionedUserIds: [],
      mentionedRoleIds: [],
      referencedMessageId: null,
      attachmentCount: 0,
    },
  });
}

function reaction(guildId: string, at: number, userId: string): DomainEvent {
  serial += 1;
  return domainEvent('reaction.added', {
    id: `test:reaction:${serial}`,
    guildId,
    occurredAt: at,
    source: 'import',
    payload: {
      messageId: String(600000000000000000n + BigInt(serial)),
      channelId: CHANNEL,
      userId,
      emoji: { name: '👍', id: null },
      messageAuthorId: ADA,
    },
  });
}

function join(guildId: string, at: number, userId: string): DomainEvent {
  serial += 1;
  return domainEvent('member.joined', {
    id: `test:join:${serial}`,
    guildId,
    occurredAt: at,
    source: 'import',
    payload: { userId, username: 'm', displayName: 'M', bot: false, joinedAt: at, accountCreatedAt: 0, roles: [] },
  });
}

/** Joins (some members twice), messages and reactions over 150 days, in random order. */
function history(guildId: string, seed: number): DomainEvent[] {
  const rand = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const at = (): number => T0 + Math.floor(rand() * 150 * DAY_MS);
  const events: DomainEvent[] = [];
  for (let n = 0; n < 300; n += 1) {
    const roll = rand();
    if (roll < 0.05) events.push(join(guildId, at(), pick(HUMANS)));
    else if (roll < 0.6) events.push(message(guildId, at(), pick(HUMANS)));
    else events.push(reaction(guildId, at(), pick(HUMANS)));
  }
  for (let i = events.length - 1; i > 0; i -= 1) {
    const j = Math.floor(rand() * (i + 1));
    [events[i], events[j]] = [events[j] as DomainEvent, events[i] as DomainEvent];
  }
  return events;
}

interface StartRow {
  user_id: string;
  basis: string;
  start_day: number;
  mask: number;
}

async function kept(t: TestEngine): Promise<StartRow[]> {
  return (
    analyticsDb(t.store.db)
      .selectFrom('analytics_member_starts')
      .select(['user_id', 'basis', 'start_day', 'mask'])
      .where('guild_id', '=', t.guild.id)
      // The test's members (the seeded community's own members never act here).
      .where('user_id', 'in', HUMANS)
      .orderBy('user_id')
      .orderBy('basis')
      .execute()
  );
}

/** Each member's kept bit set of active days, as a sorted day list. */
async function activity(t: TestEngine): Promise<{ userId: string; days: number[] }[]> {
  const rows = await analyticsDb(t.store.db)
    .selectFrom('analytics_member_activity')
    .select(['user_id', 'origin', 'days'])
    .where('guild_id', '=', t.guild.id)
    .orderBy('user_id')
    .execute();
  return rows.map((r) => ({
    userId: r.user_id,
    days: Array.from({ length: r.days.length * 8 }, (_, i) => r.origin + i).filter((d) =>
      activeWithin({ origin: r.origin, bits: r.days }, d, d),
    ),
  }));
}

/** Every member's active days, from `analytics_member_days` (the definition). */
async function memberDays(t: TestEngine): Promise<{ userId: string; days: number[] }[]> {
  const rows = await analyticsDb(t.store.db)
    .selectFrom('analytics_member_days')
    .select(['user_id', 'day'])
    .where('guild_id', '=', t.guild.id)
    .orderBy('user_id')
    .orderBy('day')
    .execute();
  const out: { userId: string; days: number[] }[] = [];
  for (const r of rows) {
    const last = out[out.length - 1];
    if (last?.userId === r.user_id) last.days.push(r.day);
    else out.push({ userId: r.user_id, days: [r.day] });
  }
  return out;
}

/** The rows computed again from the member directory and every member day (the definition). */
async function rebuilt(t: TestEngine): Promise<StartRow[]> {
  await rebuildMemberStarts(t.store.db, t.guild.id);
  return kept(t);
}

describe(`analytics_member_starts kept by the handlers (${testDialect})`, () => {
  const engines: TestEngine[] = [];
  afterEach(async () => {
    for (const t of engines.splice(0)) await t.close();
  });

  async function engine(): Promise<TestEngine> {
    const t = await createTestEngine({ moduleIds: ['analytics'] });
    engines.push(t);
    return t;
  }

  it('gives each start its week, 30-day and activation bits', () => {
    const days = [
      { day: 100, posted: false }, // the start day: activation only, and only with a message
      { day: 101, posted: false }, // week 0, month
      { day: 107, posted: true }, // week 0, month, activation (day 7)
      { day: 108, posted: true }, // week 1, month; day 8 is past activation
      { day: 130, posted: false }, // week 4, month (day 30)
      { day: 131, posted: false }, // week 4 (day 31)
      { day: 184, posted: false }, // week 11 (day 84)
      { day: 185, posted: false }, // past the heatmap
      { day: 99, posted: true }, // before the start
    ];
    expect(startMaskOf(100, days)).toBe(1 + 2 + 16 + 2 ** 11 + MONTH_BIT + POSTED_BIT);
    expect(startMaskOf(100, [{ day: 100, posted: true }])).toBe(POSTED_BIT);
    expect(startMaskOf(100, [])).toBe(0);
  });

  it('keeps a bit set of active days that grows at either end', () => {
    let set = withDays(null, [20]);
    expect(set).toEqual({ origin: 16, bits: Uint8Array.from([16]) });
    set = withDays(set, [3, 40]); // earlier and later days: origin 0, six bytes
    expect(set.origin).toBe(0);
    expect(set.bits.length).toBe(6);
    expect([3, 20, 40].map((d) => activeWithin(set, d, d))).toEqual([true, true, true]);
    expect(activeWithin(set, 4, 19)).toBe(false);
    expect(activeWithin(set, 21, 39)).toBe(false);
    expect(activeWithin(set, 4, 20)).toBe(true);
    expect(activeWithin(set, 41, 400)).toBe(false);
    expect(activeWithin(set, -10, 2)).toBe(false);
  });

  it('follows a first message imported after later activity, a later join, and erase', async () => {
    const t = await engine();
    const g = t.guild.id;
    const feed = async (...events: DomainEvent[]): Promise<void> => {
      for (const e of events) await t.engine.ingest(e);
      await t.settle();
    };
    await feed(message(g, T0 + 40 * DAY_MS, ADA), reaction(g, T0 + 45 * DAY_MS, ADA), join(g, T0 + 5 * DAY_MS, ADA));
    expect(await kept(t)).toEqual([
      // Days 40 and 45 are days 35 and 40 after the join (weeks 4 and 5).
      { user_id: ADA, basis: 'first-message', start_day: D + 40, mask: 1 + MONTH_BIT + POSTED_BIT },
      { user_id: ADA, basis: 'join', start_day: D + 5, mask: 16 + 32 },
    ]);
    // History imported later: an earlier first message moves that start back 30 days.
    await feed(message(g, T0 + 10 * DAY_MS, ADA));
    expect(await kept(t)).toEqual([
      { user_id: ADA, basis: 'first-message', start_day: D + 10, mask: 16 + MONTH_BIT + POSTED_BIT },
      { user_id: ADA, basis: 'join', start_day: D + 5, mask: 1 + 16 + 32 + MONTH_BIT + POSTED_BIT },
    ]);
    // Ada leaves and joins again: her join start moves to the new join, with nothing after it yet.
    await feed(join(g, T0 + 60 * DAY_MS, ADA), message(g, T0 + 62 * DAY_MS, BOB));
    expect((await kept(t)).find((r) => r.user_id === ADA && r.basis === 'join')).toEqual({
      user_id: ADA,
      basis: 'join',
      start_day: D + 60,
      mask: 0,
    });
    await feed(message(g, T0 + 62 * DAY_MS, ADA));
    expect(await kept(t)).toEqual(await rebuilt(t));
    expect((await kept(t)).find((r) => r.user_id === ADA && r.basis === 'join')?.mask).toBe(1 + MONTH_BIT + POSTED_BIT);

    expect(await activity(t)).toEqual([
      { userId: ADA, days: [D + 10, D + 40, D + 45, D + 62] },
      { userId: BOB, days: [D + 62] },
    ]);

    const exported = await t.engine.memberData.exportMember(g, ADA);
    expect(exported.analytics?.cohortStarts).toEqual(
      (await kept(t))
        .filter((r) => r.user_id === ADA)
        .map(({ basis, start_day, mask }) => ({ basis, start_day, mask })),
    );
    await t.engine.memberData.eraseMember(g, ADA, 'cli:test', { keepModerationRecords: false });
    expect((await kept(t)).map((r) => r.user_id)).toEqual([BOB]);
    expect((await activity(t)).map((r) => r.userId)).toEqual([BOB]);
  });

  it.each([1, 2, 3])(
    'history %i in random order: live handlers and batches leave the start rows and bit sets computed from every member day',
    async (seed) => {
      const live = await engine();
      const events = history(live.guild.id, seed);
      for (const event of events) await live.engine.ingest(event);
      await live.settle();
      const fromHandlers = await kept(live);
      expect(fromHandlers.length).toBeGreaterThan(5);
      expect(fromHandlers.some((r) => r.mask > 0)).toBe(true);
      expect(fromHandlers).toEqual(await rebuilt(live));
      const activeDays = await activity(live);
      expect(activeDays).toEqual(await memberDays(live));
      await rebuildMemberActivity(live.store.db, live.guild.id);
      expect(await activity(live)).toEqual(activeDays);

      // The batch path: each replayed batch, then its member days and joins (the onRollupBatch hook).
      const batched = await engine();
      const rand = seededRandom(seed * 7);
      for (let i = 0; i < events.length;) {
        const batch = events.slice(i, i + 1 + Math.floor(rand() * 60));
        i += batch.length;
        expect((await batched.engine.replay(batch, { modules: ['analytics'] })).failures).toBe(0);
        const fold = new RollupFold(batch, new Set());
        await batched.store.unitOfWork(() =>
          keepMemberStartsOfBatch(batched.store.db, batched.guild.id, batch, [...fold.memberDays.values()]),
        );
      }
      expect(await kept(batched)).toEqual(fromHandlers);
      expect(await activity(batched)).toEqual(activeDays);
    },
  );
});
