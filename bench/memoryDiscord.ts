/**
 * The discord.js side of bench/memory: a real discord.js client connected to the local fake
 * Discord of test/discord (gateway over a 127.0.0.1 WebSocket, no internet), then fed a
 * GUILD_CREATE announcing a large guild and GUILD_MEMBERS_CHUNK dispatches for every member,
 * as Discord sends them, and some MESSAGE_CREATE traffic.
 *
 * Clients: `platform` is Guildhall's DiscordPlatform as `guildhall start` builds it (its
 * discord.js Client with the adapter's cache settings, plus its MemberCache and guild mirror);
 * `platform-small` the same with `maxCachedMembers: 1000` (its MemberCache bounded);
 * `bare` is a discord.js Client with the same intents, partials and (default) caches and no
 * Guildhall listeners; `bare-cache` adds src's MemberCache to it; `limited` is `bare` with
 * discord.js's member and user caches bounded (a candidate fix, measured here without changing
 * src/).
 */
import { Client, Events, GatewayDispatchEvents, Options } from 'discord.js';
import { ManualClock } from '../src/core/Clock.js';
import { silentLogger } from '../src/core/Logger.js';
import { DiscordPlatform } from '../src/platform/discord/DiscordPlatform.js';
import { MemberCache } from '../src/platform/discord/MemberCache.js';
import { GUILDHALL_INTENTS, GUILDHALL_PARTIALS } from '../src/platform/discord/guildhallIntents.js';
import { startDiscordTestServer, TEST_IDS, type DiscordTestServer } from '../test/discord/DiscordTestServer.js';
import type { FixtureObject } from '../test/discord/fixtures.js';
import { gatewayMessage } from '../test/discord/gatewayMessage.js';
import { testGuildCreate } from '../test/discord/testGuild.js';
import { benchMember, snowflake } from './memoryActivity.js';

/** Which client to build. */
export type DiscordClientKind = 'platform' | 'platform-small' | 'bare' | 'bare-cache' | 'limited';

/** Every {@link DiscordClientKind}. */
export const DISCORD_CLIENT_KINDS: readonly DiscordClientKind[] = [
  'platform',
  'platform-small',
  'bare',
  'bare-cache',
  'limited',
];

/** A connected client and how to wait for it to have processed everything sent. */
interface Connected {
  /** Resolves once the client handled a MESSAGE_CREATE with this id. */
  seen: (messageId: string) => Promise<void>;
  /** discord.js cache sizes, when the bench can see the client. */
  sizes: () => Record<string, number>;
  stop: () => Promise<void>;
}

const CHUNK = 1000;
const ROLE_IDS = [TEST_IDS.roles.member, TEST_IDS.roles.moderator];
const TEXT_CHANNELS = [TEST_IDS.channels.general, TEST_IDS.channels.welcome, TEST_IDS.channels.announcements];

function gatewayMember(i: number, now: number): FixtureObject & { user: FixtureObject } {
  const m = benchMember(i, now, ROLE_IDS);
  return {
    user: {
      id: m.userId,
      username: m.username,
      discriminator: '0',
      global_name: m.displayName === m.username ? null : m.displayName,
      avatar: i % 3 === 0 ? null : 'a1cf79b0055927be3bb5b865862b545a',
    },
    roles: m.roles,
    joined_at: new Date(now - i * 1000).toISOString(),
    nick: null,
    avatar: null,
    premium_since: null,
    deaf: false,
    mute: false,
    pending: false,
    flags: 0,
    communication_disabled_until: null,
  };
}

function waiter(): { seen: (id: string) => Promise<void>; saw: (id: string) => void } {
  const waiting = new Map<string, () => void>();
  const seenIds = new Set<string>();
  return {
    seen: (id) => (seenIds.has(id) ? Promise.resolve() : new Promise<void>((resolve) => waiting.set(id, resolve))),
    saw: (id) => {
      seenIds.add(id);
      waiting.get(id)?.();
    },
  };
}

function clientSizes(client: Client): Record<string, number> {
  const guild = client.guilds.cache.get(TEST_IDS.guildId);
  let messages = 0;
  for (const channel of client.channels.cache.values())
    if (channel.isTextBased()) messages += channel.messages.cache.size;
  return {
    guildMembers: guild?.members.cache.size ?? 0,
    users: client.users.cache.size,
    messages,
  };
}

async function connect(kind: DiscordClientKind, discord: DiscordTestServer): Promise<Connected> {
  const { seen, saw } = waiter();
  if (kind === 'platform' || kind === 'platform-small') {
    const platform = new DiscordPlatform({
      token: discord.token,
      guildId: discord.guildId,
      apiUrl: discord.apiUrl,
      log: silentLogger(),
      clock: new ManualClock(Date.now()),
      ...(kind === 'platform-small' ? { maxCachedMembers: 1000 } : {}),
    });
    await platform.start((event) => {
      if (event.type === 'message.created') saw(event.payload.messageId);
      return Promise.resolve();
    });
    return { seen, sizes: () => ({}), stop: () => platform.stop() };
  }
  // The bench measures discord.js's own caches, so it also builds bare clients.
  const client = new Client({
    intents: [...GUILDHALL_INTENTS],
    partials: [...GUILDHALL_PARTIALS],
    rest: { api: discord.apiUrl },
    ...(kind === 'limited'
      ? {
          makeCache: Options.cacheWithLimits({
            ...Options.DefaultMakeCacheSettings,
            GuildMemberManager: { maxSize: 1000, keepOverLimit: (m) => m.id === m.client.user.id },
            UserManager: { maxSize: 1000, keepOverLimit: (u) => u.id === u.client.user.id },
          }),
        }
      : {}),
  });
  client.ws.on(GatewayDispatchEvents.MessageCreate, (data: { id: string }) => saw(data.id));
  const cacheOptions = { guildId: discord.guildId, log: silentLogger(), clock: new ManualClock(Date.now()) };
  const cache = kind === 'bare-cache' ? new MemberCache(client, cacheOptions) : null;
  cache?.attach();
  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  await client.login(discord.token);
  await ready;
  return {
    seen,
    sizes: () => ({ ...clientSizes(client), ...(cache === null ? {} : { memberCache: cache.size }) }),
    stop: async () => {
      cache?.detach();
      await client.destroy();
    },
  };
}

/** What feeding the client did. */
export interface DiscordFeed {
  /** Measured after connecting (GUILD_CREATE with the bot and one member). */
  connected: () => Promise<void>;
  /** Sends every member in GUILD_MEMBERS_CHUNKs of 1,000 and waits until handled. */
  sendMembers: () => Promise<void>;
  /** Sends `count` MESSAGE_CREATE (with the author's member) and waits until handled. */
  sendMessages: (count: number) => Promise<void>;
  sizes: () => Record<string, number>;
  close: () => Promise<void>;
}

/**
 * Starts the fake Discord announcing a guild of `members` members and connects a client.
 * @param kind - which client
 * @param members - member count
 */
export async function startDiscordFeed(kind: DiscordClientKind, members: number): Promise<DiscordFeed> {
  const guild = { ...testGuildCreate(), member_count: members + 2, large: true };
  const discord = await startDiscordTestServer({ guild });
  const client = await connect(kind, discord);
  const now = Date.now();
  let sent = 0;
  const sentinel = async (): Promise<void> => {
    sent += 1;
    const id = snowflake(Date.now(), 4_000_000 + sent);
    await discord.dispatch('MESSAGE_CREATE', message(id, 0, now, TEXT_CHANNELS[0] ?? ''));
    await client.seen(id);
  };
  return {
    connected: sentinel,
    sendMembers: async () => {
      const chunkCount = Math.ceil(members / CHUNK);
      for (let c = 0; c < chunkCount; c += 1) {
        const list: Record<string, unknown>[] = [];
        for (let i = c * CHUNK; i < Math.min(members, (c + 1) * CHUNK); i += 1) list.push(gatewayMember(i, now));
        await discord.dispatch('GUILD_MEMBERS_CHUNK', {
          guild_id: discord.guildId,
          members: list,
          chunk_index: c,
          chunk_count: chunkCount,
          not_found: [],
        });
      }
      await sentinel();
    },
    sendMessages: async (count) => {
      for (let n = 0; n < count; n += 1) {
        const channel = TEXT_CHANNELS[n % TEXT_CHANNELS.length] ?? '';
        await discord.dispatch('MESSAGE_CREATE', message(snowflake(now + n, n), (n * 7919) % 3000, now, channel));
      }
      await sentinel();
    },
    sizes: client.sizes,
    close: async () => {
      await client.stop();
      await discord.close();
    },
  };
}

function message(id: string, authorIndex: number, now: number, channelId: string): FixtureObject {
  const { user, ...memberFields } = gatewayMember(authorIndex, now);
  return {
    ...gatewayMessage({
      id,
      channelId,
      author: user,
      content: `message ${id} with a few ordinary words in it, like people write`,
      timestamp: new Date(now).toISOString(),
    }),
    guild_id: TEST_IDS.guildId,
    member: memberFields,
    nonce: id,
  };
}
