import { afterEach, describe, expect, it } from 'vitest';
import { openTestStore, testDialect, type TestStore } from '../../../test/testStore.js';
import { SandboxNotFoundError } from './SandboxNotFoundError.js';
import type { SandboxTables } from './SandboxTables.js';
import { startRecordingSandbox } from './recordingSandbox.js';
import { sandboxMigrationSet } from './sandboxMigrations.js';

describe(`sandbox channel deletion (${testDialect})`, () => {
  let store: TestStore | undefined;
  afterEach(async () => {
    await store?.destroy();
  });

  it('deleting a category keeps its channels, without parent, and records the reason', async () => {
    store = await openTestStore([sandboxMigrationSet]);
    const { sandbox, guild, events } = await startRecordingSandbox(store);
    const chat = await sandbox.createChannel(guild.id, { name: 'Chat', kind: 'category' });
    const general = await sandbox.createChannel(guild.id, { name: 'general', kind: 'text', parentId: chat.id });
    await sandbox.deleteChannel(chat.id, 'blueprint: category removed');
    expect((await sandbox.fetchGuild(guild.id)).channels.map((c) => [c.id, c.parentId])).toEqual([[general.id, null]]);
    expect((await sandbox.listAuditLog({ limit: 1 })).map((e) => [e.action, e.targetId, e.reason])).toEqual([
      ['channel_delete', chat.id, 'blueprint: category removed'],
    ]);
    expect(events).toEqual([]);
    await expect(sandbox.deleteChannel(chat.id, 'again')).rejects.toThrow(SandboxNotFoundError);
  });

  it('deleting a channel takes its threads, messages, reactions and invites with it', async () => {
    store = await openTestStore([sandboxMigrationSet]);
    const { sandbox, guild } = await startRecordingSandbox(store);
    const general = await sandbox.createChannel(guild.id, { name: 'general', kind: 'text' });
    const other = await sandbox.createChannel(guild.id, { name: 'other', kind: 'text' });
    const ada = await sandbox.addMember({ username: 'ada' });
    const message = await sandbox.postMessage({ userId: ada.userId, channelId: general.id, content: 'hi' });
    await sandbox.react({ userId: ada.userId, channelId: general.id, messageId: message.id, emoji: '👍' });
    const thread = await sandbox.createThread({
      userId: ada.userId,
      channelId: general.id,
      name: 'talk',
      content: 'x',
    });
    await sandbox.createInvite({ userId: ada.userId, channelId: general.id });
    const kept = await sandbox.createInvite({ userId: ada.userId, channelId: other.id });
    await sandbox.postMessage({ userId: ada.userId, channelId: other.id, content: 'stays' });
    await sandbox.deleteChannel(general.id, 'cleanup');
    expect((await sandbox.listChannels()).map((c) => c.id)).toEqual([other.id]);
    await expect(sandbox.listMessages(thread.id)).rejects.toThrow(SandboxNotFoundError);
    expect((await sandbox.listInvites(guild.id)).map((i) => i.code)).toEqual([kept.code]);
    expect((await sandbox.listMessages(other.id)).map((m) => m.content)).toEqual(['stays']);
    const db = store.db.withTables<SandboxTables>();
    expect(await db.selectFrom('sandbox_messages').select('content').execute()).toEqual([{ content: 'stays' }]);
    expect(await db.selectFrom('sandbox_reactions').select('id').execute()).toEqual([]);
  });

  it('deleting a voice channel disconnects its members (voice.left)', async () => {
    store = await openTestStore([sandboxMigrationSet]);
    const { sandbox, guild, events } = await startRecordingSandbox(store);
    const lounge = await sandbox.createChannel(guild.id, { name: 'Lounge', kind: 'voice' });
    const ada = await sandbox.addMember({ username: 'ada' });
    await sandbox.setVoice({ userId: ada.userId, channelId: lounge.id });
    const joined = events.find((e) => e.type === 'voice.joined');
    events.length = 0;
    await sandbox.deleteChannel(lounge.id, 'cleanup');
    expect(events.map((e) => [e.id, e.type, e.payload])).toEqual([
      [joined?.id.replace('voice.joined', 'voice.left'), 'voice.left', { userId: ada.userId, channelId: lounge.id }],
    ]);
    expect((await sandbox.getMember(ada.userId))?.voice).toBeNull();
  });
});
