import { afterEach, describe, expect, it } from 'vitest';
import { PlatformRuleError } from '../../core/errors.js';
import { openTestStore, testDialect, type TestStore } from '../../../test/testStore.js';
import { startRecordingSandbox } from './recordingSandbox.js';
import { sandboxMigrationSet } from './sandboxMigrations.js';

const HOUR = 3_600_000;

describe(`sandbox verification level and invite pause (${testDialect})`, () => {
  let store: TestStore | undefined;
  afterEach(async () => {
    await store?.destroy();
  });

  it('sets the verification level, answering the previous one, and shows it in fetchGuild', async () => {
    store = await openTestStore([sandboxMigrationSet]);
    const { sandbox, guild } = await startRecordingSandbox(store);
    expect((await sandbox.fetchGuild(guild.id)).verificationLevel).toBe('none');
    expect(await sandbox.setVerificationLevel(guild.id, 'high', 'raid')).toEqual({ previous: 'none' });
    expect((await sandbox.fetchGuild(guild.id)).verificationLevel).toBe('high');
    expect(await sandbox.setVerificationLevel(guild.id, 'low', 'calm')).toEqual({ previous: 'high' });
    expect((await sandbox.guildSafety()).verificationLevel).toBe('low');
    expect((await sandbox.listAuditLog()).map((e) => [e.action, e.reason])).toEqual(
      expect.arrayContaining([
        ['guild_update', 'raid'],
        ['guild_update', 'calm'],
      ]),
    );
    await expect(sandbox.setVerificationLevel('1', 'high', 'x')).rejects.toThrow(/guild/i);
  });

  it('while invites are paused nobody joins through one and none is created; they work again on resume or when the pause ends', async () => {
    store = await openTestStore([sandboxMigrationSet]);
    const { sandbox, guild, clock } = await startRecordingSandbox(store);
    const welcome = await sandbox.createChannel(guild.id, { name: 'welcome', kind: 'text' });
    const invite = await sandbox.createInvite({ userId: guild.ownerId, channelId: welcome.id });
    const until = clock.now() + 2 * HOUR;
    await sandbox.pauseInvites(guild.id, until, 'raid');
    expect((await sandbox.guildSafety()).invitesPausedUntil).toBe(until);
    await expect(sandbox.addMember({ username: 'ada', inviteCode: invite.code })).rejects.toThrow(/invites are paused/);
    await expect(sandbox.createInvite({ userId: guild.ownerId, channelId: welcome.id })).rejects.toBeInstanceOf(
      PlatformRuleError,
    );
    expect((await sandbox.listMembers()).map((m) => m.username)).not.toContain('ada');
    expect((await sandbox.listInvites())[0]?.uses).toBe(0);
    // Joining without an invite (discovery, a bot adding a member) is not an invite.
    await sandbox.addMember({ username: 'bob' });
    await sandbox.pauseInvites(guild.id, null, 'calm');
    expect((await sandbox.guildSafety()).invitesPausedUntil).toBeNull();
    await sandbox.addMember({ username: 'ada', inviteCode: invite.code });
    await sandbox.pauseInvites(guild.id, clock.now() + HOUR, 'again');
    clock.advance(HOUR);
    expect((await sandbox.guildSafety()).invitesPausedUntil).toBeNull();
    await sandbox.createInvite({ userId: guild.ownerId, channelId: welcome.id });
  });

  it('refuses a pause beyond 24 hours or not in the future, changing nothing', async () => {
    store = await openTestStore([sandboxMigrationSet]);
    const { sandbox, guild, clock } = await startRecordingSandbox(store);
    await expect(sandbox.pauseInvites(guild.id, clock.now() + 24 * HOUR + 1, 'x')).rejects.toBeInstanceOf(
      PlatformRuleError,
    );
    await expect(sandbox.pauseInvites(guild.id, clock.now(), 'x')).rejects.toBeInstanceOf(PlatformRuleError);
    expect((await sandbox.guildSafety()).invitesPausedUntil).toBeNull();
    await sandbox.pauseInvites(guild.id, clock.now() + 24 * HOUR, 'x');
    expect((await sandbox.guildSafety()).invitesPausedUntil).toBe(clock.now() + 24 * HOUR);
  });
});
