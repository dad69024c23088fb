import { afterEach, describe, expect, it } from 'vitest';
import { openTestStore, testDialect, type TestStore } from '../../../test/testStore.js';
import { DISCORD_ERROR_CODES } from '../discordErrorCodes.js';
import { InvalidRequest, isNotFound } from '../PlatformError.js';
import type { InteractionRef } from '../Platform.js';
import { startRecordingSandbox, type RecordingSandbox } from './recordingSandbox.js';
import { sandboxMigrationSet } from './sandboxMigrations.js';

describe(`sandbox deferred answers, edits and follow-ups (${testDialect})`, () => {
  let store: TestStore | undefined;
  afterEach(async () => {
    await store?.destroy();
  });

  async function setUp(): Promise<RecordingSandbox & { general: string; ada: string }> {
    store = await openTestStore([sandboxMigrationSet]);
    const rec = await startRecordingSandbox(store);
    const general = await rec.sandbox.createChannel(rec.guild.id, { name: 'general', kind: 'text' });
    const ada = await rec.sandbox.addMember({ username: 'ada' });
    await rec.sandbox.registerCommands(rec.guild.id, [{ name: 'ping', description: 'Pong' }]);
    return { ...rec, general: general.id, ada: ada.userId };
  }

  const refOf = (interactionId: string, channelId: string, userId: string): InteractionRef => ({
    interactionId,
    token: `sandbox-token-${interactionId}`,
    channelId,
    userId,
  });

  it('shows "thinking…" after an ephemeral deferral, then the edited answer; a second answer is refused', async () => {
    const { sandbox, general, ada } = await setUp();
    const { interactionId } = await sandbox.invokeCommand({ userId: ada, channelId: general, name: 'ping' });
    const ref = refOf(interactionId, general, ada);
    await sandbox.deferReply(ref, { ephemeral: true });
    expect(await sandbox.getInteraction(interactionId)).toMatchObject({
      thinking: true,
      deferredEphemeral: true,
      reply: null,
    });
    const refused = await sandbox.respondToInteraction(ref, { content: 'late' }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(InvalidRequest);
    expect((refused as InvalidRequest).code).toBe(DISCORD_ERROR_CODES.interactionAlreadyAcknowledged);
    await sandbox.editReply(ref, { content: 'Locking channels: 3 of 9…' });
    await sandbox.editReply(ref, { content: 'Pong, at last' });
    // The deferral decided the visibility: the edit stays ephemeral, and nothing is posted.
    expect(await sandbox.getInteraction(interactionId)).toMatchObject({
      thinking: false,
      reply: { content: 'Pong, at last', ephemeral: true },
    });
    expect(await sandbox.listMessages(general)).toEqual([]);
  });

  it('posts a public deferred answer in the channel on its first edit and changes it on the next', async () => {
    const { sandbox, general, ada } = await setUp();
    const { interactionId } = await sandbox.invokeCommand({ userId: ada, channelId: general, name: 'ping' });
    const ref = refOf(interactionId, general, ada);
    await sandbox.deferReply(ref);
    await sandbox.editReply(ref, { content: 'first' });
    await sandbox.editReply(ref, { content: 'second' });
    const messages = await sandbox.listMessages(general);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ content: 'second' });
    expect(messages[0]?.authorId).not.toBe(ada);
    expect(messages[0]?.editedAt).not.toBeNull();
  });

  it('keeps follow-ups; the first one after a deferral takes its place, as on Discord', async () => {
    const { sandbox, general, ada } = await setUp();
    const { interactionId } = await sandbox.invokeCommand({ userId: ada, channelId: general, name: 'ping' });
    const ref = refOf(interactionId, general, ada);
    await sandbox.deferReply(ref, { ephemeral: true });
    await sandbox.followUp(ref, { content: 'instead of thinking' });
    await sandbox.followUp(ref, { content: 'for everyone' });
    await sandbox.followUp(ref, { content: 'just for you', ephemeral: true });
    expect(await sandbox.getInteraction(interactionId)).toMatchObject({
      thinking: false,
      reply: { content: 'instead of thinking', ephemeral: true },
      followUps: [
        { content: 'for everyone', ephemeral: false },
        { content: 'just for you', ephemeral: true },
      ],
    });
    expect((await sandbox.listMessages(general)).map((m) => m.content)).toEqual(['for everyone']);
  });

  it('refuses an edit or follow-up before the interaction is acknowledged, and a second deferral', async () => {
    const { sandbox, general, ada } = await setUp();
    const { interactionId } = await sandbox.invokeCommand({ userId: ada, channelId: general, name: 'ping' });
    const ref = refOf(interactionId, general, ada);
    expect(isNotFound(await sandbox.editReply(ref, { content: 'x' }).catch((e: unknown) => e), 'message')).toBe(true);
    expect(isNotFound(await sandbox.followUp(ref, { content: 'x' }).catch((e: unknown) => e), 'message')).toBe(true);
    await sandbox.deferReply(ref);
    await expect(sandbox.deferReply(ref)).rejects.toBeInstanceOf(InvalidRequest);
    // A deferred update is for components only.
    const other = await sandbox.invokeCommand({ userId: ada, channelId: general, name: 'ping' });
    await expect(sandbox.deferUpdate(refOf(other.interactionId, general, ada))).rejects.toBeInstanceOf(InvalidRequest);
  });

  it('after a deferred update, an edit changes the message the button is on', async () => {
    const { sandbox, general, ada } = await setUp();
    const posted = await sandbox.sendMessage(general, {
      content: 'Vote',
      components: [{ components: [{ kind: 'button', customId: 'poll:yes', label: 'Yes', style: 'primary' }] }],
    });
    const { interactionId } = await sandbox.clickButton({
      userId: ada,
      channelId: general,
      messageId: posted.id,
      customId: 'poll:yes',
    });
    const ref = refOf(interactionId, general, ada);
    await sandbox.deferUpdate(ref);
    await sandbox.editReply(ref, { content: 'Vote (1 yes)' });
    const [message] = await sandbox.listMessages(general);
    expect(message).toMatchObject({ id: posted.id, content: 'Vote (1 yes)' });
  });
});
