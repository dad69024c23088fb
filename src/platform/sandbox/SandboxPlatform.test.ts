import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../core/Clock.js';
import { migrate } from '../../store/migrate.js';
import { openStore, type Store } from '../../store/Store.js';
import { dropSchema, openTestStore, testDialect, testPostgresUrl, type TestStore } from '../../../test/testStore.js';
import { SandboxNotFoundError } from './SandboxNotFoundError.js';
import { SandboxPlatform } from './SandboxPlatform.js';
import { SnowflakeIdGenerator, snowflakeTime } from './SnowflakeIdGenerator.js';
import { startRecordingSandbox } from './recordingSandbox.js';
import { sandboxMigrationSet } from './sandboxMigrations.js';

/** A database that can be closed and opened again: a SQLite file, or one PostgreSQL schema. */
function persistentDatabase(): { open(): Promise<Store>; cleanup(): Promise<void> } {
  if (testDialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'guildhall-sandbox-'));
    return {
      open: async () => {
        const store = await openStore({ url: join(dir, 'guildhall.sqlite') });
        await migrate(store, [sandboxMigrationSet]);
        return store;
      },
      cleanup: () => Promise.resolve(rmSync(dir, { recursive: true, force: true })),
    };
  }
  const schema = `t_${randomBytes(6).toString('hex')}`;
  return {
    open: async () => {
      const store = await openStore({ url: testPostgresUrl, schema, poolSize: 3 });
      await migrate(store, [sandboxMigrationSet]);
      return store;
    },
    cleanup: () => dropSchema(schema),
  };
}

describe(`SandboxPlatform (${testDialect})`, () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });
  const testStore = async (): Promise<TestStore> => {
    const store = await openTestStore([sandboxMigrationSet]);
    cleanups.push(() => store.destroy());
    return store;
  };

  it('issues snowflake ids from the clock, strictly increasing within a millisecond', () => {
    const clock = new ManualClock(Date.UTC(2026, 0, 1));
    const ids = new SnowflakeIdGenerator(clock);
    const a = ids.next();
    const b = ids.next();
    const c = ids.next();
    expect(snowflakeTime(a)).toBe(clock.now());
    expect(BigInt(b) - BigInt(a)).toBe(1n);
    clock.advance(5);
    const later = ids.next();
    expect(snowflakeTime(later)).toBe(clock.now());
    expect(BigInt(later) > BigInt(c)).toBe(true);
    expect(a).toMatch(/^\d{17,20}$/);
  });

  it('keeps guild, members, roles, messages, bans, commands and DMs across a restart, with new ids above old ones', async () => {
    const database = persistentDatabase();
    cleanups.push(() => database.cleanup());
    const clock = new ManualClock();
    const first = await database.open();
    const before = new SandboxPlatform({ store: first, clock });
    const guild = await before.ensureGuild('Persistent');
    const general = await before.createChannel(guild.id, { name: 'general', kind: 'text' });
    const role = await before.createRole(guild.id, { name: 'Member' });
    const ada = await before.addMember({ username: 'ada', dmsOpen: false });
    const bob = await before.addMember({ username: 'bob' });
    await before.addRole(guild.id, ada.userId, role.id, 'test');
    await before.timeoutMember(guild.id, ada.userId, clock.now() + 60_000, 'test');
    const posted = await before.postMessage({ userId: bob.userId, channelId: general.id, content: 'hello' });
    await before.react({ userId: bob.userId, channelId: general.id, messageId: posted.id, emoji: '🎉' });
    await before.banMember(guild.id, bob.userId, { reason: 'spam' });
    await before.registerCommands(guild.id, [{ name: 'rank', description: 'Shows your rank' }]);
    await before.sendDirectMessage(guild.id, guild.ownerId, { content: 'hi owner' }, null);
    await first.destroy();

    const second = await database.open();
    cleanups.push(() => second.destroy());
    const after = new SandboxPlatform({ store: second, clock });
    expect(await after.ensureGuild('Other name')).toEqual(await after.fetchGuild(guild.id));
    expect((await after.guild()).id).toBe(guild.id);
    expect(await after.getMember(ada.userId)).toMatchObject({
      roles: [role.id],
      timeoutUntil: clock.now() + 60_000,
      dmsOpen: false,
    });
    expect(await after.getMember(bob.userId)).toBeNull();
    expect(await after.listBans()).toEqual([
      { userId: bob.userId, username: 'bob', reason: 'spam', bannedAt: clock.now() },
    ]);
    expect(await after.listMessages(general.id)).toMatchObject([
      { id: posted.id, content: 'hello', reactions: [{ count: 1 }] },
    ]);
    expect(await after.listCommands()).toEqual([{ name: 'rank', description: 'Shows your rank' }]);
    expect(await after.listDirectMessages(guild.ownerId)).toMatchObject([{ content: 'hi owner' }]);

    const next = await after.postMessage({ userId: guild.ownerId, channelId: general.id, content: 'after restart' });
    expect(BigInt(next.id) > BigInt(posted.id)).toBe(true);
    const carl = await after.addMember({ username: 'carl' });
    expect(new Set([ada.userId, bob.userId, carl.userId, next.id]).size).toBe(4);
  });

  it('gives two processes sharing the database different ids in the same millisecond (a worker number each)', async () => {
    const store = await testStore();
    const clock = new ManualClock(Date.UTC(2026, 0, 1));
    const gateway = new SandboxPlatform({ store, clock });
    const guild = await gateway.ensureGuild('Shared');
    const worker = new SandboxPlatform({ store, clock });
    expect((await worker.guild()).id).toBe(guild.id);
    const general = await gateway.createChannel(guild.id, { name: 'general', kind: 'text' });
    // Past the high-water mark both loaded: from here both issue ids from the clock alone.
    clock.advance(61_000);
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      ids.push((await gateway.postMessage({ userId: guild.ownerId, channelId: general.id, content: `g${i}` })).id);
      ids.push((await worker.sendMessage(general.id, { content: `w${i}` })).id);
    }
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(ids.map((id) => (BigInt(id) >> 12n) & 1023n)).size).toBe(2);
    expect(await gateway.listMessages(general.id, { limit: 100 })).toHaveLength(10);
  });

  it('moves to the next millisecond after 4,096 ids in one', () => {
    const clock = new ManualClock(Date.UTC(2026, 0, 1));
    const ids = new SnowflakeIdGenerator(clock);
    ids.useWorker(7);
    const issued = Array.from({ length: 4097 }, () => ids.next());
    expect(issued.slice(0, 4096).every((id) => snowflakeTime(id) === clock.now())).toBe(true);
    expect(snowflakeTime(issued[4096] ?? '0')).toBe(clock.now() + 1);
    expect(issued.every((id, i) => i === 0 || BigInt(id) > BigInt(issued[i - 1] ?? '0'))).toBe(true);
    expect(issued.every((id) => ((BigInt(id) >> 12n) & 1023n) === 7n)).toBe(true);
    expect(() => ids.useWorker(1024)).toThrow(RangeError);
  });

  it('delivers events only between start and stop', async () => {
    const store = await testStore();
    const { sandbox, events, guild } = await startRecordingSandbox(store);
    await sandbox.stop();
    await sandbox.addMember({ username: 'quiet' });
    expect(events).toEqual([]);
    await sandbox.start((event) => Promise.resolve(void events.push(event)));
    const loud = await sandbox.addMember({ username: 'loud' });
    expect(events).toMatchObject([
      { type: 'member.joined', guildId: guild.id, source: 'sandbox', payload: { userId: loud.userId } },
    ]);
  });

  it('derives event ids from the entities: the same actions at the same times give the same ids', async () => {
    // One store at a time: on PostgreSQL, Kysely's migrator sees other schemas' migration tables.
    const run = async (): Promise<string[]> => {
      const store = await openTestStore([sandboxMigrationSet]);
      const { sandbox, events, guild, clock } = await startRecordingSandbox(store);
      const general = await sandbox.createChannel(guild.id, { name: 'general', kind: 'text' });
      const ada = await sandbox.addMember({ username: 'ada' });
      clock.advance(1000);
      const message = await sandbox.postMessage({ userId: ada.userId, channelId: general.id, content: 'hi' });
      await sandbox.react({ userId: ada.userId, channelId: general.id, messageId: message.id, emoji: '👍' });
      await sandbox.deleteMessage({ channelId: general.id, messageId: message.id });
      expect(events.map((e) => e.id)).toEqual([
        expect.stringMatching(new RegExp(`^sandbox:member\\.joined:${ada.userId}:\\d+$`)),
        `sandbox:message.created:${message.id}`,
        expect.stringMatching(/^sandbox:reaction\.added:\d+$/),
        `sandbox:message.deleted:${message.id}`,
      ]);
      await store.destroy();
      return events.map((e) => e.id);
    };
    expect(await run()).toEqual(await run());
  });

  it('answers reads for another guild id with Unknown Guild and for non-members with null', async () => {
    const store = await testStore();
    const { sandbox, guild } = await startRecordingSandbox(store);
    await expect(sandbox.fetchGuild('123')).rejects.toThrow(SandboxNotFoundError);
    expect(await sandbox.fetchMember(guild.id, '999')).toBeNull();
    expect(await sandbox.fetchMember(guild.id, guild.ownerId)).toMatchObject({
      username: 'owner',
      roles: [],
      bot: false,
    });
  });

  it('refuses every action before ensureGuild', async () => {
    const store = await testStore();
    const sandbox = new SandboxPlatform({ store, clock: new ManualClock() });
    await expect(sandbox.addMember({ username: 'early' })).rejects.toThrow(/ensureGuild/);
  });
});
