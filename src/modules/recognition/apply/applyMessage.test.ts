import { afterEach, describe, expect, it } from 'vitest';
import { openRecognitionCommunity, type RecognitionCommunity } from '../../../../test/recognitionCommunity.js';
import { testDialect } from '../../../../test/testStore.js';
import { recognitionDb } from '../RecognitionTables.js';

/** Issue #10, finding 3: the meaningful-message counter is guarded by the event id. */
describe(`meaningful messages handled again (${testDialect})`, () => {
  let c: RecognitionCommunity | undefined;
  afterEach(async () => {
    await c?.close();
    c = undefined;
  });

  async function counted(
    community: RecognitionCommunity,
    userId: string,
  ): Promise<{ messages: number; points: number }> {
    const row = await recognitionDb(community.store.db)
      .selectFrom('recognition_members')
      .select(['messages', 'points'])
      .where('user_id', '=', userId)
      .executeTakeFirst();
    return { messages: row?.messages ?? 0, points: row?.points ?? 0 };
  }

  /** A re-run after a crash: the events were handled but not marked so. */
  async function rerunMessages(community: RecognitionCommunity): Promise<void> {
    await community.store.db
      .updateTable('event_log')
      .set({ handled_at: null })
      .where('type', '=', 'message.created')
      .execute();
    expect(await community.engine.recover()).toBeGreaterThan(0);
    await community.settle();
  }

  it('counts a message once when its event is handled twice, in and out of the cooldown', async () => {
    c = await openRecognitionCommunity();
    const ada = await c.sandbox.addMember({ username: 'ada' });
    await c.settle();
    const general = c.channel('general').id;
    await c.sandbox.postMessage({
      userId: ada.userId,
      channelId: general,
      content: 'Hello everyone, glad to be here!',
    });
    await c.settle();
    const once = await counted(c, ada.userId);
    expect(once.messages).toBe(1);
    await rerunMessages(c);
    expect(await counted(c, ada.userId)).toEqual(once);

    // A second message inside the cooldown counts but earns nothing; handled again, neither.
    await c.sandbox.postMessage({
      userId: ada.userId,
      channelId: general,
      content: 'And a second thought, right away.',
    });
    await c.settle();
    const twice = await counted(c, ada.userId);
    expect(twice).toEqual({ messages: 2, points: once.points });
    await rerunMessages(c);
    expect(await counted(c, ada.userId)).toEqual(twice);
  });
});
