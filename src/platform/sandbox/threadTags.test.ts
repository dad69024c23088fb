import { afterEach, describe, expect, it } from 'vitest';
import { openTestStore, testDialect, type TestStore } from '../../../test/testStore.js';
import { DISCORD_ERROR_CODES } from '../discordErrorCodes.js';
import { Forbidden, InvalidRequest } from '../PlatformError.js';
import { Permission } from './permissions.js';
import { startRecordingSandbox, type RecordingSandbox } from './recordingSandbox.js';
import { sandboxMigrationSet } from './sandboxMigrations.js';

interface Setup extends RecordingSandbox {
  general: string;
  help: string;
  ada: string;
  mod: string;
  tags: Record<'solved' | 'setup' | 'bots' | 'billing', string>;
}

describe(`sandbox forum tags, archived and locked threads (${testDialect})`, () => {
  let store: TestStore | undefined;
  afterEach(async () => {
    await store?.destroy();
  });

  async function setUp(): Promise<Setup> {
    store = await openTestStore([sandboxMigrationSet]);
    const rec = await startRecordingSandbox(store);
    const general = await rec.sandbox.createChannel(rec.guild.id, { name: 'general', kind: 'text' });
    const created = await rec.sandbox.createChannel(rec.guild.id, { name: 'help', kind: 'forum' });
    const help = await rec.sandbox.editChannel(created.id, {
      availableTags: ['Solved', 'Setup', 'Bots', 'Billing'].map((name) => ({
        name,
        moderated: name === 'Solved',
        emoji: null,
      })),
    });
    const id = (name: string): string => help.availableTags.find((t) => t.name === name)?.id ?? '';
    const ada = await rec.sandbox.addMember({ username: 'ada' });
    const mod = await rec.sandbox.addMember({ username: 'mod' });
    const role = await rec.sandbox.createRole(rec.guild.id, {
      name: 'Moderator',
      permissions: Permission.MANAGE_THREADS.toString(),
    });
    await rec.sandbox.addRole(rec.guild.id, mod.userId, role.id, 'staff');
    rec.events.length = 0;
    return {
      ...rec,
      general: general.id,
      help: help.id,
      ada: ada.userId,
      mod: mod.userId,
      tags: { solved: id('Solved'), setup: id('Setup'), bots: id('Bots'), billing: id('Billing') },
    };
  }

  it('forum tags get ids; a member posts with tags → thread.created carries them; getThread reads them', async () => {
    const { sandbox, help, ada, tags, eventsOf } = await setUp();
    expect(Object.values(tags).every((t) => /^\d+$/.test(t))).toBe(true);
    const post = await sandbox.createThread({
      userId: ada,
      channelId: help,
      name: 'Bot will not start',
      content: 'It exits at once.',
      appliedTags: [tags.setup, tags.bots],
    });
    expect(eventsOf('thread.created')[0]?.payload).toEqual({
      threadId: post.id,
      parentId: help,
      ownerId: ada,
      name: 'Bot will not start',
      appliedTags: [tags.setup, tags.bots],
    });
    expect(await sandbox.getThread(post.id)).toMatchObject({
      id: post.id,
      kind: 'thread',
      parentId: help,
      appliedTags: [tags.setup, tags.bots],
      archived: false,
      locked: false,
    });
    expect(await sandbox.getThread(help)).toBeNull();
    expect(await sandbox.getThread('1')).toBeNull();
  });

  it('refuses tags outside forums, past 5, not the forum’s, and moderated ones from members', async () => {
    const { sandbox, help, general, ada, mod, tags } = await setUp();
    const post = (userId: string, channelId: string, appliedTags: string[]) =>
      sandbox.createThread({ userId, channelId, name: 'Q', content: 'Why?', appliedTags });
    await expect(post(ada, general, [tags.setup])).rejects.toThrow(InvalidRequest);
    await expect(post(ada, help, ['999'])).rejects.toThrow(/no tag 999/);
    await expect(post(ada, help, [tags.solved])).rejects.toThrow(Forbidden);
    await expect(post(mod, help, [tags.solved])).resolves.toMatchObject({ kind: 'thread' });
    const many = await sandbox.editChannel(help, {
      availableTags: ['a', 'b', 'c', 'd', 'e', 'f'].map((name) => ({ name, moderated: false, emoji: null })),
    });
    const six = many.availableTags.map((t) => t.id ?? '');
    await expect(post(ada, help, six)).rejects.toThrow(/at most 5/);
  });

  it('editThread changes tags, archived and locked → thread.updated with the thread after; repeats are no-ops', async () => {
    const { sandbox, help, ada, tags, eventsOf, events } = await setUp();
    const post = await sandbox.createThread({ userId: ada, channelId: help, name: 'Q', content: 'Why?' });
    events.length = 0;
    await sandbox.editThread(post.id, { appliedTags: [tags.solved, tags.setup] }, 'Solved by ada');
    await sandbox.editThread(post.id, { appliedTags: [tags.solved, tags.setup] }, 'Solved by ada');
    await sandbox.editThread(post.id, { archived: true, locked: true }, 'Closed');
    expect(eventsOf('thread.updated').map((e) => e.payload)).toEqual([
      {
        threadId: post.id,
        parentId: help,
        name: 'Q',
        appliedTags: [tags.solved, tags.setup],
        archived: false,
        locked: false,
      },
      {
        threadId: post.id,
        parentId: help,
        name: 'Q',
        appliedTags: [tags.solved, tags.setup],
        archived: true,
        locked: true,
      },
    ]);
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
    expect(await sandbox.getThread(post.id)).toMatchObject({ archived: true, locked: true });
    expect((await sandbox.listAuditLog()).filter((a) => a.action === 'thread_update').map((a) => a.reason)).toEqual([
      'Closed',
      'Solved by ada',
    ]);
    // An archived thread's tags change only in a request that unarchives it.
    await expect(sandbox.editThread(post.id, { appliedTags: [tags.bots] }, 'x')).rejects.toMatchObject({
      code: DISCORD_ERROR_CODES.threadArchived,
    });
    await sandbox.editThread(post.id, { appliedTags: [tags.bots], archived: false }, 'Reopened');
    expect(await sandbox.getThread(post.id)).toMatchObject({ appliedTags: [tags.bots], archived: false, locked: true });
    await expect(sandbox.editThread(post.id, { appliedTags: ['42'] }, 'x')).rejects.toThrow(InvalidRequest);
    await expect(sandbox.editThread(help, { archived: true }, 'x')).rejects.toThrow(/not a thread/);
  });

  it('a member post unarchives an archived thread (thread.updated first); a locked one refuses members but not staff', async () => {
    const { sandbox, help, ada, mod, events } = await setUp();
    const post = await sandbox.createThread({ userId: ada, channelId: help, name: 'Q', content: 'Why?' });
    await sandbox.editThread(post.id, { archived: true }, 'idle');
    events.length = 0;
    await sandbox.postMessage({ userId: ada, channelId: post.id, content: 'Still broken' });
    expect(events.map((e) => e.type)).toEqual(['thread.updated', 'message.created']);
    expect(events[0]?.payload).toMatchObject({ archived: false, locked: false });
    expect(await sandbox.getThread(post.id)).toMatchObject({ archived: false });

    await sandbox.editThread(post.id, { archived: true, locked: true }, 'solved');
    events.length = 0;
    await expect(sandbox.postMessage({ userId: ada, channelId: post.id, content: 'hi' })).rejects.toMatchObject({
      code: DISCORD_ERROR_CODES.threadLocked,
    });
    expect(events).toEqual([]);
    await sandbox.postMessage({ userId: mod, channelId: post.id, content: 'Reopening' });
    expect(events.map((e) => e.type)).toEqual(['thread.updated', 'message.created']);
    expect(await sandbox.getThread(post.id)).toMatchObject({ archived: false, locked: true });
  });

  it('the bot posting in an archived thread unarchives it too', async () => {
    const { sandbox, general, ada, eventsOf } = await setUp();
    const thread = await sandbox.createThread({ userId: ada, channelId: general, name: 'chat' });
    await sandbox.editThread(thread.id, { archived: true }, 'idle');
    await sandbox.sendMessage(thread.id, { content: 'A reminder' });
    expect(eventsOf('thread.updated').map((e) => e.payload.archived)).toEqual([true, false]);
    expect(eventsOf('thread.created')[0]?.payload).not.toHaveProperty('appliedTags');
  });
});
