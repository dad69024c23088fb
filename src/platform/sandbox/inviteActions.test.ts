import { afterEach, describe, expect, it } from 'vitest';
import { openTestStore, testDialect, type TestStore } from '../../../test/testStore.js';
import { startRecordingSandbox } from './recordingSandbox.js';
import { sandboxMigrationSet } from './sandboxMigrations.js';

describe(`sandbox invites (${testDialect})`, () => {
  let store: TestStore | undefined;
  afterEach(async () => {
    await store?.destroy();
  });

  it('creates an invite (invite.created) whose uses count joins, up to its max', async () => {
    store = await openTestStore([sandboxMigrationSet]);
    const { sandbox, guild, events, clock } = await startRecordingSandbox(store);
    const welcome = await sandbox.createChannel(guild.id, { name: 'welcome', kind: 'text' });
    const invite = await sandbox.createInvite({ userId: guild.ownerId, channelId: welcome.id, maxUses: 1 });
    expect(invite).toEqual({
      code: invite.code,
      channelId: welcome.id,
      inviterId: guild.ownerId,
      uses: 0,
      maxUses: 1,
      createdAt: clock.now(),
    });
    expect(events).toEqual([
      {
        id: `sandbox:invite.created:${invite.code}`,
        type: 'invite.created',
        guildId: guild.id,
        occurredAt: clock.now(),
        source: 'sandbox',
        payload: { code: invite.code, channelId: welcome.id, inviterId: guild.ownerId, uses: 0, maxUses: 1 },
      },
    ]);
    await sandbox.addMember({ username: 'ada', inviteCode: invite.code });
    expect((await sandbox.listInvites())[0]?.uses).toBe(1);
    await expect(sandbox.addMember({ username: 'bob', inviteCode: invite.code })).rejects.toThrow(/reached/);
    await expect(sandbox.addMember({ username: 'bob', inviteCode: 'nope' })).rejects.toThrow(/Unknown Invite/);
    expect((await sandbox.listMembers()).map((m) => m.username)).not.toContain('bob');
    await expect(sandbox.createInvite({ userId: guild.ownerId, channelId: welcome.id, maxUses: 101 })).rejects.toThrow(
      /maxUses/,
    );
  });
});
