import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectDiscordPlatform, type ConnectedDiscordPlatform } from './connectDiscordPlatform.js';
import { dispatchAndCollect } from './dispatchAndCollect.js';
import { loadFixture } from './fixtures.js';
import { TEST_IDS, testGuildCreate } from './testGuild.js';

const G = TEST_IDS.guildId;
const { voice: LOUNGE, voice2: STUDY } = TEST_IDS.channels;
const ADA = TEST_IDS.memberUserId;
const BEA = '849000000000000321';
const CY = '849000000000000322';
const DEE = '849000000000000323';

/** A voice state as GUILD_CREATE lists it (no guild_id). */
function voiceState(userId: string, channelId: string, flags: Record<string, boolean> = {}) {
  return {
    user_id: userId,
    channel_id: channelId,
    session_id: `session-${userId}`,
    deaf: false,
    mute: false,
    self_deaf: false,
    self_mute: false,
    self_video: false,
    suppress: false,
    request_to_speak_timestamp: null,
    ...flags,
  };
}

describe('listVoiceMembers reads who is in a voice channel from the gateway', () => {
  let c: ConnectedDiscordPlatform;
  beforeAll(async () => {
    const guild = testGuildCreate();
    guild.voice_states = [
      voiceState(ADA, LOUNGE),
      voiceState(BEA, LOUNGE, { self_mute: true }),
      voiceState(CY, LOUNGE, { deaf: true }),
      voiceState(DEE, STUDY, { mute: true }),
      voiceState(TEST_IDS.botUserId, LOUNGE),
    ];
    c = await connectDiscordPlatform({ guild });
  });
  afterAll(async () => {
    await c.close();
  });

  it("answers GUILD_CREATE's voice states of the channel, self or server mute as muted, without the bot", async () => {
    c.discord.clearRequests();
    expect(await c.platform.listVoiceMembers(G, LOUNGE)).toEqual([
      { userId: ADA, muted: false, deafened: false },
      { userId: BEA, muted: true, deafened: false },
      { userId: CY, muted: false, deafened: true },
    ]);
    expect(await c.platform.listVoiceMembers(G, STUDY)).toEqual([{ userId: DEE, muted: true, deafened: false }]);
    expect(c.discord.requests).toEqual([]); // from the cache: Discord has no request for it
  });

  it('follows VOICE_STATE_UPDATE: a move and a leave change the answer; another guild answers none', async () => {
    const update = (patch: Record<string, unknown>) =>
      loadFixture('voice_state_update_1', { guild_id: G, user_id: ADA, session_id: `session-${ADA}`, ...patch });
    await dispatchAndCollect(c, [
      ['VOICE_STATE_UPDATE', update({ channel_id: STUDY, mute: false })],
      ['VOICE_STATE_UPDATE', { ...voiceState(BEA, LOUNGE), guild_id: G, channel_id: null }],
    ]);
    expect(await c.platform.listVoiceMembers(G, LOUNGE)).toEqual([{ userId: CY, muted: false, deafened: true }]);
    expect((await c.platform.listVoiceMembers(G, STUDY)).map((m) => m.userId)).toEqual([ADA, DEE]);
    expect(await c.platform.listVoiceMembers(TEST_IDS.otherGuildId, LOUNGE)).toEqual([]);
  });
});
