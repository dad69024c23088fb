import { afterEach, describe, expect, it } from 'vitest';
import { PlatformRuleError } from '../../core/errors.js';
import { openTestStore, testDialect, type TestStore } from '../../../test/testStore.js';
import type { ActionRow } from '../Platform.js';
import { SandboxNotFoundError } from './SandboxNotFoundError.js';
import { startRecordingSandbox, type RecordingSandbox } from './recordingSandbox.js';
import { sandboxMigrationSet } from './sandboxMigrations.js';

describe(`sandbox bot messages and DMs (${testDialect})`, () => {
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
    { components: [{ kind: 'button', customId: 'rules:accept', label: 'I agree', style: 'success' }] },
  ];

  it("stores the bot's message with author, embeds and components, and emits nothing", async () => {
    const { sandbox, general, clock, events } = await setUp();
    const sent = await sandbox.sendMessage(general, {
      content: 'Read the rules',
      embeds: [{ title: 'Rules', color: 5 }],
      components: buttons,
    });
    expect(sent.channelId).toBe(general);
    const [stored] = await sandbox.listMessages(general);
    expect(stored).toEqual({
      id: sent.id,
      channelId: general,
      authorId: (await sandbox.guild()).botUserId,
      authorUsername: 'guildhall',
      authorBot: true,
      content: 'Read the rules',
      embeds: [{ title: 'Rules', color: 5 }],
      components: buttons,
      replyTo: null,
      createdAt: clock.now(),
      editedAt: null,
      reactions: [],
      pinged: { userIds: [], roleIds: [] },
    });
    expect(events).toEqual([]);
  });

  it('pings only the mentioned users and roles the bot allows; a member pings mentioned users and mentionable roles', async () => {
    const { sandbox, general, ada } = await setUp();
    const quiet = await sandbox.createRoleAsOwner({ name: 'Quiet', mentionable: false });
    const loud = await sandbox.createRoleAsOwner({ name: 'Loud', mentionable: true });
    const mentions = `<@&${quiet.id}> <@&${loud.id}> <@${ada}> look`;
    await sandbox.sendMessage(general, { content: mentions, allowedRoleMentions: [quiet.id] });
    await sandbox.sendMessage(general, { content: mentions });
    await sandbox.postMessage({ userId: ada, channelId: general, content: mentions });
    const [member, silent, alert] = await sandbox.listMessages(general);
    expect(alert?.pinged).toEqual({ userIds: [], roleIds: [quiet.id] });
    expect(silent?.pinged).toEqual({ userIds: [], roleIds: [] });
    expect(member?.pinged).toEqual({ userIds: [ada], roleIds: [loud.id] });
  });

  it('refuses empty messages or messages where messages cannot go, storing nothing; fits long ones', async () => {
    const { sandbox, guild, general } = await setUp();
    const forum = await sandbox.createChannel(guild.id, { name: 'help', kind: 'forum' });
    const category = await sandbox.createChannel(guild.id, { name: 'Info', kind: 'category' });
    await expect(sandbox.sendMessage(general, { content: '  ' })).rejects.toThrow(PlatformRuleError);
    await expect(sandbox.sendMessage(forum.id, { content: 'hi' })).rejects.toThrow(/forum/);
    await expect(sandbox.sendMessage(category.id, { content: 'hi' })).rejects.toThrow(/category/);
    await expect(sandbox.sendMessage('404', { content: 'hi' })).rejects.toThrow(SandboxNotFoundError);
    expect(await sandbox.listMessages(general)).toEqual([]);
    await sandbox.sendMessage(general, { content: 'x'.repeat(2000) });
    // Over Discord's limits: cut to them (fitMessage) instead of failing the sender.
    const long = await sandbox.sendMessage(general, { content: 'x'.repeat(2001) });
    const many = await sandbox.sendMessage(general, { embeds: Array.from({ length: 11 }, () => ({ title: 't' })) });
    const stored = await sandbox.listMessages(general);
    expect(stored.find((m) => m.id === long.id)?.content).toBe(`${'x'.repeat(1999)}…`);
    expect(stored.find((m) => m.id === many.id)?.embeds).toHaveLength(10);
  });

  it("delivers a DM privately when the member's DMs are open", async () => {
    const { sandbox, guild, general, ada, clock } = await setUp();
    const result = await sandbox.sendDirectMessage(guild.id, ada, { content: 'Welcome!' }, general);
    expect(result.deliveredVia).toBe('dm');
    expect(await sandbox.listDirectMessages(ada)).toEqual([
      { id: result.message?.id, userId: ada, content: 'Welcome!', embeds: [], components: [], createdAt: clock.now() },
    ]);
    expect(await sandbox.listMessages(general)).toEqual([]);
  });

  it('falls back to a channel post mentioning the member when DMs are closed, or to nothing', async () => {
    const { sandbox, guild, general, ada } = await setUp();
    await sandbox.setDmsOpen(ada, false);
    const viaChannel = await sandbox.sendDirectMessage(guild.id, ada, { content: 'Welcome!' }, general);
    expect(viaChannel).toEqual({
      deliveredVia: 'channel',
      message: { id: expect.any(String) as string, channelId: general },
    });
    expect((await sandbox.listMessages(general))[0]).toMatchObject({ content: `<@${ada}> Welcome!`, authorBot: true });
    expect(await sandbox.sendDirectMessage(guild.id, ada, { content: 'Again' }, null)).toEqual({
      deliveredVia: 'none',
      message: null,
    });
    expect(await sandbox.listDirectMessages(ada)).toEqual([]);
  });

  it('never DMs bot accounts or users who left', async () => {
    const { sandbox, guild, general, ada } = await setUp();
    const helper = await sandbox.addMember({ username: 'helper_bot', bot: true });
    expect((await sandbox.sendDirectMessage(guild.id, helper.userId, { content: 'hi' }, general)).deliveredVia).toBe(
      'channel',
    );
    await sandbox.removeMember(ada);
    expect((await sandbox.sendDirectMessage(guild.id, ada, { content: 'hi' }, null)).deliveredVia).toBe('none');
  });

  it('deletes a message as the bot without an event', async () => {
    const { sandbox, general, ada, events } = await setUp();
    const posted = await sandbox.postMessage({ userId: ada, channelId: general, content: 'spam' });
    events.length = 0;
    await sandbox.deleteMessage(general, posted.id, 'automod');
    expect(await sandbox.listMessages(general)).toEqual([]);
    expect(events).toEqual([]);
    await expect(sandbox.deleteMessage(general, posted.id, 'again')).rejects.toThrow(/Unknown Message/);
  });
});
