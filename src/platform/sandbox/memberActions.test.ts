import { afterEach, describe, expect, it } from 'vitest';
import { openTestStore, testDialect, type TestStore } from '../../../test/testStore.js';
import { startRecordingSandbox, type RecordingSandbox } from './recordingSandbox.js';
import { sandboxMigrationSet } from './sandboxMigrations.js';

describe(`sandbox members (${testDialect})`, () => {
  let store: TestStore | undefined;
  afterEach(async () => {
    await store?.destroy();
  });

  async function setUp(): Promise<RecordingSandbox> {
    store = await openTestStore([sandboxMigrationSet]);
    return startRecordingSandbox(store);
  }

  it('a new member joins with defaults and member.joined carries who, when and the account age', async () => {
    const { sandbox, clock, events, guild } = await setUp();
    const created = clock.now() - 3 * 86_400_000;
    const ada = await sandbox.addMember({ username: 'ada', displayName: 'Ada L.', accountCreatedAt: created });
    expect(ada).toEqual({
      userId: ada.userId,
      username: 'ada',
      displayName: 'Ada L.',
      bot: false,
      roles: [],
      joinedAt: clock.now(),
      timeoutUntil: null,
      dmsOpen: true,
      accountCreatedAt: created,
      voice: null,
    });
    expect(events).toEqual([
      {
        id: expect.stringMatching(new RegExp(`^sandbox:member\\.joined:${ada.userId}:\\d+$`)) as string,
        type: 'member.joined',
        guildId: guild.id,
        occurredAt: clock.now(),
        source: 'sandbox',
        payload: {
          userId: ada.userId,
          username: 'ada',
          displayName: 'Ada L.',
          bot: false,
          joinedAt: clock.now(),
          accountCreatedAt: created,
          roles: [],
        },
      },
    ]);
  });

  it('refuses taken or invalid usernames and a second join, changing nothing', async () => {
    const { sandbox, events } = await setUp();
    const ada = await sandbox.addMember({ username: 'ada' });
    events.length = 0;
    await expect(sandbox.addMember({ username: 'ada' })).rejects.toThrow(/taken/);
    await expect(sandbox.addMember({ username: 'Ada Lovelace' })).rejects.toThrow(/username/);
    await expect(sandbox.addMember({ userId: ada.userId })).rejects.toThrow(/already a member/);
    await expect(sandbox.addMember({ userId: '12345' })).rejects.toThrow(/Unknown User/);
    expect((await sandbox.listMembers()).length).toBe(3);
    expect(events).toEqual([]);
  });

  it('a member leaving disconnects voice first, then member.left; the owner cannot leave', async () => {
    const { sandbox, guild, events } = await setUp();
    const lounge = await sandbox.createChannel(guild.id, { name: 'Lounge', kind: 'voice' });
    const ada = await sandbox.addMember({ username: 'ada' });
    await sandbox.setVoice({ userId: ada.userId, channelId: lounge.id });
    events.length = 0;
    await sandbox.removeMember(ada.userId);
    expect(events.map((e) => [e.type, e.payload])).toEqual([
      ['voice.left', { userId: ada.userId, channelId: lounge.id }],
      ['member.left', { userId: ada.userId, username: 'ada' }],
    ]);
    expect(await sandbox.getMember(ada.userId)).toBeNull();
    await expect(sandbox.removeMember(guild.ownerId)).rejects.toThrow(/owner/);
    await expect(sandbox.removeMember(ada.userId)).rejects.toThrow(/Unknown Member/);
  });

  it('bots never accept DMs; members can close and reopen theirs', async () => {
    const { sandbox } = await setUp();
    const helper = await sandbox.addMember({ username: 'helper', bot: true, dmsOpen: true });
    expect(helper).toMatchObject({ bot: true, dmsOpen: false });
    await expect(sandbox.setDmsOpen(helper.userId, true)).rejects.toThrow(/bot/);
    const ada = await sandbox.addMember({ username: 'ada' });
    await sandbox.setDmsOpen(ada.userId, false);
    expect((await sandbox.getMember(ada.userId))?.dmsOpen).toBe(false);
  });

  it('pages members in id order', async () => {
    const { sandbox } = await setUp();
    for (const name of ['a1', 'a2', 'a3']) await sandbox.addMember({ username: name });
    const first = await sandbox.listMembers({ limit: 3 });
    const rest = await sandbox.listMembers({ limit: 10, after: first[2]?.userId ?? '' });
    expect([...first, ...rest].map((m) => m.username)).toEqual(['guildhall', 'owner', 'a1', 'a2', 'a3']);
  });
});
