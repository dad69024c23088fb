import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGuildhall, type RunningGuildhall } from '../../src/app/startGuildhall.js';
import { starterConfig } from '../../src/config/starterConfig.js';
import { silentLogger } from '../../src/core/Logger.js';
import { startDiscordTestServer, TEST_IDS, type DiscordTestServer } from '../discord/DiscordTestServer.js';
import { loadFixture } from '../discord/fixtures.js';
import { dropSchema, testDialect, testPostgresUrl } from '../testStore.js';
import { expectAnsweredOverHttp, postSigned, publicKeyHex, snowflakeNow } from './signedInteraction.js';

/**
 * A split deployment on Discord answering over HTTP: the api process receives the signed
 * interaction and records it; the worker that owns the community handles it, and its answer
 * reaches the api's HTTP response through the database.
 */
const G = TEST_IDS.guildId;
const config = starterConfig()
  .replace(/name: My Community/, 'name: Test Guild')
  .replace(/# guildId: .*/, `guildId: "${G}"`)
  .replace(/newcomerRole: .*/, 'newcomerRole: Member');
const schema = `splithttp_${randomBytes(5).toString('hex')}`;
const ORIGINAL = /^\/webhooks\/\d+\/[^/]+\/messages\/(@|%40)original$/;

describe.skipIf(testDialect !== 'postgres')('HTTP interactions in a split deployment (postgres)', () => {
  let discord: DiscordTestServer;
  const running: RunningGuildhall[] = [];

  const start = async (role: 'worker' | 'api'): Promise<RunningGuildhall> => {
    const app = await startGuildhall({
      configText: config,
      databaseUrl: testPostgresUrl,
      databaseSchema: schema,
      port: 0,
      env: { DISCORD_TOKEN: discord.token, DISCORD_API_URL: discord.apiUrl, DISCORD_PUBLIC_KEY: publicKeyHex },
      log: silentLogger(),
      runScheduler: false,
      role,
      leaseLost: () => undefined,
    });
    running.push(app);
    return app;
  };

  beforeAll(async () => {
    discord = await startDiscordTestServer({ transport: 'mock-agent' });
    discord.reply('PATCH', ORIGINAL, 200, { id: '1456999999999999999', channel_id: TEST_IDS.channels.general });
  });
  afterAll(async () => {
    for (const app of running.reverse()) await app.stop();
    await discord.close();
    await dropSchema(schema);
  });

  it('the api records the command, the worker answers it, the answer is the HTTP response', async () => {
    const worker = await start('worker');
    const api = await start('api');
    expect(worker.owns(G)).toBe(true);
    const id = snowflakeNow();
    discord.clearRequests();
    const sent = await postSigned(api.url, loadFixture('interaction_create_command', { id, token: 'tok-split' }));
    await api.engine.settle();
    expectAnsweredOverHttp(sent, discord, 'You have no points yet: post a message to earn your first.');
    const handled = await api.store.db
      .selectFrom('event_log')
      .select(['id', 'handled_at'])
      .where('type', '=', 'interaction.command')
      .execute();
    expect(handled.map((row) => [row.id, row.handled_at !== null])).toEqual([
      [`discord:interaction.command:${id}`, true],
    ]);
  });
});
