import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DomainEvent } from '../../src/core/DomainEvent.js';
import { moduleList } from '../../src/modules/moduleList.js';
import { testDialect } from '../testStore.js';
import { dumpDatabase, findTraces, tablesByModule, type Trace } from './databaseDump.js';
import { openPrivacyCommunity, type PrivacyCommunity } from './privacyCommunity.js';

const MINUTE = 60_000;

/** A member nobody else resembles: every trace of them in a dump is theirs. */
const USERNAME = 'zephyrine_q7';
const DISPLAY_NAME = 'Zephyrine Quasimodo';
const CONTENT = [
  'the vorpal marmalade recipe needs 42 glimmerquarks',
  'has anyone tried frobnicating the wizzlebar with snarkleberry jam?',
  'edited: the marmalade needs octarine zest',
];
/** Distinctive words of their messages and thread name (blanked text must not keep them). */
const CONTENT_WORDS = ['vorpal', 'glimmerquark', 'wizzlebar', 'snarkleberry', 'octarine'];

let c: PrivacyCommunity;

async function eventCountsByType(): Promise<Record<string, number>> {
  const rows = await c.store.db
    .selectFrom('event_log')
    .select(['type', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy('type')
    .orderBy('type')
    .execute();
  return Object.fromEntries(rows.map((r) => [r.type, r.n]));
}

/** A member's life in the community: joins, posts, edits, reacts, earns points, is warned. */
async function liveAndGetWarned(): Promise<{ userId: string; ownEvents: DomainEvent[] }> {
  const general = c.channel('general').id;
  const help = c.channel('help').id;
  const noor = await c.user('noor');
  const sam = await c.user('sam');
  const member = await c.sandbox.addMember({ username: USERNAME, displayName: DISPLAY_NAME });
  const userId = member.userId;
  await c.settle();
  c.clock.advance(5 * MINUTE);
  const posted = [await c.sandbox.postMessage({ userId, channelId: general, content: CONTENT[0]! })];
  await c.settle();
  // A forum post in #help: a thread they name and start.
  c.clock.advance(5 * MINUTE);
  const thread = await c.sandbox.createThread({
    userId,
    channelId: help,
    name: 'Wizzlebar question',
    content: CONTENT[1]!,
  });
  await c.settle();
  posted.push((await c.sandbox.listMessages(thread.id))[0]!);
  c.clock.advance(MINUTE);
  await c.sandbox.editMessage({ channelId: general, messageId: posted[0]!.id, content: CONTENT[2]! });
  // Others talk to and about them; they react and are reacted to.
  const samPost = await c.sandbox.postMessage({
    userId: sam,
    channelId: general,
    content: `welcome <@${userId}>! ${DISPLAY_NAME}, your recipes are great`,
  });
  await c.settle();
  await c.sandbox.react({ userId, channelId: general, messageId: samPost.id, emoji: '👍' });
  await c.sandbox.react({ userId: sam, channelId: general, messageId: posted[0]!.id, emoji: '🎉' });
  await c.sandbox.react({ userId: noor, channelId: thread.id, messageId: posted[1]!.id, emoji: '🙏' });
  await c.sandbox.postMessage({ userId: sam, channelId: thread.id, content: 'try lemon zest', replyTo: posted[1]!.id });
  await c.settle();
  c.clock.advance(10 * MINUTE);
  await c.sandbox.postMessage({ userId, channelId: general, content: `${CONTENT[0]} again, thanks sam` });
  await c.settle();
  // A moderator warns them through the sandbox's interaction API.
  const warned = await c.command(noor, 'warn', { member: userId, reason: `${DISPLAY_NAME}: stop spamming recipes` });
  expect(warned?.content).toContain('Case #');
  // They ask for their own export (its reply now holds all their data too).
  const exportReply = await c.command(userId, 'privacy export');
  expect(exportReply?.ephemeral).toBe(true);
  expect(exportReply?.attachments).toHaveLength(1);
  // A moderator exports it on their request: that file, in the moderator's answer, holds it too.
  const staffExport = await c.command(noor, 'privacy export', { member: userId });
  expect(staffExport?.attachments).toHaveLength(1);
  await c.settle();
  const rows = await c.store.db.selectFrom('event_log').selectAll().where('payload', 'like', `%${userId}%`).execute();
  const ownEvents = rows
    .filter((r) => r.type === 'message.created' || r.type === 'member.joined' || r.type === 'reaction.added')
    .map(
      (r) =>
        ({
          id: r.id,
          type: r.type,
          guildId: r.guild_id,
          occurredAt: r.occurred_at,
          source: r.source,
          payload: JSON.parse(r.payload) as unknown,
        }) as DomainEvent,
    );
  return { userId, ownEvents };
}

function needles(userId: string): string[] {
  return [userId, USERNAME, DISPLAY_NAME, ...CONTENT_WORDS];
}

/** Tables of modules that do not declare `privacy` yet: reported, not held against core. */
async function tablesAwaitingPrivacy(): Promise<Map<string, string>> {
  const owners = await tablesByModule(moduleList);
  const pending = new Map<string, string>();
  for (const module of moduleList) {
    if (module.privacy !== undefined || module.holdsNoMemberData !== undefined) continue;
    for (const table of owners.get(module.id) ?? []) pending.set(table, module.id);
  }
  return pending;
}

function describeTraces(traces: readonly Trace[]): string[] {
  return [...new Set(traces.map((t) => `${t.table}.${t.column} holds "${t.needle}": ${t.value}`))];
}

describe(`forget-member on a sandbox community (${testDialect})`, () => {
  beforeEach(async () => {
    c = await openPrivacyCommunity();
  });
  afterEach(async () => {
    await c.close();
  });

  it('leaves no trace of the member in a full dump, keeps event counts by type, and exports everything before', async () => {
    const { userId } = await liveAndGetWarned();
    const guildId = c.guild.id;

    const before = await dumpDatabase(c.store);
    const tracesBefore = findTraces(before, needles(userId));
    // The test means something: the member is all over the database before.
    for (const needle of [userId, USERNAME, DISPLAY_NAME, 'vorpal', 'octarine']) {
      expect(
        tracesBefore.some((t) => t.needle === needle),
        needle,
      ).toBe(true);
    }
    // …including the modules': points earned, a case opened.
    const tablesBefore = [...new Set(tracesBefore.filter((t) => t.needle === userId).map((t) => t.table))];
    for (const prefix of ['event_log', 'sandbox_', 'recognition_', 'moderation_']) {
      expect(
        tablesBefore.some((t) => t.startsWith(prefix)),
        prefix,
      ).toBe(true);
    }

    // export-member returns data from the core, the sandbox and every module that stored some.
    const exported = await c.engine.memberData.exportMember(guildId, userId);
    expect(Object.keys(exported)).toEqual(expect.arrayContaining(['core', 'sandbox']));
    expect(JSON.stringify(exported.core)).toContain('vorpal marmalade');
    expect(exported.sandbox?.user).toMatchObject({ id: userId, username: USERNAME, displayName: DISPLAY_NAME });
    const owners = await tablesByModule(moduleList);
    const missingExports: string[] = [];
    for (const module of moduleList) {
      const tables = owners.get(module.id) ?? [];
      const holds = tracesBefore.some((t) => tables.includes(t.table) && t.needle === userId);
      if (holds && module.privacy !== undefined) expect(Object.keys(exported), module.id).toContain(module.id);
      if (holds && module.privacy === undefined) missingExports.push(module.id);
    }

    const counts = await eventCountsByType();
    const report = await c.engine.memberData.eraseMember(guildId, userId, 'cli:test', { keepModerationRecords: false });
    expect(report.changed.core).toBeGreaterThan(0);
    expect(report.changed.sandbox).toBeGreaterThan(0);

    const after = await dumpDatabase(c.store);
    const pending = await tablesAwaitingPrivacy();
    const traces = findTraces(after, needles(userId));
    const held = traces.filter((t) => !pending.has(t.table));
    const awaiting = traces.filter((t) => pending.has(t.table));
    if (awaiting.length > 0 || missingExports.length > 0) {
      console.warn(
        `modules without privacy yet (${[...new Set([...missingExports, ...awaiting.map((t) => pending.get(t.table))])].join(', ')}):\n${describeTraces(awaiting).join('\n')}`,
      );
    }
    expect(describeTraces(held)).toEqual([]);
    expect(await eventCountsByType()).toEqual(counts);
    // The sandbox still works for everyone else.
    expect(await c.command(await c.user('sam'), 'privacy export')).toMatchObject({ ephemeral: true });
  });

  it('does not record a redelivered old event of an erased member again', async () => {
    const { userId, ownEvents } = await liveAndGetWarned();
    expect(ownEvents.length).toBeGreaterThan(3);
    await c.engine.memberData.eraseMember(c.guild.id, userId, 'cli:test', { keepModerationRecords: false });
    const counts = await eventCountsByType();
    for (const event of ownEvents) {
      const result = await c.engine.ingest(event);
      expect(result.recorded, event.id).toBe(false);
    }
    await c.settle();
    expect(await eventCountsByType()).toEqual(counts);
    expect(findTraces(await dumpDatabase(c.store), [userId]).filter((t) => t.table === 'event_log')).toEqual([]);
  });
});
