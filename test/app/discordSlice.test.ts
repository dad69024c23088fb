import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningGuildhall } from '../../src/app/startGuildhall.js';
import { starterConfig } from '../../src/config/starterConfig.js';
import { ManualClock } from '../../src/core/Clock.js';
import { TEST_IDS, type DiscordTestServer } from '../discord/DiscordTestServer.js';
import { loadFixture } from '../discord/fixtures.js';
import { testDialect } from '../testStore.js';
import { startOnFakeDiscord, type GuildhallOnFakeDiscord } from './startOnFakeDiscord.js';

/**
 * The first slice end to end through the real discord.js client: gateway payloads in
 * (captured ones from test/fixtures/discord-gateway, patched to the test guild), REST out,
 * intercepted by undici's MockAgent, asserting what Discord would receive.
 */
const G = TEST_IDS.guildId;
const NEWCOMER = '249608457672458240'; // "Oguri Cap" from guild_member_add_1.json
const ZEYLA = '114941315417899012'; // author of message_create_1.json

const config = starterConfig()
  .replace(/name: My Community/, 'name: Test Guild')
  .replace(/# guildId: .*/, `guildId: "${G}"`)
  .replace(/newcomerRole: .*/, 'newcomerRole: Member');

describe(`the slice through discord.js (${testDialect})`, () => {
  const clock = new ManualClock(Date.UTC(2026, 2, 1, 12));
  let discord: DiscordTestServer;
  let app: RunningGuildhall;

  let running: GuildhallOnFakeDiscord;

  beforeAll(async () => {
    running = await startOnFakeDiscord({ configText: config, clock });
    ({ discord, app } = running);
  });
  afterAll(async () => {
    await running.close();
  });

  it('discovers the gateway through DISCORD_API_URL and registers /rank on the guild', () => {
    // discord.js asked the overridden API for the gateway, then connected to the one it named.
    expect(discord.requestsTo('GET', '/gateway/bot')).toHaveLength(1);
    expect(discord.gateway.identifies).toHaveLength(1);
    const [put] = discord.requestsTo('PUT', `/applications/${TEST_IDS.applicationId}/guilds/${G}/commands`);
    const commands = put?.body as { name: string }[];
    expect(commands.map((c) => c.name)).toEqual(
      expect.arrayContaining(['rank', 'leaderboard', 'badges', 'ambassador', 'recompute-points']),
    );
    expect(commands.find((c) => c.name === 'rank')).toEqual({
      name: 'rank',
      description: 'Show your points and position (or another member’s)',
      type: 1,
      options: [{ name: 'member', description: 'Whose rank to show', type: 6, required: false }],
    });
  });

  it('registers /analytics for members with Manage Server only (default_member_permissions)', () => {
    const [put] = discord.requestsTo('PUT', `/applications/${TEST_IDS.applicationId}/guilds/${G}/commands`);
    const commands = put?.body as { name: string; default_member_permissions?: string }[];
    expect(commands.find((c) => c.name === 'analytics')?.default_member_permissions).toBe('32');
  });

  it('a member who joins gets the newcomer role and a welcome message', async () => {
    discord.clearRequests();
    const join = loadFixture('guild_member_add_1', { guild_id: G, joined_at: '2026-03-01T12:00:00.000000+00:00' });
    join.user = { ...(join.user as object), bot: false };
    await discord.dispatch('GUILD_MEMBER_ADD', join);
    const role = await discord.waitForRequest('PUT', `/guilds/${G}/members/${NEWCOMER}/roles/${TEST_IDS.roles.member}`);
    expect(role.auditLogReason).toBe('Guildhall onboarding: newcomer role');
    const welcome = await discord.waitForRequest('POST', `/channels/${TEST_IDS.channels.welcome}/messages`);
    // Channel and role names resolve from the gateway's copy of the guild: no REST reads
    // (but the invites, whose use counts tell which invite the member joined with).
    expect(discord.requests.filter((r) => r.method === 'GET' && r.path !== `/guilds/${G}/invites`)).toEqual([]);
    expect(welcome.body).toMatchObject({
      content: `Welcome to Test Guild, <@${NEWCOMER}>! Say hello and tell us what brings you here.`,
      allowed_mentions: { parse: [], users: [NEWCOMER] },
    });
  });

  it('a redelivered join (gateway resume) is not welcomed twice', async () => {
    discord.clearRequests();
    const join = loadFixture('guild_member_add_1', { guild_id: G, joined_at: '2026-03-01T12:00:00.000000+00:00' });
    join.user = { ...(join.user as object), bot: false };
    await discord.dispatch('GUILD_MEMBER_ADD', join);
    await app.engine.settle();
    expect(discord.requestsTo('POST', `/channels/${TEST_IDS.channels.welcome}/messages`)).toEqual([]);
  });

  it('posts earn 1 point at most once a minute, and /rank answers with points and position', async () => {
    discord.clearRequests();
    const post = (id: string, content: string) =>
      discord.dispatch(
        'MESSAGE_CREATE',
        loadFixture('message_create_1', { id, guild_id: G, channel_id: TEST_IDS.channels.general, content }),
      );
    await post('1456000000000000001', 'hello everyone');
    await post('1456000000000000002', 'is anyone here?');
    await post('1456000000000000001', 'hello everyone'); // redelivered
    const command = loadFixture('interaction_create_command');
    (command.data as { options: unknown[] }).options = [];
    await discord.dispatch('INTERACTION_CREATE', command);
    const callback = await discord.waitForRequest(
      'POST',
      `/interactions/${String(command.id)}/${String(command.token)}/callback`,
    );
    expect(callback.body).toEqual({
      type: 4,
      data: {
        content: 'You have 1 point: rank #1 of 1.\nBadge: Newcomer\nNext: Contributor badge at 100 points (99 to go).',
        flags: 64,
        allowed_mentions: { parse: [] },
      },
    });
    // Messages cause no REST request at all: points are Guildhall's own state.
    expect(discord.requests.filter((r) => r.path.startsWith('/channels/'))).toEqual([]);
    const awards = await app.store.db
      .selectFrom('event_log')
      .select('payload')
      .where('type', '=', 'recognition.points_awarded')
      .execute();
    expect(awards.map((a) => (JSON.parse(a.payload) as { userId: string }).userId)).toEqual([ZEYLA]);
  });
});
