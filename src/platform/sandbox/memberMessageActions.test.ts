import { afterEach, describe, expect, it } from 'vitest';
import { PlatformRuleError } from '../../core/errors.js';
import { openTestStore, testDialect, type TestStore } from '../../../test/testStore.js';
import { SandboxNotFoundError } from './SandboxNotFoundError.js';
import { Permission } from './permissions.js';
import { startRecordingSandbox, type RecordingSandbox } from './recordingSandbox.js';
import { sandboxMigrationSet } from './sandboxMigrations.js';

describe(`sandbox member messages and reactions (${testDialect})`, () => {
  let store: TestStore | undefined;
  afterEach(async () => {
    await store?.destroy();
  });

  async function setUp(): Promise<RecordingSandbox & { general: string; ada: string; bob: string }> {
    store = await openTestStore([sandboxMigrationSet]);
    const rec = await startRecordingSandbox(store);
    const general = await rec.sandbox.createChannel(rec.guild.id, { name: 'General Chat', kind: 'text' });
    const ada = await rec.sandbox.addMember({ username: 'ada' });
    const bob = await rec.sandbox.addMember({ username: 'bob' });
    rec.events.length = 0;
    return { ...rec, general: general.id, ada: ada.userId, bob: bob.userId };
  }

  it('posts a message and emits message.created with mentions and the replied-to message', async () => {
    const { sandbox, general, ada, bob, guild, events } = await setUp();
    const first = await sandbox.postMessage({ userId: bob, channelId: general, content: 'question?' });
    const reply = await sandbox.postMessage({
      userId: ada,
      channelId: general,
      content: `<@${bob}> see <@&${guild.id}> <@!${bob}>`,
      replyTo: first.id,
    });
    expect(reply).toMatchObject({ authorId: ada, authorUsername: 'ada', authorBot: false, replyTo: first.id });
    expect(events[1]).toEqual({
      id: `sandbox:message.created:${reply.id}`,
      type: 'message.created',
      guildId: guild.id,
      occurredAt: reply.createdAt,
      source: 'sandbox',
      payload: {
        messageId: reply.id,
        channelId: general,
        authorId: ada,
        authorBot: false,
        content: reply.content,
        mentionedUserIds: [bob],
        mentionedRoleIds: [guild.id],
        referencedMessageId: first.id,
        attachmentCount: 0,
      },
    });
    await expect(sandbox.postMessage({ userId: ada, channelId: general, content: 'x', replyTo: '1' })).rejects.toThrow(
      SandboxNotFoundError,
    );
    await expect(sandbox.postMessage({ userId: ada, channelId: general, content: 'x'.repeat(2001) })).rejects.toThrow(
      PlatformRuleError,
    );
    expect(events).toHaveLength(2);
  });

  it('normalises text channel names like Discord', async () => {
    const { sandbox, general } = await setUp();
    expect((await sandbox.listChannels()).find((c) => c.id === general)?.name).toBe('general-chat');
  });

  it('lets only the author edit, emitting message.edited with the edit time', async () => {
    const { sandbox, general, ada, bob, clock, eventsOf } = await setUp();
    const message = await sandbox.postMessage({ userId: ada, channelId: general, content: 'helo' });
    clock.advance(5000);
    await expect(
      sandbox.editMessage({ userId: bob, channelId: general, messageId: message.id, content: 'hacked' }),
    ).rejects.toThrow(/another user/);
    const edited = await sandbox.editMessage({ channelId: general, messageId: message.id, content: 'hello' });
    expect(edited).toMatchObject({ content: 'hello', editedAt: clock.now(), createdAt: clock.now() - 5000 });
    expect(eventsOf('message.edited').map((e) => e.payload)).toEqual([
      { messageId: message.id, channelId: general, authorId: ada, content: 'hello', editedAt: clock.now() },
    ]);
  });

  it("deletes own messages, others' only with Manage Messages, emitting message.deleted", async () => {
    const { sandbox, guild, general, ada, bob, eventsOf } = await setUp();
    const mine = await sandbox.postMessage({ userId: ada, channelId: general, content: 'mine' });
    const theirs = await sandbox.postMessage({ userId: bob, channelId: general, content: 'theirs' });
    await expect(sandbox.deleteMessage({ userId: ada, channelId: general, messageId: theirs.id })).rejects.toThrow(
      /Missing Permissions/,
    );
    await sandbox.deleteMessage({ userId: ada, channelId: general, messageId: mine.id });
    const mod = await sandbox.createRole(guild.id, {
      name: 'Moderator',
      permissions: Permission.MANAGE_MESSAGES.toString(),
    });
    await sandbox.addRole(guild.id, ada, mod.id, 'promoted');
    await sandbox.deleteMessage({ userId: ada, channelId: general, messageId: theirs.id });
    expect(await sandbox.listMessages(general)).toEqual([]);
    expect(eventsOf('message.deleted').map((e) => e.payload)).toEqual([
      { messageId: mine.id, channelId: general },
      { messageId: theirs.id, channelId: general },
    ]);
  });

  it('adds and removes reactions once each, with the message author on reaction.added', async () => {
    const { sandbox, general, ada, bob, events } = await setUp();
    const message = await sandbox.postMessage({ userId: ada, channelId: general, content: 'ship it' });
    events.length = 0;
    await sandbox.react({ userId: bob, channelId: general, messageId: message.id, emoji: '🎉' });
    await sandbox.react({ userId: bob, channelId: general, messageId: message.id, emoji: '🎉' });
    await sandbox.react({ userId: ada, channelId: general, messageId: message.id, emoji: '<:party_parrot:123456>' });
    expect((await sandbox.getMessage(general, message.id)).reactions).toEqual([
      { emoji: { id: null, name: '🎉' }, count: 1, userIds: [bob] },
      { emoji: { id: '123456', name: 'party_parrot' }, count: 1, userIds: [ada] },
    ]);
    await sandbox.unreact({ userId: bob, channelId: general, messageId: message.id, emoji: '🎉' });
    await sandbox.unreact({ userId: bob, channelId: general, messageId: message.id, emoji: '🎉' });
    expect(events.map((e) => [e.type, e.payload])).toEqual([
      [
        'reaction.added',
        {
          messageId: message.id,
          channelId: general,
          userId: bob,
          emoji: { id: null, name: '🎉' },
          messageAuthorId: ada,
        },
      ],
      [
        'reaction.added',
        {
          messageId: message.id,
          channelId: general,
          userId: ada,
          emoji: { id: '123456', name: 'party_parrot' },
          messageAuthorId: ada,
        },
      ],
      ['reaction.removed', { messageId: message.id, channelId: general, userId: bob, emoji: { id: null, name: '🎉' } }],
    ]);
    expect(events[2]?.id).toBe(events[0]?.id.replace('reaction.added', 'reaction.removed'));
  });

  it('emits one reaction.added when the same reaction arrives twice at once', async () => {
    const { sandbox, general, ada, bob, events } = await setUp();
    const message = await sandbox.postMessage({ userId: ada, channelId: general, content: 'race' });
    events.length = 0;
    const input = { userId: bob, channelId: general, messageId: message.id, emoji: '👍' };
    await Promise.all([sandbox.react(input), sandbox.react(input), sandbox.react(input)]);
    expect(events.map((e) => e.type)).toEqual(['reaction.added']);
    expect((await sandbox.getMessage(general, message.id)).reactions).toEqual([
      { emoji: { id: null, name: '👍' }, count: 1, userIds: [bob] },
    ]);
  });

  it('enforces channel permissions: read-only and staff-only channels refuse members, the owner passes', async () => {
    const { sandbox, guild, ada } = await setUp();
    const deny = (bits: bigint) => [{ id: guild.id, type: 'role' as const, allow: '0', deny: bits.toString() }];
    const rules = await sandbox.createChannel(guild.id, {
      name: 'rules',
      kind: 'text',
      permissionOverwrites: deny(Permission.SEND_MESSAGES),
    });
    const staff = await sandbox.createChannel(guild.id, {
      name: 'mod-log',
      kind: 'text',
      permissionOverwrites: deny(Permission.VIEW_CHANNEL),
    });
    await expect(sandbox.postMessage({ userId: ada, channelId: rules.id, content: 'hi' })).rejects.toThrow(
      /Missing Permissions: ada cannot send messages in #rules/,
    );
    await expect(sandbox.postMessage({ userId: ada, channelId: staff.id, content: 'hi' })).rejects.toThrow(
      /Missing Permissions/,
    );
    await sandbox.postMessage({ userId: guild.ownerId, channelId: rules.id, content: 'Be kind.' });
    const mods = await sandbox.createRole(guild.id, { name: 'Moderator' });
    await sandbox.editChannel(staff.id, {
      permissionOverwrites: [
        ...deny(Permission.VIEW_CHANNEL),
        { id: mods.id, type: 'role', allow: Permission.VIEW_CHANNEL.toString(), deny: '0' },
      ],
    });
    await sandbox.addRole(guild.id, ada, mods.id, 'staff');
    await sandbox.postMessage({ userId: ada, channelId: staff.id, content: 'on duty' });
  });

  it('enforces slowmode for members without Manage Messages', async () => {
    const { sandbox, guild, general, ada, clock } = await setUp();
    await sandbox.editChannel(general, { rateLimitPerUser: 10 });
    await sandbox.postMessage({ userId: ada, channelId: general, content: 'one' });
    clock.advance(4000);
    await expect(sandbox.postMessage({ userId: ada, channelId: general, content: 'two' })).rejects.toThrow(
      /Slowmode.*6s/,
    );
    clock.advance(6001);
    await sandbox.postMessage({ userId: ada, channelId: general, content: 'two' });
    await sandbox.postMessage({ userId: guild.ownerId, channelId: general, content: 'owner' });
    await sandbox.postMessage({ userId: guild.ownerId, channelId: general, content: 'owner again' });
  });

  it('pages history newest first with before', async () => {
    const { sandbox, general, ada } = await setUp();
    const ids: string[] = [];
    for (const n of [1, 2, 3, 4, 5])
      ids.push((await sandbox.postMessage({ userId: ada, channelId: general, content: `m${n}` })).id);
    const page = await sandbox.listMessages(general, { limit: 2, before: ids[3] ?? '' });
    expect(page.map((m) => m.content)).toEqual(['m3', 'm2']);
  });
});
