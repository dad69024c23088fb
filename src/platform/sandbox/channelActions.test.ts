import { afterEach, describe, expect, it } from 'vitest';
import { PlatformRuleError } from '../../core/errors.js';
import { openTestStore, testDialect, type TestStore } from '../../../test/testStore.js';
import type { ForumTag } from '../Platform.js';
import { SandboxNotFoundError } from './SandboxNotFoundError.js';
import { startRecordingSandbox, type RecordingSandbox } from './recordingSandbox.js';
import { sandboxMigrationSet } from './sandboxMigrations.js';

describe(`sandbox channel settings (${testDialect})`, () => {
  let store: TestStore | undefined;
  afterEach(async () => {
    await store?.destroy();
  });

  async function setUp(): Promise<RecordingSandbox> {
    store = await openTestStore([sandboxMigrationSet]);
    return startRecordingSandbox(store);
  }

  const tag = (name: string, extra: Partial<ForumTag> = {}): ForumTag => ({
    name,
    moderated: false,
    emoji: null,
    ...extra,
  });

  it('a forum keeps its tags with fresh ids and its default sort order; a tag given back keeps its id', async () => {
    const { sandbox, guild } = await setUp();
    const forum = await sandbox.createChannel(guild.id, {
      name: 'help',
      kind: 'forum',
      availableTags: [tag('Bug', { emoji: '🐛' }), tag('Solved', { moderated: true, id: '1' })],
      defaultSortOrder: 'creation_date',
    });
    expect(forum).toMatchObject({ defaultSortOrder: 'creation_date', userLimit: 0, bitrate: 0 });
    const [bug, solved] = forum.availableTags;
    expect(forum.availableTags.map(({ id, ...rest }) => [/^\d+$/.test(id ?? ''), rest])).toEqual([
      [true, { name: 'Bug', moderated: false, emoji: '🐛' }],
      [true, { name: 'Solved', moderated: true, emoji: null }],
    ]);
    expect(solved?.id).not.toBe('1');
    const edited = await sandbox.editChannel(forum.id, {
      availableTags: [{ ...tag('Bug report', { emoji: '🐛' }), id: bug?.id ?? '' }, tag('Idea')],
      defaultSortOrder: null,
    });
    expect(edited.availableTags.map((t) => [t.id === bug?.id, t.name])).toEqual([
      [true, 'Bug report'],
      [false, 'Idea'],
    ]);
    expect(edited.defaultSortOrder).toBeNull();
    expect((await sandbox.fetchGuild(guild.id)).channels[0]).toEqual(edited);
  });

  it('refuses more than 20 tags, duplicate names and names over 20 characters', async () => {
    const { sandbox, guild } = await setUp();
    const forum = await sandbox.createChannel(guild.id, { name: 'help', kind: 'forum' });
    const many = Array.from({ length: 21 }, (_, i) => tag(`tag ${i}`));
    await expect(sandbox.editChannel(forum.id, { availableTags: many })).rejects.toThrow(/Maximum number of tags/);
    await expect(sandbox.editChannel(forum.id, { availableTags: [tag('a'), tag('a')] })).rejects.toThrow(/unique/);
    await expect(sandbox.editChannel(forum.id, { availableTags: [tag('x'.repeat(21))] })).rejects.toThrow(
      PlatformRuleError,
    );
    expect((await sandbox.listChannels())[0]?.availableTags).toEqual([]);
  });

  it('voice and stage channels keep a user limit and bitrate within unboosted limits; other kinds read 0', async () => {
    const { sandbox, guild } = await setUp();
    const voice = await sandbox.createChannel(guild.id, { name: 'Lounge', kind: 'voice', userLimit: 99 });
    const stage = await sandbox.createChannel(guild.id, { name: 'Town hall', kind: 'stage', userLimit: 10_000 });
    const text = await sandbox.createChannel(guild.id, { name: 'general', kind: 'text', userLimit: 5, bitrate: 8000 });
    expect([voice, stage, text].map((c) => [c.userLimit, c.bitrate])).toEqual([
      [99, 64_000],
      [10_000, 64_000],
      [0, 0],
    ]);
    expect(await sandbox.editChannel(voice.id, { bitrate: 96_000, userLimit: 0 })).toMatchObject({
      bitrate: 96_000,
      userLimit: 0,
    });
    const refused = [
      () => sandbox.editChannel(voice.id, { userLimit: 100 }),
      () => sandbox.editChannel(voice.id, { bitrate: 96_001 }),
      () => sandbox.editChannel(voice.id, { bitrate: 7_999 }),
      () => sandbox.editChannel(stage.id, { bitrate: 64_001 }),
      () => sandbox.createChannel(guild.id, { name: 'Big stage', kind: 'stage', userLimit: 10_001 }),
    ];
    for (const attempt of refused) await expect(attempt()).rejects.toThrow(/userLimit|bitrate/);
    expect((await sandbox.listChannels()).map((c) => [c.name, c.userLimit, c.bitrate])).toEqual([
      ['Lounge', 0, 96_000],
      ['Town hall', 10_000, 64_000],
      ['general', 0, 0],
    ]);
  });

  it('a forum topic may have 4096 characters, another channel 1024', async () => {
    const { sandbox, guild } = await setUp();
    await sandbox.createChannel(guild.id, { name: 'help', kind: 'forum', topic: 'x'.repeat(4096) });
    await expect(
      sandbox.createChannel(guild.id, { name: 'chat', kind: 'text', topic: 'x'.repeat(1025) }),
    ).rejects.toThrow(/1024/);
  });

  it("records the bot's channel writes with the reason given, else \"Guildhall\"; the owner's are not the bot's", async () => {
    const { sandbox, guild } = await setUp();
    await sandbox.createChannelAsOwner({ name: 'owners', kind: 'text' });
    const rules = await sandbox.createChannel(guild.id, { name: 'rules', kind: 'text' }, 'blueprint: create #rules');
    await sandbox.editChannel(rules.id, { topic: 'Be kind' });
    expect((await sandbox.listAuditLog()).map((e) => [e.action, e.targetId, e.reason])).toEqual([
      ['channel_update', rules.id, 'Guildhall'],
      ['channel_create', rules.id, 'blueprint: create #rules'],
    ]);
  });

  it('listInvites answers for the sandbox guild only', async () => {
    const { sandbox, guild } = await setUp();
    expect(await sandbox.listInvites(guild.id)).toEqual([]);
    await expect(sandbox.listInvites('42')).rejects.toThrow(SandboxNotFoundError);
  });
});
