import { Client, Events, type Message } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GUILDHALL_CACHES } from '../../src/platform/discord/guildhallCaches.js';
import { GUILDHALL_INTENTS, GUILDHALL_PARTIALS } from '../../src/platform/discord/guildhallIntents.js';
import { startDiscordTestServer, TEST_IDS, type DiscordTestServer } from './DiscordTestServer.js';
import { gatewayMessage } from './gatewayMessage.js';

const G = TEST_IDS.guildId;

function member(n: number) {
  const id = String(849000000000070000n + BigInt(n));
  return {
    user: { id, username: `member${n}`, discriminator: '0', global_name: null, avatar: null },
    roles: [TEST_IDS.roles.member],
    joined_at: '2025-06-01T12:00:00.000000+00:00',
    nick: null,
    deaf: false,
    mute: false,
    pending: false,
    flags: 0,
  };
}

describe("Guildhall's discord.js client caches", () => {
  let discord: DiscordTestServer;
  let client: Client;
  beforeAll(async () => {
    discord = await startDiscordTestServer();
    client = new Client({
      intents: [...GUILDHALL_INTENTS],
      partials: [...GUILDHALL_PARTIALS],
      makeCache: GUILDHALL_CACHES,
      rest: { api: discord.apiUrl },
    });
    const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
    await client.login(discord.token);
    await ready;
  });
  afterAll(async () => {
    await client.destroy();
    await discord.close();
  });

  it('keep no member or user but the bot, and keep the guild, its channels and messages', async () => {
    await discord.dispatch('GUILD_MEMBERS_CHUNK', {
      guild_id: G,
      members: Array.from({ length: 50 }, (_, n) => member(n)),
      chunk_index: 0,
      chunk_count: 1,
      not_found: [],
    });
    const author = member(7);
    const handled = new Promise<Message>((resolve) => client.once(Events.MessageCreate, resolve));
    await discord.dispatch('MESSAGE_CREATE', {
      ...gatewayMessage({
        id: '849000000000079001',
        channelId: TEST_IDS.channels.general,
        author: author.user,
        content: 'hi',
      }),
      guild_id: G,
      member: { roles: author.roles, joined_at: author.joined_at, nick: null, deaf: false, mute: false },
    });
    const message = await handled;
    const guild = client.guilds.cache.get(G);
    expect([...(guild?.members.cache.keys() ?? [])]).toEqual([TEST_IDS.botUserId]);
    expect([...client.users.cache.keys()]).toEqual([TEST_IDS.botUserId]);
    expect(guild?.channels.cache.has(TEST_IDS.channels.general)).toBe(true);
    // The relay reads a message's author from discord.js's message cache (reactions, bulk deletes).
    const general = client.channels.cache.get(TEST_IDS.channels.general);
    expect(general?.isTextBased() === true ? general.messages.cache.get(message.id)?.author.id : null).toBe(
      author.user.id,
    );
  });
});
