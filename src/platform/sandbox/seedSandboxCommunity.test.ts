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

  it('creates channels, roles above and below the bot, members and a little history', async () => {
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
    expect(guild.roles.map((r) => r.name)).toEqual([
      'Admin',
      'Guildhall',
      'Moderator',
      'Member',
      'New Member',
      '@everyone',
    ]);
    expect(guild.roles.map((r) => r.position)).toEqual([5, 4, 3, 2, 1, 0]);
    expect(guild.botHighestRolePosition).toBe(4);

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
});
