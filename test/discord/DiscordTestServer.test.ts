import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/core/Clock.js';
import { silentLogger } from '../../src/core/Logger.js';
import { DiscordPlatform } from '../../src/platform/discord/DiscordPlatform.js';
import { GUILDHALL_INTENT_BITS } from '../../src/platform/discord/guildhallIntents.js';
import { readDiscordEnv } from '../../src/platform/discord/readDiscordEnv.js';
import { connectDiscordPlatform, type ConnectedDiscordPlatform } from './connectDiscordPlatform.js';
import { startDiscordTestServer, TEST_IDS } from './DiscordTestServer.js';
import { EventRecorder } from './EventRecorder.js';

describe('DiscordPlatform against the fake Discord', () => {
  let connected: ConnectedDiscordPlatform | null = null;
  afterEach(async () => {
    await connected?.close();
    connected = null;
  });

  for (const transport of ['http', 'mock-agent'] as const) {
    it(`discovers the gateway through DISCORD_API_URL and identifies with Guildhall's intents (${transport})`, async () => {
      connected = await connectDiscordPlatform({ transport });
      const { discord } = connected;
      const gatewayBot = discord.requestsTo('GET', '/gateway/bot');
      expect(gatewayBot).toHaveLength(1);
      expect(gatewayBot[0]?.headers.authorization).toBe(`Bot ${discord.token}`);
      expect(gatewayBot[0]?.via).toBe(transport);
      expect(discord.gateway.connectionUrls).toEqual(['/?v=10&encoding=json']);
      expect(discord.gateway.identifies).toHaveLength(1);
      expect(discord.gateway.identifies[0]).toMatchObject({ token: discord.token, intents: GUILDHALL_INTENT_BITS });
    });
  }

  it('sends REST actions to DISCORD_API_URL', async () => {
    connected = await connectDiscordPlatform();
    await connected.platform.sendMessage(TEST_IDS.channels.general, { content: 'hello' });
    const request = await connected.discord.waitForRequest('POST', `/channels/${TEST_IDS.channels.general}/messages`);
    expect(request.body).toMatchObject({ content: 'hello' });
  });

  it('DISCORD_API_URL from the environment is used for gateway discovery and REST', async () => {
    const discord = await startDiscordTestServer();
    const env = readDiscordEnv({ DISCORD_TOKEN: discord.token, DISCORD_API_URL: `${discord.apiUrl}/` });
    if (env === null) throw new Error('token missing');
    const platform = new DiscordPlatform({
      ...env,
      guildId: discord.guildId,
      log: silentLogger(),
      clock: new ManualClock(),
    });
    try {
      const recorder = new EventRecorder();
      await platform.start(recorder.sink);
      expect(discord.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /gateway/bot']);
      expect(discord.gateway.identifies).toHaveLength(1);
      await platform.addRole(discord.guildId, TEST_IDS.memberUserId, TEST_IDS.roles.moderator, 'test');
      expect(discord.requestsTo('PUT', /\/roles\//)).toHaveLength(1);
      await discord.dispatch('MESSAGE_DELETE', {
        id: '849000000000000970',
        channel_id: TEST_IDS.channels.general,
        guild_id: discord.guildId,
      });
      await recorder.waitFor((event) => event.id === 'discord:message.deleted:849000000000000970');
    } finally {
      await platform.stop();
      await discord.close();
    }
  });
});
