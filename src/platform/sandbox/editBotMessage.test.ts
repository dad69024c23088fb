import { afterEach, describe, expect, it } from 'vitest';
import { PlatformRuleError } from '../../core/errors.js';
import { openTestStore, testDialect, type TestStore } from '../../../test/testStore.js';
import type { ActionRow } from '../Platform.js';
import { Forbidden } from '../PlatformError.js';
import { SandboxNotFoundError } from './SandboxNotFoundError.js';
import { startRecordingSandbox, type RecordingSandbox } from './recordingSandbox.js';
import { sandboxMigrationSet } from './sandboxMigrations.js';

describe(`sandbox: the bot edits its messages (${testDialect})`, () => {
  let store: TestStore | undefined;
  afterEach(async () => {
    await store?.destroy();
  });

  async function setUp(): Promise<RecordingSandbox & { general: string; ada: string }> {
    store = await openTestStore([sandboxMigrationSet]);
    const rec = await startRecordingSandbox(store);
    const general = await rec.sandbox.createChannel(rec.guild.id, { name: 'general', kind: 'text' });
    const ada = await rec.sandbox.addMember({ username: 'ada' });
    rec.events.length = 0;
    return { ...rec, general: general.id, ada: ada.userId };
  }

  const buttons: ActionRow[] = [
    { components: [{ kind: 'button', customId: 'events:rsvp:going:1', label: 'Going', style: 'success' }] },
  ];

  it('replaces content, embeds and components, sets edited_at, and emits nothing', async () => {
    const { sandbox, general, clock, events } = await setUp();
    const sent = await sandbox.sendMessage(general, {
      content: 'Soon',
      embeds: [{ title: '10 left' }],
      components: buttons,
    });
    clock.advance(60_000);
    const edited = await sandbox.editMessage(general, sent.id, { embeds: [{ title: '9 left' }], nonce: 'ignored' });
    expect(edited).toEqual({ id: sent.id, channelId: general });
    const [stored] = await sandbox.listMessages(general);
    expect(stored).toMatchObject({
      id: sent.id,
      content: '',
      embeds: [{ title: '9 left' }],
      components: [],
      editedAt: clock.now(),
    });
    expect(events).toEqual([]);
  });

  it("refuses an unknown message, a member's message, and a message over the limits", async () => {
    const { sandbox, general, ada } = await setUp();
    await expect(sandbox.editMessage(general, '999', { content: 'x' })).rejects.toBeInstanceOf(SandboxNotFoundError);
    const theirs = await sandbox.postMessage({ userId: ada, channelId: general, content: 'mine' });
    await expect(sandbox.editMessage(general, theirs.id, { content: 'hacked' })).rejects.toBeInstanceOf(Forbidden);
    const ours = await sandbox.sendMessage(general, { content: 'ours' });
    await expect(sandbox.editMessage(general, ours.id, { content: ' ' })).rejects.toBeInstanceOf(PlatformRuleError);
    expect((await sandbox.listMessages(general)).map((m) => m.content).sort()).toEqual(['mine', 'ours']);
  });
});
