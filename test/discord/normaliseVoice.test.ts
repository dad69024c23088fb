import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectDiscordPlatform, type ConnectedDiscordPlatform } from './connectDiscordPlatform.js';
import { dispatchAndCollect } from './dispatchAndCollect.js';
import { loadFixture } from './fixtures.js';
import { TEST_IDS } from './testGuild.js';

const G = TEST_IDS.guildId;
const { voice: LOUNGE, voice2: STUDY } = TEST_IDS.channels;
// voice_state_update_1.json / _2.json: zeyla, server-muted, joins then leaves voice.
const ZEYLA = '114941315417899012';
const SESSION = 'd11ec7014652954a3ff533c778475199';

describe('voice events from the gateway', () => {
  let c: ConnectedDiscordPlatform;
  const key = (channel: string): string => `${G}:${ZEYLA}:${SESSION}:${channel}`;
  const state = (patch: Record<string, unknown>) => loadFixture('voice_state_update_1', { guild_id: G, ...patch });
  beforeAll(async () => {
    c = await connectDiscordPlatform();
  });
  afterAll(async () => {
    await c.close();
  });

  it('joining becomes voice.joined with session, channel and receipt time; a redelivery yields nothing', async () => {
    const join = state({ channel_id: LOUNGE });
    const events = await dispatchAndCollect(c, [
      ['VOICE_STATE_UPDATE', join],
      ['VOICE_STATE_UPDATE', join],
    ]);
    expect(events).toEqual([
      {
        id: `discord:voice.joined:${key(LOUNGE)}:${c.clock.now()}`,
        type: 'voice.joined',
        guildId: G,
        occurredAt: c.clock.now(),
        source: 'discord',
        payload: { userId: ZEYLA, channelId: LOUNGE, muted: true, deafened: false },
      },
    ]);
  });

  it('a mute or deafen change in the same channel becomes voice.mute_changed with the flags in its id', async () => {
    c.clock.advance(1000);
    const events = await dispatchAndCollect(c, [
      ['VOICE_STATE_UPDATE', state({ channel_id: LOUNGE, mute: false, self_deaf: true })],
      ['VOICE_STATE_UPDATE', state({ channel_id: LOUNGE, mute: false, self_deaf: true, self_video: true })],
    ]);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      id: `discord:voice.mute_changed:${key(LOUNGE)}:m0d1:${c.clock.now()}`,
      payload: { userId: ZEYLA, channelId: LOUNGE, muted: false, deafened: true },
    });
  });

  it('moving becomes voice.left then voice.joined', async () => {
    c.clock.advance(1000);
    const events = await dispatchAndCollect(c, [['VOICE_STATE_UPDATE', state({ channel_id: STUDY })]]);
    expect(events.map((e) => [e.type, e.payload])).toEqual([
      ['voice.left', { userId: ZEYLA, channelId: LOUNGE }],
      ['voice.joined', { userId: ZEYLA, channelId: STUDY, muted: true, deafened: false }],
    ]);
  });

  it('leaving (channel_id null) becomes voice.left for the channel the cache remembers', async () => {
    c.clock.advance(1000);
    const leave = loadFixture('voice_state_update_2', { guild_id: G });
    const events = await dispatchAndCollect(c, [
      ['VOICE_STATE_UPDATE', leave],
      ['VOICE_STATE_UPDATE', leave],
    ]);
    expect(events).toEqual([
      {
        id: `discord:voice.left:${key(STUDY)}:${c.clock.now()}`,
        type: 'voice.left',
        guildId: G,
        occurredAt: c.clock.now(),
        source: 'discord',
        payload: { userId: ZEYLA, channelId: STUDY },
      },
    ]);
  });

  it('ignores voice in another guild', async () => {
    const events = await dispatchAndCollect(c, [
      ['VOICE_STATE_UPDATE', loadFixture('voice_state_update_1', { guild_id: TEST_IDS.otherGuildId })],
    ]);
    expect(events).toEqual([]);
  });
});
