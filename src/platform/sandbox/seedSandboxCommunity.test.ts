import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../core/Clock.js';
import { openTestStore, testDialect, type TestStore } from '../../../test/testStore.js';
import { SandboxPlatform } from './SandboxPlatform.js';
import { sandboxMigrationSet } from './sandboxMigrations.js';
import { seedSandboxCommunity } from './seedSandboxCommunity.js';

describe(`seedSandboxCommunity (${testDialect})`, () => {
  let store: TestStore | undefined;
  afterEach(async () => {
    await store?.destroy();
  });

  it('creates channels, roles below the bot’s, members and a little history', async () => {
    store = await openTestStore([sandboxMigrationSet]);
    const sandbox = new SandboxPlatform({ store, clock: new ManualClock() });
    const guild = await seedSandboxCommunity(sandbox, { name: 'Demo Guild' });

    expect(guild.name).toBe('Demo Guild');
    const names = guild.channels.map((c) => c.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'welcome',
        'rules',
        'announcements',
        'general',
        'introductions',
        'help',
        'showcase',
        'mod-log',
        'Lounge',
      ]),
    );
    expect(guild.channels.find((c) => c.name === 'help')?.kind).toBe('forum');
    expect(guild.channels.find((c) => c.name === 'Lounge')?.kind).toBe('voice');
    // The bot's role on top, where an owner puts a bot invited to manage the server.
    expect(guild.roles.map((r) => r.name)).toEqual([
      'Guildhall',
      'Admin',
      'Moderator',
      'Member',
      'New Member',
      '@everyone',
    ]);
    expect(guild.roles.map((r) => r.position)).toEqual([5, 4, 3, 2, 1, 0]);
    expect(guild.botHighestRolePosition).toBe(5);

    const members = await sandbox.listMembers();
    expect(members.map((m) => m.username).sort()).toEqual([
      'guildhall',
      'kenji',
      'lena',
      'mira',
      'noor',
      'priya',
      'sam',
      'tomas',
    ]);
    const owner = members.find((m) => m.userId === guild.ownerId);
    expect(owner?.username).toBe('mira');
    expect(members.find((m) => m.username === 'tomas')?.dmsOpen).toBe(false);
    const noor = members.find((m) => m.username === 'noor');
    const roleName = (id: string): string | undefined => guild.roles.find((r) => r.id === id)?.name;
    expect(noor?.roles.map(roleName)).toEqual(['Moderator', 'Member']);

    const general = guild.channels.find((c) => c.name === 'general');
    const history = await sandbox.listMessages(general?.id ?? '');
    expect(history.length).toBe(3);
    expect(history[0]?.reactions).toEqual([
      { emoji: { id: null, name: '👍' }, count: 1, userIds: [members.find((m) => m.username === 'lena')?.userId] },
    ]);
    const threads = (await sandbox.listChannels()).filter((c) => c.kind === 'thread');
    expect(threads.map((t) => t.name)).toEqual(['Build fails on Node 18']);
  });

  it('is idempotent: a second seed changes nothing', async () => {
    store = await openTestStore([sandboxMigrationSet]);
    const sandbox = new SandboxPlatform({ store, clock: new ManualClock() });
    const first = await seedSandboxCommunity(sandbox, { name: 'Demo Guild' });
    const second = await seedSandboxCommunity(new SandboxPlatform({ store, clock: new ManualClock() }), {
      name: 'Other Name',
    });
    expect(second).toEqual(first);
    expect((await sandbox.listMembers()).length).toBe(8);
  });

  it(
    'a seed killed before any of its steps is completed by the next start, nothing twice (finding 6)',
    { timeout: 120_000 },
    async () => {
      // A clean seed: the reference, and how many writes it makes.
      store = await openTestStore([sandboxMigrationSet]);
      const clean = killedAt(new SandboxPlatform({ store, clock: new ManualClock() }), Infinity);
      await seedSandboxCommunity(clean.sandbox, { name: 'Demo Guild' });
      const reference = await describeGuild(clean.sandbox);
      const writes = clean.calls();
      expect(writes).toBeGreaterThan(40);
      await store.destroy();
      store = undefined;

      // Every crash point on SQLite; on PostgreSQL (each point needs a fresh schema) a role,
      // the first message (where finding 6 lost the seed history for good) and the last post.
      const firstMessage = clean.log.indexOf('sendMessage');
      const points =
        testDialect === 'sqlite'
          ? Array.from({ length: writes }, (_, k) => k)
          : [clean.log.indexOf('createRoleAsOwner') + 1, firstMessage, writes - 1];
      for (const crashAt of points) {
        store = await openTestStore([sandboxMigrationSet]);
        const killed = killedAt(new SandboxPlatform({ store, clock: new ManualClock() }), crashAt);
        await expect(seedSandboxCommunity(killed.sandbox, { name: 'Demo Guild' })).rejects.toThrow(/killed before/);
        // The next start: a new process on the same database.
        const restarted = new SandboxPlatform({ store, clock: new ManualClock() });
        await seedSandboxCommunity(restarted, { name: 'Demo Guild' });
        expect(await describeGuild(restarted), `killed before write ${crashAt} (${clean.log[crashAt]})`).toEqual(
          reference,
        );
        // And a third start changes nothing.
        await seedSandboxCommunity(new SandboxPlatform({ store, clock: new ManualClock() }), { name: 'Demo Guild' });
        expect(await describeGuild(restarted)).toEqual(reference);
        await store.destroy();
        store = undefined;
      }
    },
  );
});

/** The sandbox's write methods the seed calls. */
const WRITES = new Set([
  'ensureGuild',
  'createRoleAsOwner',
  'createChannelAsOwner',
  'addRoleAsOwner',
  'addMember',
  'sendMessage',
  'postMessage',
  'react',
  'createThread',
]);

/**
 * The sandbox as seen by a process killed just before its write number `crashAt` (0-based):
 * that write and everything after it throw. Records the writes it let through.
 */
function killedAt(
  target: SandboxPlatform,
  crashAt: number,
): { sandbox: SandboxPlatform; calls: () => number; log: string[] } {
  const log: string[] = [];
  const sandbox = new Proxy(target, {
    get(object, property) {
      const value: unknown = Reflect.get(object, property, object);
      if (typeof value !== 'function' || typeof property !== 'string' || !WRITES.has(property)) {
        return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(object) : value;
      }
      return (...args: unknown[]): unknown => {
        if (log.length >= crashAt) throw new Error(`killed before ${property}`);
        log.push(property);
        return (value as (...args: unknown[]) => unknown).apply(object, args);
      };
    },
  });
  return { sandbox, calls: () => log.length, log };
}

/** Everything the seed creates, by name (ids differ from one database to another). */
async function describeGuild(sandbox: SandboxPlatform): Promise<unknown> {
  const guild = await sandbox.fetchGuild((await sandbox.guild()).id);
  const channels = await sandbox.listChannels();
  const members = await sandbox.listMembers();
  const userName = (id: string): string => members.find((m) => m.userId === id)?.username ?? id;
  const roleName = (id: string): string => guild.roles.find((r) => r.id === id)?.name ?? id;
  const channelName = (id: string | null): string | null =>
    id === null ? null : (channels.find((c) => c.id === id)?.name ?? id);
  const named = (text: string): string => text.replace(/<#(\d+)>/g, (_, id: string) => `<#${channelName(id) ?? ''}>`);
  const history: Record<string, unknown[]> = {};
  for (const c of channels) {
    if (c.kind === 'category' || c.kind === 'voice' || c.kind === 'forum') continue;
    const messages = await sandbox.listMessages(c.id, { limit: 100 });
    history[c.name] = messages.map((m) => ({
      author: m.authorUsername,
      content: named(m.content),
      embeds: m.embeds,
      replyTo: messages.find((r) => r.id === m.replyTo)?.content ?? m.replyTo,
      reactions: m.reactions.map((r) => ({ emoji: r.emoji.name, count: r.count, users: r.userIds.map(userName) })),
    }));
  }
  return {
    name: guild.name,
    roles: guild.roles.map(({ name, position, permissions, color, hoist, mentionable, managed }) => ({
      name,
      position,
      permissions,
      color,
      hoist,
      mentionable,
      managed,
    })),
    channels: channels.map((c) => ({
      name: c.name,
      kind: c.kind,
      parent: channelName(c.parentId),
      position: c.position,
      topic: c.topic,
      overwrites: c.permissionOverwrites.map((o) => ({ ...o, id: roleName(o.id) })),
    })),
    members: members
      .map((m) => ({
        username: m.username,
        displayName: m.displayName,
        roles: m.roles.map(roleName).sort(),
        dmsOpen: m.dmsOpen,
        age: guild.ownerId === m.userId ? 0 : m.joinedAt - m.accountCreatedAt,
      }))
      .sort((a, b) => a.username.localeCompare(b.username)),
    history,
  };
}
