import { afterEach, describe, expect, it } from 'vitest';
import { PlatformRuleError } from '../../core/errors.js';
import { openTestStore, testDialect, type TestStore } from '../../../test/testStore.js';
import { SandboxNotFoundError } from './SandboxNotFoundError.js';
import { MAX_TIMEOUT_MS } from './moderationActions.js';
import { startRecordingSandbox, type RecordingSandbox } from './recordingSandbox.js';
import { sandboxMigrationSet } from './sandboxMigrations.js';

describe(`sandbox moderation (${testDialect})`, () => {
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

  it('times out for up to 28 days; a longer timeout is refused and changes nothing', async () => {
    const { sandbox, guild, clock, ada, events } = await setUp();
    await expect(sandbox.timeoutMember(guild.id, ada, clock.now() + MAX_TIMEOUT_MS + 1, 'x')).rejects.toThrow(
      /28 days/,
    );
    expect((await sandbox.fetchMember(guild.id, ada))?.timeoutUntil).toBeNull();
    await sandbox.timeoutMember(guild.id, ada, clock.now() + MAX_TIMEOUT_MS, 'spam');
    expect((await sandbox.getMember(ada))?.timeoutUntil).toBe(clock.now() + MAX_TIMEOUT_MS);
    await sandbox.timeoutMember(guild.id, ada, null, 'lifted');
    expect((await sandbox.getMember(ada))?.timeoutUntil).toBeNull();
    expect(events).toEqual([]);
  });

  it('a timed-out member cannot post, react or connect until the timeout expires', async () => {
    const { sandbox, guild, clock, general, ada } = await setUp();
    const voice = await sandbox.createChannel(guild.id, { name: 'Lounge', kind: 'voice' });
    const message = await sandbox.postMessage({ userId: ada, channelId: general, content: 'before' });
    await sandbox.timeoutMember(guild.id, ada, clock.now() + 60_000, 'cool down');
    await expect(sandbox.postMessage({ userId: ada, channelId: general, content: 'during' })).rejects.toThrow(
      /timed out until/,
    );
    await expect(
      sandbox.react({ userId: ada, channelId: general, messageId: message.id, emoji: '👍' }),
    ).rejects.toThrow(PlatformRuleError);
    await expect(sandbox.setVoice({ userId: ada, channelId: voice.id })).rejects.toThrow(/Missing Permissions/);
    clock.advance(60_001);
    expect((await sandbox.getMember(ada))?.timeoutUntil).toBeNull();
    await sandbox.postMessage({ userId: ada, channelId: general, content: 'after' });
    expect((await sandbox.listMessages(general)).map((m) => m.content)).toEqual(['after', 'before']);
  });

  it('refuses to time out, kick or ban the owner, the bot, or a member at or above the bot', async () => {
    const { sandbox, guild, clock, ada, events } = await setUp();
    const admin = await sandbox.createRoleAsOwner({ name: 'Admin', position: 99 });
    await sandbox.addRoleAsOwner(ada, admin.id);
    events.length = 0;
    const bot = (await sandbox.guild()).botUserId;
    await expect(sandbox.kickMember(guild.id, guild.ownerId, 'x')).rejects.toThrow(/guild owner/);
    await expect(sandbox.banMember(guild.id, guild.ownerId, { reason: 'x' })).rejects.toThrow(/guild owner/);
    await expect(sandbox.timeoutMember(guild.id, guild.ownerId, clock.now() + 1000, 'x')).rejects.toThrow(
      /guild owner/,
    );
    await expect(sandbox.kickMember(guild.id, bot, 'x')).rejects.toThrow(/itself/);
    await expect(sandbox.kickMember(guild.id, ada, 'x')).rejects.toThrow(/Missing Permissions/);
    await expect(sandbox.banMember(guild.id, ada, { reason: 'x' })).rejects.toThrow(/Missing Permissions/);
    expect((await sandbox.listMembers()).length).toBe(3);
    expect(await sandbox.listBans()).toEqual([]);
    expect(events).toEqual([]);
  });

  it('kicking removes the member (member.left) and forgets roles; they may rejoin as a new membership', async () => {
    const { sandbox, guild, ada, eventsOf } = await setUp();
    const role = await sandbox.createRole(guild.id, { name: 'Member' });
    await sandbox.addRole(guild.id, ada, role.id, 'x');
    await sandbox.kickMember(guild.id, ada, 'bye');
    expect(await sandbox.fetchMember(guild.id, ada)).toBeNull();
    expect(eventsOf('member.left').map((e) => e.payload)).toEqual([{ userId: ada, username: 'ada' }]);
    const back = await sandbox.addMember({ userId: ada });
    expect(back).toMatchObject({ userId: ada, username: 'ada', roles: [] });
    const joins = eventsOf('member.joined');
    expect(joins).toHaveLength(1);
    expect(joins[0]?.id).not.toBe(eventsOf('member.left')[0]?.id.replace('member.left', 'member.joined'));
  });

  it('a banned user is removed, listed, cannot rejoin until unbanned, and their recent messages go', async () => {
    const { sandbox, guild, clock, general, ada, eventsOf } = await setUp();
    await sandbox.postMessage({ userId: ada, channelId: general, content: 'old' });
    clock.advance(2 * 3_600_000);
    await sandbox.postMessage({ userId: ada, channelId: general, content: 'recent spam' });
    await sandbox.banMember(guild.id, ada, { reason: 'spam', deleteMessageSeconds: 3600 });
    expect(await sandbox.fetchMember(guild.id, ada)).toBeNull();
    expect(await sandbox.listBans()).toEqual([{ userId: ada, username: 'ada', reason: 'spam', bannedAt: clock.now() }]);
    expect((await sandbox.listMessages(general)).map((m) => m.content)).toEqual(['old']);
    expect(eventsOf('member.left')).toHaveLength(1);
    await expect(sandbox.addMember({ userId: ada })).rejects.toThrow(/banned/);
    expect(eventsOf('member.joined')).toHaveLength(0);
    await sandbox.unbanMember(guild.id, ada, 'appeal accepted');
    await sandbox.addMember({ userId: ada });
    expect(eventsOf('member.joined')).toHaveLength(1);
    await expect(sandbox.unbanMember(guild.id, ada, 'again')).rejects.toThrow(SandboxNotFoundError);
  });

  it('keeps the reason of every bot action in the audit log, newest first', async () => {
    const { sandbox, guild, clock, general, ada } = await setUp();
    const role = await sandbox.createRole(guild.id, { name: 'Member' });
    await sandbox.addRole(guild.id, ada, role.id, 'completed onboarding');
    await sandbox.addRole(guild.id, ada, role.id, 'no change, no entry');
    const message = await sandbox.postMessage({ userId: ada, channelId: general, content: 'link spam' });
    await sandbox.deleteMessage(general, message.id, 'automod: links');
    await sandbox.timeoutMember(guild.id, ada, clock.now() + 60_000, 'third strike');
    await sandbox.kickMember(guild.id, ada, 'raid');
    await sandbox.banMember(guild.id, ada, { reason: 'raid, again' });
    await sandbox.unbanMember(guild.id, ada, 'appeal');
    expect((await sandbox.listAuditLog()).map((e) => [e.action, e.targetId, e.reason])).toEqual([
      ['member_ban_remove', ada, 'appeal'],
      ['member_ban_add', ada, 'raid, again'],
      ['member_kick', ada, 'raid'],
      ['member_timeout', ada, 'third strike'],
      ['message_delete', message.id, 'automod: links'],
      ['member_role_add', ada, 'completed onboarding'],
      ['role_create', role.id, 'Guildhall'],
      ['channel_create', general, 'Guildhall'],
    ]);
  });

  it('refuses to delete more than 7 days of messages on a ban, changing nothing', async () => {
    const { sandbox, guild, ada } = await setUp();
    await expect(sandbox.banMember(guild.id, ada, { reason: 'x', deleteMessageSeconds: 604_801 })).rejects.toThrow(
      /604800/,
    );
    expect(await sandbox.listBans()).toEqual([]);
    expect(await sandbox.fetchMember(guild.id, ada)).not.toBeNull();
  });
});
