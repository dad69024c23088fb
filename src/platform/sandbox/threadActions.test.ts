import { afterEach, describe, expect, it } from 'vitest';
import { openTestStore, testDialect, type TestStore } from '../../../test/testStore.js';
import { startRecordingSandbox, type RecordingSandbox } from './recordingSandbox.js';
import { sandboxMigrationSet } from './sandboxMigrations.js';

describe(`sandbox threads (${testDialect})`, () => {
  let store: TestStore | undefined;
  afterEach(async () => {
    await store?.destroy();
  });

  async function setUp(): Promise<RecordingSandbox & { general: string; help: string; ada: string }> {
    store = await openTestStore([sandboxMigrationSet]);
    const rec = await startRecordingSandbox(store);
    const general = await rec.sandbox.createChannel(rec.guild.id, { name: 'general', kind: 'text' });
    const help = await rec.sandbox.createChannel(rec.guild.id, { name: 'help', kind: 'forum' });
    const ada = await rec.sandbox.addMember({ username: 'ada' });
    rec.events.length = 0;
    return { ...rec, general: general.id, help: help.id, ada: ada.userId };
  }

  it('a member starts a thread from a message: it takes the message id, thread.created is emitted', async () => {
    const { sandbox, general, ada, events } = await setUp();
    const message = await sandbox.postMessage({ userId: ada, channelId: general, content: 'long topic' });
    events.length = 0;
    const thread = await sandbox.createThread({
      userId: ada,
      channelId: general,
      name: 'Long Topic',
      messageId: message.id,
    });
    expect(thread).toMatchObject({ id: message.id, kind: 'thread', parentId: general, name: 'Long Topic' });
    expect(events).toMatchObject([
      {
        id: `sandbox:thread.created:${message.id}`,
        type: 'thread.created',
        payload: { threadId: message.id, parentId: general, ownerId: ada, name: 'Long Topic' },
      },
    ]);
    await expect(
      sandbox.createThread({ userId: ada, channelId: general, name: 'again', messageId: message.id }),
    ).rejects.toThrow(/already/);
    await sandbox.postMessage({ userId: ada, channelId: thread.id, content: 'in the thread' });
    expect((await sandbox.listMessages(thread.id)).map((m) => m.content)).toEqual(['in the thread']);
  });

  it("a forum post needs content and posts its starter message with the thread's id", async () => {
    const { sandbox, help, ada, events } = await setUp();
    await expect(sandbox.createThread({ userId: ada, channelId: help, name: 'Q' })).rejects.toThrow(/content/);
    const post = await sandbox.createThread({
      userId: ada,
      channelId: help,
      name: 'Build fails',
      content: 'Which Node?',
    });
    expect(events.map((e) => e.type)).toEqual(['thread.created', 'message.created']);
    expect(events[1]).toMatchObject({ payload: { messageId: post.id, channelId: post.id, content: 'Which Node?' } });
    expect((await sandbox.fetchGuild((await sandbox.guild()).id)).channels.some((c) => c.kind === 'thread')).toBe(
      false,
    );
  });

  it('the bot starts threads without an event, but not forum posts', async () => {
    const { sandbox, general, help, events } = await setUp();
    const thread = await sandbox.createThread(general, { name: 'Weekly digest' });
    expect(thread).toMatchObject({ kind: 'thread', parentId: general });
    await expect(sandbox.createThread(help, { name: 'post' })).rejects.toThrow(/starter message/);
    expect(events).toEqual([]);
  });
});
