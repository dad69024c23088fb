import { afterEach, describe, expect, it } from 'vitest';
import { openTestStore, testDialect, type TestStore } from '../../../test/testStore.js';
import { startRecordingSandbox, type RecordingSandbox } from './recordingSandbox.js';
import { sandboxMigrationSet } from './sandboxMigrations.js';

describe(`sandbox voice (${testDialect})`, () => {
  let store: TestStore | undefined;
  afterEach(async () => {
    await store?.destroy();
  });

  async function setUp(): Promise<RecordingSandbox & { lounge: string; stage: string; ada: string }> {
    store = await openTestStore([sandboxMigrationSet]);
    const rec = await startRecordingSandbox(store);
    const lounge = await rec.sandbox.createChannel(rec.guild.id, { name: 'Lounge', kind: 'voice' });
    const stage = await rec.sandbox.createChannel(rec.guild.id, { name: 'Stage', kind: 'stage' });
    const ada = await rec.sandbox.addMember({ username: 'ada' });
    rec.events.length = 0;
    return { ...rec, lounge: lounge.id, stage: stage.id, ada: ada.userId };
  }

  it('join, mute, move and leave emit voice.joined, mute_changed, left+joined and left', async () => {
    const { sandbox, lounge, stage, ada, events, clock } = await setUp();
    expect(await sandbox.setVoice({ userId: ada, channelId: lounge })).toEqual({
      userId: ada,
      channelId: lounge,
      muted: false,
      deafened: false,
      joinedAt: clock.now(),
    });
    await sandbox.setVoice({ userId: ada, channelId: lounge });
    await sandbox.setVoice({ userId: ada, channelId: lounge, muted: true });
    await sandbox.setVoice({ userId: ada, channelId: stage });
    expect((await sandbox.getMember(ada))?.voice).toMatchObject({ channelId: stage, muted: true });
    await sandbox.setVoice({ userId: ada, channelId: null });
    await sandbox.setVoice({ userId: ada, channelId: null });
    expect(events.map((e) => [e.type, e.payload])).toEqual([
      ['voice.joined', { userId: ada, channelId: lounge, muted: false, deafened: false }],
      ['voice.mute_changed', { userId: ada, channelId: lounge, muted: true, deafened: false }],
      ['voice.left', { userId: ada, channelId: lounge }],
      ['voice.joined', { userId: ada, channelId: stage, muted: true, deafened: false }],
      ['voice.left', { userId: ada, channelId: stage }],
    ]);
    expect(events[2]?.id).toBe(events[0]?.id.replace('voice.joined', 'voice.left'));
    expect(new Set(events.map((e) => e.id)).size).toBe(5);
    expect((await sandbox.getMember(ada))?.voice).toBeNull();
  });

  it('refuses text channels and full channels', async () => {
    const { sandbox, guild, ada, events } = await setUp();
    const text = await sandbox.createChannel(guild.id, { name: 'general', kind: 'text' });
    const booth = await sandbox.createChannel(guild.id, { name: 'Booth', kind: 'voice', userLimit: 1 });
    await expect(sandbox.setVoice({ userId: ada, channelId: text.id })).rejects.toThrow(/not a voice channel/);
    await sandbox.setVoice({ userId: guild.ownerId, channelId: booth.id });
    events.length = 0;
    await expect(sandbox.setVoice({ userId: ada, channelId: booth.id })).rejects.toThrow(/full/);
    expect(events).toEqual([]);
  });

  it('listVoiceMembers answers who is in a channel now, by id, muted or deafened as they are', async () => {
    const { sandbox, guild, lounge, stage, ada } = await setUp();
    const bea = (await sandbox.addMember({ username: 'bea' })).userId;
    const cy = (await sandbox.addMember({ username: 'cy' })).userId;
    await sandbox.setVoice({ userId: ada, channelId: lounge, muted: true });
    await sandbox.setVoice({ userId: bea, channelId: lounge, deafened: true });
    await sandbox.setVoice({ userId: cy, channelId: stage });
    const byId = (a: { userId: string }, b: { userId: string }) => (a.userId < b.userId ? -1 : 1);
    expect(await sandbox.listVoiceMembers(guild.id, lounge)).toEqual(
      [
        { userId: ada, muted: true, deafened: false },
        { userId: bea, muted: false, deafened: true },
      ].sort(byId),
    );
    await sandbox.setVoice({ userId: ada, channelId: null });
    await sandbox.setVoice({ userId: cy, channelId: lounge });
    expect((await sandbox.listVoiceMembers(guild.id, lounge)).map((m) => m.userId)).toEqual([bea, cy].sort());
    expect(await sandbox.listVoiceMembers(guild.id, stage)).toEqual([]);
  });
});
