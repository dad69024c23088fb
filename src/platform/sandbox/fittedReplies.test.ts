import { afterEach, describe, expect, it } from 'vitest';
import { openTestStore, testDialect, type TestStore } from '../../../test/testStore.js';
import { EMBED_LIMITS, MESSAGE_CONTENT_LIMIT } from '../discordLimits.js';
import { startRecordingSandbox } from './recordingSandbox.js';
import { sandboxMigrationSet } from './sandboxMigrations.js';

describe(`sandbox: outgoing messages fitted to Discord's limits (${testDialect})`, () => {
  let store: TestStore | undefined;
  afterEach(async () => {
    await store?.destroy();
    store = undefined;
  });

  it('an interaction reply, a post and a DM over the limits are cut, not refused', async () => {
    store = await openTestStore([sandboxMigrationSet]);
    const { sandbox, guild } = await startRecordingSandbox(store);
    const general = await sandbox.createChannel(guild.id, { name: 'general', kind: 'text' });
    const { userId } = await sandbox.addMember({ username: 'ada' });
    await sandbox.registerCommands(guild.id, [{ name: 'ping', description: 'Pong' }]);
    const long = { content: 'x'.repeat(3000), embeds: [{ title: 't'.repeat(300), description: 'd'.repeat(5000) }] };

    const { interactionId } = await sandbox.invokeCommand({ userId, channelId: general.id, name: 'ping' });
    const ref = { interactionId, token: `sandbox-token-${interactionId}`, channelId: general.id, userId };
    await sandbox.respondToInteraction(ref, { ...long, ephemeral: true });
    const reply = (await sandbox.getInteraction(interactionId))?.reply;
    expect(reply?.ephemeral).toBe(true);
    expect(reply?.content).toHaveLength(MESSAGE_CONTENT_LIMIT);
    expect(reply?.content?.endsWith('…')).toBe(true);
    expect(reply?.embeds?.[0]?.title).toHaveLength(EMBED_LIMITS.title);
    expect(reply?.embeds?.[0]?.description).toHaveLength(EMBED_LIMITS.description);

    const post = await sandbox.sendMessage(general.id, long);
    expect((await sandbox.getMessage(general.id, post.id)).content).toHaveLength(MESSAGE_CONTENT_LIMIT);
    const dm = await sandbox.sendDirectMessage(guild.id, userId, long, null);
    expect(dm.deliveredVia).toBe('dm');
    const [sent] = await sandbox.listDirectMessages(userId);
    expect(sent?.content).toHaveLength(MESSAGE_CONTENT_LIMIT);
  });
});
