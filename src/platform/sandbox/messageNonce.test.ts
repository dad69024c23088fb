import { afterEach, describe, expect, it } from 'vitest';
import { openTestStore, testDialect, type TestStore } from '../../../test/testStore.js';
import { startRecordingSandbox, type RecordingSandbox } from './recordingSandbox.js';
import { sandboxMigrationSet } from './sandboxMigrations.js';

describe(`sandbox: idempotent bot messages by nonce (${testDialect})`, () => {
  let store: TestStore | undefined;
  afterEach(async () => {
    await store?.destroy();
  });

  // (listMessages: newest first)
  async function setUp(): Promise<RecordingSandbox & { general: string; random: string }> {
    store = await openTestStore([sandboxMigrationSet]);
    const rec = await startRecordingSandbox(store);
    const general = await rec.sandbox.createChannel(rec.guild.id, { name: 'general', kind: 'text' });
    const random = await rec.sandbox.createChannel(rec.guild.id, { name: 'random', kind: 'text' });
    return { ...rec, general: general.id, random: random.id };
  }

  it('returns the first message for a second send with the same nonce in the same channel', async () => {
    const { sandbox, general, clock } = await setUp();
    const first = await sandbox.sendMessage(general, { content: 'Welcome!', nonce: 'welcome:join-1' });
    clock.advance(24 * 3_600_000); // kept for good, not a few minutes
    const again = await sandbox.sendMessage(general, { content: 'Welcome (again)!', nonce: 'welcome:join-1' });
    expect(again).toEqual(first);
    expect((await sandbox.listMessages(general)).map((m) => m.content)).toEqual(['Welcome!']);
  });

  it('posts again for another nonce, another channel, no nonce, or once the first is deleted', async () => {
    const { sandbox, general, random } = await setUp();
    const first = await sandbox.sendMessage(general, { content: 'one', nonce: 'k1' });
    await sandbox.sendMessage(general, { content: 'two', nonce: 'k2' });
    await sandbox.sendMessage(random, { content: 'three', nonce: 'k1' });
    await sandbox.sendMessage(general, { content: 'four' });
    await sandbox.sendMessage(general, { content: 'four' });
    expect((await sandbox.listMessages(general)).map((m) => m.content)).toEqual(['four', 'four', 'two', 'one']);
    expect((await sandbox.listMessages(random)).map((m) => m.content)).toEqual(['three']);
    await sandbox.deleteMessage(general, first.id, 'test');
    const resent = await sandbox.sendMessage(general, { content: 'one again', nonce: 'k1' });
    expect(resent.id).not.toBe(first.id);
    expect(await sandbox.sendMessage(general, { content: 'one more', nonce: 'k1' })).toEqual(resent);
    expect((await sandbox.listMessages(general)).map((m) => m.content)).toEqual(['one again', 'four', 'four', 'two']);
  });

  it('posts once when two sends with the same nonce race', async () => {
    const { sandbox, general } = await setUp();
    const [a, b] = await Promise.all([
      sandbox.sendMessage(general, { content: 'race', nonce: 'race' }),
      sandbox.sendMessage(general, { content: 'race', nonce: 'race' }),
    ]);
    expect(a).toEqual(b);
    expect((await sandbox.listMessages(general)).map((m) => m.id)).toEqual([a.id]);
  });
});
