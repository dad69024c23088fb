import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startGuildhall, type RunningGuildhall } from '../../src/app/startGuildhall.js';
import { starterConfig } from '../../src/config/starterConfig.js';
import { ManualClock } from '../../src/core/Clock.js';
import { silentLogger } from '../../src/core/Logger.js';
import { channelHistory } from '../discord/channelHistory.js';
import { startDiscordTestServer, TEST_IDS, type DiscordTestServer } from '../discord/DiscordTestServer.js';
import type { FixtureObject } from '../discord/fixtures.js';
import { gatewayMessage } from '../discord/gatewayMessage.js';
import { testGuildCreate } from '../discord/testGuild.js';
import { dropSchema, testDialect, testPostgresUrl } from '../testStore.js';

/**
 * Catch-up through the real discord.js client: Guildhall stops, a member joins and messages
 * are posted meanwhile, Guildhall starts again and reads them back (List Guild Members, Get
 * Channel Messages with `after`), welcoming the newcomer once and recording each message once.
 */
const G = TEST_IDS.guildId;
const GENERAL = TEST_IDS.channels.general;
const ADA = { id: TEST_IDS.memberUserId, username: 'ada', discriminator: '0', global_name: 'Ada' };
const LIN = { id: '849000000000000570', username: 'lin', discriminator: '0', global_name: 'Lin' };
const M = (n: number): string => (1_460_000_000_000_000_000n + BigInt(n)).toString();

const config = starterConfig()
  .replace(/name: My Community/, 'name: Test Guild')
  .replace(/# guildId: .*/, `guildId: "${G}"`)
  .replace(/newcomerRole: .*/, 'newcomerRole: Member');

const dir = mkdtempSync(join(tmpdir(), 'guildhall-discord-catch-up-'));
const schema = `dcatchup_${randomBytes(5).toString('hex')}`;
const clock = new ManualClock(Date.UTC(2026, 2, 1, 12));
const guild = testGuildCreate();
const members = guild.members as FixtureObject[];
const history: FixtureObject[] = [];

function message(n: number, author: FixtureObject, content: string): FixtureObject {
  return gatewayMessage({
    id: M(n),
    channelId: GENERAL,
    author,
    content,
    timestamp: new Date(clock.now()).toISOString(),
  });
}

describe(`catch-up through discord.js (${testDialect})`, () => {
  let discord: DiscordTestServer;

  const start = async (): Promise<RunningGuildhall> => {
    const app = await startGuildhall({
      configText: config,
      ...(testDialect === 'postgres'
        ? { databaseUrl: testPostgresUrl, databaseSchema: schema }
        : { databaseUrl: join(dir, 'guildhall.sqlite') }),
      port: 0,
      env: { DISCORD_TOKEN: discord.token, DISCORD_API_URL: discord.apiUrl },
      log: silentLogger(),
      clock,
      runScheduler: false,
    });
    await app.engine.settle();
    return app;
  };
  const eventIds = async (app: RunningGuildhall, type: string): Promise<string[]> =>
    (await app.store.db.selectFrom('event_log').select('id').where('type', '=', type).orderBy('seq').execute()).map(
      (e) => e.id,
    );

  beforeAll(async () => {
    discord = await startDiscordTestServer({ transport: 'mock-agent', guild });
    channelHistory(discord, GENERAL, history);
  });
  afterAll(async () => {
    await discord.close();
    rmSync(dir, { recursive: true, force: true });
    if (testDialect === 'postgres') await dropSchema(schema);
  });

  it('the first start lists the members and reads no history', async () => {
    const app = await start();
    try {
      expect(discord.requestsTo('GET', `/guilds/${G}/members`).map((r) => r.query)).toEqual(['limit=1000&after=0']);
      expect(discord.requestsTo('GET', /^\/channels\/\d+\/messages$/)).toEqual([]);
      // A message delivered live: the next catch-up reads after it.
      const live = message(1, ADA, 'hello, live');
      history.push(live);
      await discord.dispatch('MESSAGE_CREATE', { ...live, guild_id: G });
      await vi.waitFor(async () => {
        expect(await eventIds(app, 'message.created')).toEqual([`discord:message.created:${M(1)}`]);
      });
      await app.engine.settle();
    } finally {
      await app.stop();
    }
  });

  it('after downtime: the newcomer is welcomed once, missed messages recorded once, the departure noted', async () => {
    clock.advance(3_600_000);
    const joinedAt = clock.now() - 600_000;
    members.push({ user: LIN, roles: [], joined_at: new Date(joinedAt).toISOString(), nick: null });
    history.push(message(2, LIN, 'hi, I am new'), message(3, ADA, 'welcome lin, I am off'));
    members.splice(
      members.findIndex((m) => (m.user as FixtureObject).id === ADA.id),
      1,
    );
    discord.clearRequests();

    const app = await start();
    try {
      expect(discord.requestsTo('GET', `/channels/${GENERAL}/messages`).map((r) => r.query)).toEqual([
        `after=${M(1)}&limit=100`,
      ]);
      expect(discord.requestsTo('PUT', `/guilds/${G}/members/${LIN.id}/roles/${TEST_IDS.roles.member}`)).toHaveLength(
        1,
      );
      const welcomes = discord.requestsTo('POST', `/channels/${TEST_IDS.channels.welcome}/messages`);
      expect(welcomes.map((r) => (r.body as { content: string }).content)).toEqual([
        `Welcome to Test Guild, <@${LIN.id}>! Say hello and tell us what brings you here.`,
      ]);
      expect(await eventIds(app, 'member.joined')).toEqual([`discord:member.joined:${G}:${LIN.id}:${joinedAt}`]);
      expect(await eventIds(app, 'member.left')).toEqual([
        `discord:member.left:${G}:${ADA.id}:j${Date.UTC(2025, 0, 1)}`,
      ]);
      expect(await eventIds(app, 'message.created')).toEqual([1, 2, 3].map((n) => `discord:message.created:${M(n)}`));
    } finally {
      await app.stop();
    }
  });

  it('a restart with nothing missed reads after the newest message and records nothing', async () => {
    clock.advance(3_600_000);
    discord.clearRequests();
    const app = await start();
    try {
      expect(discord.requestsTo('GET', `/channels/${GENERAL}/messages`).map((r) => r.query)).toEqual([
        `after=${M(3)}&limit=100`,
      ]);
      expect(discord.requestsTo('POST', `/channels/${TEST_IDS.channels.welcome}/messages`)).toEqual([]);
      expect(await eventIds(app, 'member.joined')).toHaveLength(1);
      expect(await eventIds(app, 'member.left')).toHaveLength(1);
      expect(await eventIds(app, 'message.created')).toHaveLength(3);
    } finally {
      await app.stop();
    }
  });
});
