import { afterEach, describe, expect, it } from 'vitest';
import { openTestStore, testDialect, type TestStore } from '../../../test/testStore.js';
import { startRecordingSandbox } from './recordingSandbox.js';
import { sandboxMigrationSet } from './sandboxMigrations.js';

describe(`sandbox forum posts by the bot (${testDialect})`, () => {
  let store: TestStore | undefined;
  afterEach(async () => {
    await store?.destroy();
  });

  async function setUp() {
    store = await openTestStore([sandboxMigrationSet]);
    const rec = await startRecordingSandbox(store);
    const general = await rec.sandbox.createChannel(rec.guild.id, { name: 'general', kind: 'text' });
    const created = await rec.sandbox.createChannel(rec.guild.id, { name: 'ideas', kind: 'forum' });
    const ideas = await rec.sandbox.editChannel(created.id, {
      availableTags: [{ name: 'Planned', moderated: true, emoji: null }],
    });
    rec.events.length = 0;
    return { ...rec, general: general.id, ideas: ideas.id, planned: ideas.availableTags[0]?.id ?? '' };
  }

  it('starts the post and its starter message with the post id, tagged, without an event', async () => {
    const { sandbox, ideas, planned, events } = await setUp();
    const post = await sandbox.createForumPost(ideas, {
      name: 'Dark mode',
      message: { embeds: [{ title: '#1 Dark mode' }], nonce: 'feedback:card:1' },
      appliedTags: [planned],
    });
    expect(post.messageId).toBe(post.threadId);
    expect(await sandbox.getThread(post.threadId)).toMatchObject({
      kind: 'thread',
      parentId: ideas,
      name: 'Dark mode',
      appliedTags: [planned],
    });
    const messages = await sandbox.listMessages(post.threadId);
    expect(messages.map((m) => [m.id, m.channelId, m.authorBot, m.embeds[0]?.title])).toEqual([
      [post.threadId, post.threadId, true, '#1 Dark mode'],
    ]);
    expect(events).toEqual([]);
    // As on Discord, the starter message's nonce is not kept: a repeat starts another post.
    const again = await sandbox.createForumPost(ideas, {
      name: 'Dark mode',
      message: { content: 'x', nonce: 'feedback:card:1' },
    });
    expect(again.threadId).not.toBe(post.threadId);
  });

  it('refuses a text channel, a bad name, six tags, an unknown tag, a poll and an empty message', async () => {
    const { sandbox, general, ideas, planned } = await setUp();
    const message = { content: 'Hi' };
    await expect(sandbox.createForumPost(general, { name: 'ok', message })).rejects.toThrow(/not a forum/);
    await expect(sandbox.createForumPost(ideas, { name: ' ', message })).rejects.toThrow(/1–100/);
    await expect(
      sandbox.createForumPost(ideas, { name: 'ok', message, appliedTags: ['1', '2', '3', '4', '5', planned] }),
    ).rejects.toThrow(/at most 5 tags/);
    await expect(sandbox.createForumPost(ideas, { name: 'ok', message, appliedTags: ['123'] })).rejects.toThrow(
      /has no tag 123/,
    );
    await expect(
      sandbox.createForumPost(ideas, {
        name: 'ok',
        message: { content: 'Vote', poll: { question: 'Which?', answers: ['A', 'B'], durationHours: 24 } },
      }),
    ).rejects.toThrow(/poll/);
    await expect(sandbox.createForumPost(ideas, { name: 'ok', message: { content: ' ' } })).rejects.toThrow(/needs/);
    expect((await sandbox.listChannels()).filter((c) => c.kind === 'thread')).toEqual([]);
  });
});
