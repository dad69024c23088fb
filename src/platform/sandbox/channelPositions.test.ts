import { afterEach, describe, expect, it } from 'vitest';
import { openTestStore, testDialect, type TestStore } from '../../../test/testStore.js';
import type { PermissionOverwrite } from '../Platform.js';
import { InvalidRequest } from '../PlatformError.js';
import { SandboxNotFoundError } from './SandboxNotFoundError.js';
import { CATEGORY_CHANNEL_LIMIT } from './channelRules.js';
import { startRecordingSandbox, type RecordingSandbox } from './recordingSandbox.js';
import { sandboxMigrationSet } from './sandboxMigrations.js';

describe(`sandbox channel moves (${testDialect})`, () => {
  let store: TestStore | undefined;
  afterEach(async () => {
    await store?.destroy();
  });

  /** Categories Staff (members cannot view) and Chat, #general in Chat, #news without category. */
  async function setUp(): Promise<
    RecordingSandbox & { staff: string; chat: string; general: string; news: string; hidden: PermissionOverwrite }
  > {
    store = await openTestStore([sandboxMigrationSet]);
    const rec = await startRecordingSandbox(store);
    const g = rec.guild.id;
    const hidden: PermissionOverwrite = { id: g, type: 'role', allow: '0', deny: '1024' };
    const staff = await rec.sandbox.createChannel(g, {
      name: 'Staff',
      kind: 'category',
      permissionOverwrites: [hidden],
    });
    const chat = await rec.sandbox.createChannel(g, { name: 'Chat', kind: 'category' });
    const general = await rec.sandbox.createChannel(g, { name: 'general', kind: 'text', parentId: chat.id });
    const news = await rec.sandbox.createChannel(g, { name: 'news', kind: 'announcement' });
    return { ...rec, staff: staff.id, chat: chat.id, general: general.id, news: news.id, hidden };
  }

  it('sets positions and parents in one call, leaving the other channels where they are', async () => {
    const { sandbox, guild, staff, chat, general, news } = await setUp();
    await sandbox.setChannelPositions(guild.id, [
      { id: chat, position: 0 },
      { id: staff, position: 1 },
      { id: news, position: 2, parentId: chat },
      { id: general, position: 3, parentId: null },
    ]);
    const channels = (await sandbox.fetchGuild(guild.id)).channels;
    expect(channels.map((c) => [c.name, c.position, c.parentId])).toEqual([
      ['Chat', 0, null],
      ['Staff', 1, null],
      ['news', 2, chat],
      ['general', 3, null],
    ]);
  });

  it("lockPermissions gives a channel its new category's overwrites; staying in a category syncs nothing", async () => {
    const { sandbox, guild, staff, chat, general, news, hidden } = await setUp();
    await sandbox.setChannelPositions(guild.id, [
      { id: news, position: 5, parentId: staff, lockPermissions: true },
      { id: general, position: 6, parentId: chat, lockPermissions: true },
    ]);
    await sandbox.editChannel(chat, { permissionOverwrites: [hidden] });
    await sandbox.setChannelPositions(guild.id, [{ id: general, position: 7, parentId: chat, lockPermissions: true }]);
    const channels = await sandbox.listChannels();
    expect(channels.find((c) => c.id === news)?.permissionOverwrites).toEqual([hidden]);
    expect(channels.find((c) => c.id === general)?.permissionOverwrites).toEqual([]);
    await sandbox.setChannelPositions(guild.id, [{ id: general, position: 8, parentId: null }]);
    await sandbox.setChannelPositions(guild.id, [
      { id: general, position: 8, parentId: staff, lockPermissions: false },
    ]);
    expect((await sandbox.listChannels()).find((c) => c.id === general)?.permissionOverwrites).toEqual([]);
  });

  it('refuses unknown channels, threads, non-category parents, a category in a category and duplicates, changing nothing', async () => {
    const { sandbox, guild, staff, chat, general, news } = await setUp();
    const thread = await sandbox.createThread(general, { name: 'a thread' });
    const before = await sandbox.listChannels();
    const attempts = [
      [{ id: '42', position: 0 }],
      [{ id: news, position: 0, parentId: '42' }],
      [
        { id: general, position: 0 },
        { id: thread.id, position: 1 },
      ],
      [{ id: general, position: 0, parentId: news }],
      [{ id: staff, position: 0, parentId: chat }],
      [
        { id: general, position: 0 },
        { id: general, position: 1 },
      ],
      [{ id: general, position: 0.5 }],
    ];
    const errors = await Promise.all(
      attempts.map((positions) => sandbox.setChannelPositions(guild.id, positions).catch((error: unknown) => error)),
    );
    expect(errors.map((error) => (error as Error).constructor)).toEqual([
      SandboxNotFoundError,
      SandboxNotFoundError,
      InvalidRequest,
      InvalidRequest,
      InvalidRequest,
      InvalidRequest,
      InvalidRequest,
    ]);
    expect((errors[3] as Error).message).toMatch(/not a category/);
    expect(await sandbox.listChannels()).toEqual(before);
    await expect(sandbox.setChannelPositions('42', [])).rejects.toThrow(SandboxNotFoundError);
  });

  it(`a category holds at most ${CATEGORY_CHANNEL_LIMIT} channels, counting the channels moving in and out`, async () => {
    const { sandbox, guild, chat, staff, general, news } = await setUp();
    for (let i = 1; i < CATEGORY_CHANNEL_LIMIT; i += 1) {
      await sandbox.createChannel(guild.id, { name: `room ${i}`, kind: 'voice', parentId: chat });
    }
    await expect(
      sandbox.createChannel(guild.id, { name: 'one too many', kind: 'text', parentId: chat }),
    ).rejects.toThrow(/Maximum number of channels in category reached \(50\)/);
    await expect(sandbox.setChannelPositions(guild.id, [{ id: news, position: 0, parentId: chat }])).rejects.toThrow(
      /Maximum number of channels in category/,
    );
    await sandbox.setChannelPositions(guild.id, [
      { id: news, position: 0, parentId: chat },
      { id: general, position: 1, parentId: staff },
    ]);
    expect((await sandbox.listChannels()).filter((c) => c.parentId === chat)).toHaveLength(CATEGORY_CHANNEL_LIMIT);
  });

  it('records each moved channel with the reason in the audit log (default "Guildhall")', async () => {
    const { sandbox, guild, general, news } = await setUp();
    await sandbox.setChannelPositions(guild.id, [
      { id: general, position: 0 },
      { id: news, position: 1 },
    ]);
    await sandbox.setChannelPositions(guild.id, [{ id: news, position: 2 }], 'blueprint: order');
    expect((await sandbox.listAuditLog({ limit: 3 })).map((e) => [e.action, e.targetId, e.reason])).toEqual([
      ['channel_update', news, 'blueprint: order'],
      ['channel_update', news, 'Guildhall'],
      ['channel_update', general, 'Guildhall'],
    ]);
  });
});
