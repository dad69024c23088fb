import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DiscordPlatform } from '../../src/platform/discord/DiscordPlatform.js';
import { IncompleteGuildError } from '../../src/platform/discord/guildActions.js';
import type { GuildSnapshot } from '../../src/platform/Platform.js';
import {
  connectDiscordPlatform,
  unstartedDiscordPlatform,
  type ConnectedDiscordPlatform,
} from './connectDiscordPlatform.js';
import { TEST_IDS } from './DiscordTestServer.js';
import { dispatchAndCollect } from './dispatchAndCollect.js';
import { loadFixture, type FixtureObject } from './fixtures.js';
import { testGuildCreate } from './testGuild.js';

const G = TEST_IDS.guildId;
const { general: GENERAL, category: CATEGORY, welcome: WELCOME } = TEST_IDS.channels;
const BOT = TEST_IDS.botUserId;
/** 2^53 + 1: a permission bit field a JavaScript number cannot hold exactly. */
const BIG_PERMISSIONS = '9007199254740993';
const INTEGRATION_ROLE = '849000000000000205';
const DIRECTORY = '849000000000000107';

/**
 * The test guild with what a snapshot must carry through unchanged: overwrites of both
 * types with large bit fields, a topic, slowmode, NSFW, a managed role, a channel type
 * Guildhall does not manage, an active thread, and a member count above the members sent.
 */
function richGuild(): FixtureObject {
  const guild = testGuildCreate();
  const channels = guild.channels as FixtureObject[];
  Object.assign(channels[1] ?? {}, {
    topic: 'Chat about anything',
    rate_limit_per_user: 5,
    nsfw: true,
    permission_overwrites: [
      { id: G, type: 0, allow: '1024', deny: BIG_PERMISSIONS },
      { id: TEST_IDS.memberUserId, type: 1, allow: '2048', deny: '0' },
    ],
  });
  channels.push({
    id: DIRECTORY,
    type: 14,
    name: 'directory',
    position: 7,
    parent_id: null,
    permission_overwrites: [],
  });
  (guild.roles as FixtureObject[]).push({
    id: INTEGRATION_ROLE,
    name: 'Other bot',
    position: 1,
    permissions: BIG_PERMISSIONS,
    color: 0x3498db,
    hoist: true,
    managed: true,
    mentionable: false,
    flags: 0,
    tags: { bot_id: '849000000000000030' },
  });
  guild.threads = [
    { id: '849000000000000300', type: 11, name: 'a thread', parent_id: GENERAL, guild_id: G, owner_id: BOT },
  ];
  guild.member_count = 120;
  return guild;
}

const channel = (id: string, name: string, extra: FixtureObject = {}): FixtureObject => ({
  id,
  type: 0,
  name,
  guild_id: G,
  position: 8,
  parent_id: CATEGORY,
  topic: null,
  nsfw: false,
  rate_limit_per_user: 0,
  permission_overwrites: [],
  ...extra,
});

describe('fetchGuild', () => {
  let c: ConnectedDiscordPlatform;
  /** Never started, on the same fake Discord: the REST path. */
  let cold: DiscordPlatform;

  beforeEach(async () => {
    c = await connectDiscordPlatform({ guild: richGuild() });
    cold = unstartedDiscordPlatform(c.discord);
    c.discord.clearRequests();
  });
  afterEach(async () => {
    await cold.stop();
    await c.close();
  });

  /** The REST path's answer, checking it made its requests. */
  async function overRest(): Promise<GuildSnapshot> {
    c.discord.clearRequests();
    const guild = await cold.fetchGuild(G);
    expect(c.discord.requestsTo('GET', `/guilds/${G}`)).toHaveLength(1);
    c.discord.clearRequests();
    return guild;
  }

  it("before start it reads over REST: Get Guild with counts, channels and the bot's member", async () => {
    const guild = await cold.fetchGuild(G);
    expect(c.discord.requests.map((r) => `${r.method} ${r.path}?${r.query}`).sort()).toEqual(
      [
        `GET /guilds/${G}?with_counts=true`,
        `GET /guilds/${G}/channels?`,
        `GET /guilds/${G}/members/${BOT}?`,
        'GET /users/@me?',
      ].sort(),
    );
    expect(guild).toMatchObject({
      id: G,
      name: 'Guildhall Test',
      ownerId: TEST_IDS.ownerId,
      botHighestRolePosition: 3,
      verificationLevel: 'low',
      memberCount: 120,
    });
    expect(guild.channels.map((ch) => [ch.name, ch.kind])).toEqual([
      ['Community', 'category'],
      ['general', 'text'],
      ['welcome', 'text'],
      ['Lounge', 'voice'],
      ['Study room', 'voice'],
      ['announcements', 'announcement'],
      ['help', 'forum'],
    ]);
    expect(guild.channels[1]).toEqual({
      id: GENERAL,
      name: 'general',
      kind: 'text',
      parentId: CATEGORY,
      position: 1,
      topic: 'Chat about anything',
      rateLimitPerUser: 5,
      nsfw: true,
      permissionOverwrites: [
        { id: G, type: 'role', allow: '1024', deny: BIG_PERMISSIONS },
        { id: TEST_IDS.memberUserId, type: 'member', allow: '2048', deny: '0' },
      ],
      userLimit: 0,
      bitrate: 0,
      availableTags: [],
      defaultSortOrder: null,
    });
    expect(guild.roles.find((role) => role.id === INTEGRATION_ROLE)).toEqual({
      id: INTEGRATION_ROLE,
      name: 'Other bot',
      color: 0x3498db,
      hoist: true,
      mentionable: false,
      permissions: BIG_PERMISSIONS,
      position: 1,
      managed: true,
    });
  });

  it('once connected it answers without any request, exactly as REST does, with fresh copies', async () => {
    const first = await c.platform.fetchGuild(G);
    const second = await c.platform.fetchGuild(G);
    expect(c.discord.requests).toEqual([]);
    expect(first).toEqual(await overRest());
    expect(second).toEqual(first);
    first.channels[1]?.permissionOverwrites.pop();
    first.roles.length = 0;
    expect(await c.platform.fetchGuild(G)).toEqual(second);
  });

  it('CHANNEL_CREATE and GUILD_ROLE_UPDATE from the gateway show up in the next read', async () => {
    const created = channel('849000000000000110', 'introductions', {
      topic: 'Say hi',
      permission_overwrites: [{ id: TEST_IDS.roles.member, type: 0, allow: '3072', deny: '0' }],
    });
    const moderator = {
      id: TEST_IDS.roles.moderator,
      name: 'Mods',
      position: 2,
      permissions: '1099511627776',
      color: 0xe74c3c,
      hoist: true,
      managed: false,
      mentionable: true,
      flags: 0,
    };
    await dispatchAndCollect(c, [
      ['CHANNEL_CREATE', created],
      ['GUILD_ROLE_UPDATE', { guild_id: G, role: moderator }],
    ]);
    const guild = await c.platform.fetchGuild(G);
    expect(c.discord.requests).toEqual([]);
    expect(guild.channels.at(-1)).toEqual({
      id: '849000000000000110',
      name: 'introductions',
      kind: 'text',
      parentId: CATEGORY,
      position: 8,
      topic: 'Say hi',
      rateLimitPerUser: 0,
      nsfw: false,
      permissionOverwrites: [{ id: TEST_IDS.roles.member, type: 'role', allow: '3072', deny: '0' }],
      userLimit: 0,
      bitrate: 0,
      availableTags: [],
      defaultSortOrder: null,
    });
    expect(guild.roles.find((role) => role.id === TEST_IDS.roles.moderator)).toEqual({
      id: TEST_IDS.roles.moderator,
      name: 'Mods',
      color: 0xe74c3c,
      hoist: true,
      mentionable: true,
      permissions: '1099511627776',
      position: 2,
      managed: false,
    });
  });

  it('channel and role updates and deletes, GUILD_UPDATE and threads from the gateway', async () => {
    const before = await c.platform.fetchGuild(G);
    await dispatchAndCollect(c, [
      ['CHANNEL_UPDATE', channel(WELCOME, 'welcome-here', { position: 2 })],
      ['CHANNEL_DELETE', channel(TEST_IDS.channels.voice2, 'Study room', { type: 2 })],
      [
        'GUILD_ROLE_CREATE',
        { guild_id: G, role: { id: '849000000000000206', name: 'Helper', position: 1, permissions: '0' } },
      ],
      ['GUILD_ROLE_DELETE', { guild_id: G, role_id: INTEGRATION_ROLE }],
      ['GUILD_UPDATE', { id: G, name: 'Renamed', owner_id: TEST_IDS.memberUserId }],
      ['THREAD_CREATE', { id: '849000000000000301', type: 11, name: 't', parent_id: GENERAL, guild_id: G }],
      // Another guild's channel and role do not touch this guild.
      ['CHANNEL_CREATE', channel('849000000000000998', 'elsewhere', { guild_id: TEST_IDS.otherGuildId })],
      ['GUILD_ROLE_DELETE', { guild_id: TEST_IDS.otherGuildId, role_id: TEST_IDS.roles.member }],
    ]);
    const guild = await c.platform.fetchGuild(G);
    expect(c.discord.requests).toEqual([]);
    expect([guild.name, guild.ownerId]).toEqual(['Renamed', TEST_IDS.memberUserId]);
    expect(guild.channels.map((ch) => ch.name)).toEqual(
      before.channels
        .filter((ch) => ch.name !== 'Study room')
        .map((ch) => (ch.id === WELCOME ? 'welcome-here' : ch.name)),
    );
    expect(guild.roles.map((role) => role.name)).toEqual([
      '@everyone',
      'Member',
      'Moderator',
      'Guildhall',
      'Admin',
      'Helper',
    ]);
    expect(guild.roles.at(-1)).toEqual({
      id: '849000000000000206',
      name: 'Helper',
      color: 0,
      hoist: false,
      mentionable: false,
      permissions: '0',
      position: 1,
      managed: false,
    });
  });

  it("GUILD_MEMBER_UPDATE of the bot moves its highest role; another member's does not", async () => {
    const member = (userId: string, roles: string[]) => ({
      guild_id: G,
      roles,
      user: { id: userId, username: 'someone', discriminator: '0' },
      nick: null,
      joined_at: '2025-01-01T00:00:00.000000+00:00',
    });
    await dispatchAndCollect(c, [['GUILD_MEMBER_UPDATE', member(TEST_IDS.memberUserId, [TEST_IDS.roles.admin])]]);
    expect((await c.platform.fetchGuild(G)).botHighestRolePosition).toBe(3);
    await dispatchAndCollect(c, [['GUILD_MEMBER_UPDATE', member(BOT, [TEST_IDS.roles.bot, TEST_IDS.roles.admin])]]);
    expect((await c.platform.fetchGuild(G)).botHighestRolePosition).toBe(4);
    await dispatchAndCollect(c, [['GUILD_MEMBER_UPDATE', member(BOT, [])]]);
    expect((await c.platform.fetchGuild(G)).botHighestRolePosition).toBe(0);
    expect(c.discord.requests).toEqual([]);
  });

  it("memberCount is Discord's approximate count over REST and follows GUILD_MEMBER_ADD/REMOVE once connected", async () => {
    expect((await overRest()).memberCount).toBe(120);
    expect((await c.platform.fetchGuild(G)).memberCount).toBe(120);
    await dispatchAndCollect(c, [['GUILD_MEMBER_ADD', loadFixture('guild_member_add_1', { guild_id: G })]]);
    expect((await c.platform.fetchGuild(G)).memberCount).toBe(121);
    await dispatchAndCollect(c, [
      ['GUILD_MEMBER_REMOVE', loadFixture('guild_member_remove_1', { guild_id: G })],
      [
        'GUILD_MEMBER_REMOVE',
        loadFixture('guild_member_remove_1', { guild_id: G, user: { id: '849000000000000021' } }),
      ],
      ['GUILD_MEMBER_ADD', loadFixture('guild_member_add_1', { guild_id: TEST_IDS.otherGuildId })],
    ]);
    expect((await c.platform.fetchGuild(G)).memberCount).toBe(119);
    expect(c.discord.requests).toEqual([]);
  });

  it('its own channel and role writes show up in the next read, before any gateway echo', async () => {
    const created = await c.platform.createChannel(G, {
      name: 'introductions',
      kind: 'text',
      parentId: CATEGORY,
      permissionOverwrites: [{ id: G, type: 'role', allow: '0', deny: BIG_PERMISSIONS }],
    });
    expect((await c.platform.fetchGuild(G)).channels.find((ch) => ch.id === created.id)).toEqual(created);
    await c.platform.editChannel(GENERAL, { topic: 'New topic', rateLimitPerUser: 10 });
    const role = await c.platform.createRole(G, { name: 'Helper', permissions: '8', position: 2 });
    await c.platform.editRole(G, TEST_IDS.roles.member, { name: 'Members', mentionable: true });
    // Only the move reads: the roles as they stand, to send every one at its index.
    expect(c.discord.requests.filter((r) => r.method === 'GET').map((r) => r.path)).toEqual([`/guilds/${G}/roles`]);
    c.discord.clearRequests();
    const guild = await c.platform.fetchGuild(G);
    expect(c.discord.requests.filter((r) => r.method === 'GET')).toEqual([]);
    expect(guild.channels.find((ch) => ch.id === GENERAL)).toMatchObject({ topic: 'New topic', rateLimitPerUser: 10 });
    expect(guild.roles.find((r) => r.id === role.id)).toMatchObject({ name: 'Helper', position: 2 });
    expect(guild.roles.find((r) => r.id === TEST_IDS.roles.member)).toMatchObject({ name: 'Members' });
    // The fake Discord applied the same writes: REST reads the same guild.
    expect(guild).toEqual(await overRest());
    // The gateway echo, when it comes, agrees.
    const echo = channel(created.id, created.name, {
      position: created.position,
      permission_overwrites: [{ id: G, type: 0, allow: '0', deny: BIG_PERMISSIONS }],
    });
    await dispatchAndCollect(c, [['CHANNEL_CREATE', echo]]);
    expect(await c.platform.fetchGuild(G)).toEqual(guild);
  });

  it('a role move takes every position Discord returned, as moving one role shifts others', async () => {
    c.discord.route('PATCH', /^\/guilds\/\d+\/roles$/, () => ({
      status: 200,
      body: [
        { id: G, name: '@everyone', position: 0, permissions: '104324673' },
        { id: TEST_IDS.roles.member, name: 'Member', position: 1, permissions: '0' },
        { id: TEST_IDS.roles.moderator, name: 'Moderator', position: 3, permissions: '0' },
        { id: TEST_IDS.roles.bot, name: 'Guildhall', position: 4, permissions: '8' },
        { id: TEST_IDS.roles.admin, name: 'Admin', position: 5, permissions: '8' },
        { id: INTEGRATION_ROLE, name: 'Other bot', position: 2, permissions: BIG_PERMISSIONS, managed: true },
      ],
    }));
    await c.platform.editRole(G, INTEGRATION_ROLE, { position: 2 });
    const guild = await c.platform.fetchGuild(G);
    expect(guild.roles.map((role) => [role.name, role.position])).toEqual([
      ['@everyone', 0],
      ['Member', 1],
      ['Moderator', 3],
      ['Guildhall', 4],
      ['Admin', 5],
      ['Other bot', 2],
    ]);
    expect(guild.botHighestRolePosition).toBe(4);
  });

  it('a write to another guild or a thread does not change the snapshot', async () => {
    const before = await c.platform.fetchGuild(G);
    await c.platform.createThread(GENERAL, { name: 'Mods', private: true });
    await c.platform.createChannel(TEST_IDS.otherGuildId, { name: 'x', kind: 'text' });
    expect(await c.platform.fetchGuild(G)).toEqual(before);
  });

  it('a Get Guild answer without roles or without counts is refused with a message that says so', async () => {
    const answer = {
      id: G,
      name: 'Guildhall Test',
      owner_id: TEST_IDS.ownerId,
      verification_level: 1,
      approximate_member_count: 120,
      roles: [
        { id: G, name: '@everyone', position: 0, permissions: '104324673' },
        { id: TEST_IDS.roles.bot, name: 'Guildhall', position: 3, permissions: '8' },
      ],
    };
    const without = (key: string): object => Object.fromEntries(Object.entries(answer).filter(([k]) => k !== key));
    const withoutRoles = without('roles');
    const withoutCounts = without('approximate_member_count');
    const cases: [object, RegExp][] = [
      [withoutRoles, /^the server answered Get Guild \(GET \/guilds\/\d+\?with_counts=true\) without "roles": /],
      [{ ...answer, roles: [] }, /with an empty "roles" list: every guild has at least @everyone/],
      [withoutCounts, /without "approximate_member_count" although the request asked for counts \(with_counts=true\)/],
    ];
    for (const [body, message] of cases) {
      c.discord.route('GET', new RegExp(`^/guilds/${G}$`), () => ({ status: 200, body }), { once: true });
      const refused = cold.fetchGuild(G);
      await expect(refused).rejects.toThrow(IncompleteGuildError);
      await expect(refused).rejects.toThrow(message);
    }
    // The full answer reads as before.
    c.discord.route('GET', new RegExp(`^/guilds/${G}$`), () => ({ status: 200, body: answer }), { once: true });
    expect((await cold.fetchGuild(G)).botHighestRolePosition).toBe(3);
  });

  it('another guild is read over REST', async () => {
    await expect(c.platform.fetchGuild(TEST_IDS.otherGuildId)).rejects.toThrow(/Unknown Guild/);
    expect(c.discord.requestsTo('GET', `/guilds/${TEST_IDS.otherGuildId}`)).toHaveLength(1);
  });
});
