import { generateKeyPairSync, randomBytes, sign, type KeyObject } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGuildhall, type RunningGuildhall } from '../../src/app/startGuildhall.js';
import { starterConfig } from '../../src/config/starterConfig.js';
import { silentLogger } from '../../src/core/Logger.js';
import { registeredRoutes } from '../../src/server/listRoutes.js';
import type { OpenApiDocument } from '../openapi/openApiRoutes.js';
import { startDiscordTestServer, TEST_IDS, type DiscordTestServer } from '../discord/DiscordTestServer.js';
import { loadFixture } from '../discord/fixtures.js';
import { dropSchema, testDialect, testPostgresUrl } from '../testStore.js';
import {
  interactionKeys,
  postInteraction,
  postSigned,
  expectAnsweredOverHttp,
  publicKeyHex,
  snowflakeNow,
  type Sent,
} from './signedInteraction.js';

/**
 * Discord's HTTP interactions endpoint end to end: a Guildhall on Discord (the real discord.js
 * client against the fake Discord) with `DISCORD_PUBLIC_KEY`, requests signed with the matching
 * Ed25519 private key as Discord signs them.
 */
const G = TEST_IDS.guildId;
const config = starterConfig()
  .replace(/name: My Community/, 'name: Test Guild')
  .replace(/# guildId: .*/, `guildId: "${G}"`)
  .replace(/newcomerRole: .*/, 'newcomerRole: Member');

const dir = mkdtempSync(join(tmpdir(), 'guildhall-http-interactions-'));
const schema = `httpix_${randomBytes(5).toString('hex')}`;
const otherKeys = generateKeyPairSync('ed25519');

describe(`the HTTP interactions endpoint (${testDialect})`, () => {
  let discord: DiscordTestServer;
  let app: RunningGuildhall;

  const post = (body: string, headers: Record<string, string>): Promise<Sent> =>
    postInteraction(app.url, body, headers);
  const signed = (body: unknown, key?: KeyObject): Promise<Sent> => postSigned(app.url, body, key);

  beforeAll(async () => {
    discord = await startDiscordTestServer({ transport: 'mock-agent' });
    app = await startGuildhall({
      configText: config,
      ...(testDialect === 'postgres'
        ? { databaseUrl: testPostgresUrl, databaseSchema: schema }
        : { databaseUrl: join(dir, 'guildhall.sqlite') }),
      port: 0,
      env: { DISCORD_TOKEN: discord.token, DISCORD_API_URL: discord.apiUrl, DISCORD_PUBLIC_KEY: publicKeyHex },
      log: silentLogger(),
      runScheduler: false,
    });
    await app.engine.settle();
  });
  afterAll(async () => {
    await app.stop();
    await discord.close();
    rmSync(dir, { recursive: true, force: true });
    if (testDialect === 'postgres') await dropSchema(schema);
  });

  it("answers Discord's PING with PONG", async () => {
    expect(await signed({ id: snowflakeNow(), type: 1, application_id: TEST_IDS.applicationId })).toEqual({
      status: 200,
      body: { type: 1 },
    });
  });

  it('refuses with 401 a request without a signature, signed by another key, or changed after signing', async () => {
    const ping = JSON.stringify({ id: snowflakeNow(), type: 1 });
    expect(await post(ping, {})).toEqual({ status: 401, body: { error: 'invalid request signature' } });
    expect((await signed({ type: 1 }, otherKeys.privateKey)).status).toBe(401);
    const timestamp = String(Math.floor(Date.now() / 1000));
    const signature = sign(null, Buffer.from(timestamp + ping), interactionKeys.privateKey).toString('hex');
    const changed = ping.replace('"type":1', '"type":2');
    expect(await post(changed, { 'x-signature-ed25519': signature, 'x-signature-timestamp': timestamp })).toEqual({
      status: 401,
      body: { error: 'invalid request signature' },
    });
  });

  it('records a slash command and sends its answer as the HTTP response, with no callback request', async () => {
    const id = snowflakeNow();
    const token = `tok-${randomBytes(6).toString('hex')}`;
    discord.clearRequests();
    const sent = await signed(loadFixture('interaction_create_command', { id, token }));
    await app.engine.settle();
    expectAnsweredOverHttp(sent, discord, 'You have no points yet: post a message to earn your first.');
    const logged = await app.store.db
      .selectFrom('event_log')
      .select(['id', 'payload'])
      .where('type', '=', 'interaction.command')
      .execute();
    expect(logged.map((row) => row.id)).toEqual([`discord:interaction.command:${id}`]);
    // The token stays out of the log, as for an interaction from the gateway.
    expect(logged[0]?.payload).not.toContain(token);
  });

  it('answers an interaction of another server, and a user command, as not handled here (nothing recorded)', async () => {
    const before = await app.store.db.selectFrom('event_log').select('seq').execute();
    const elsewhere = await signed(loadFixture('interaction_create_command', { id: snowflakeNow(), guild_id: '1' }));
    expect(elsewhere).toEqual({
      status: 200,
      body: { type: 4, data: { content: 'Guildhall does not answer this here.', flags: 64 } },
    });
    expect(await app.store.db.selectFrom('event_log').select('seq').execute()).toHaveLength(before.length);
  });

  it('is a public route, in a valid OpenAPI document', async () => {
    const route = registeredRoutes(app.http).find((r) => r.url === '/interactions' && r.method === 'POST');
    expect(route?.access).toBe('public');
    const spec = app.http.swagger() as unknown as OpenApiDocument;
    const result = await new Validator().validate(spec as unknown as Record<string, unknown>);
    expect(result.errors ?? []).toEqual([]);
    expect(Object.keys(spec.paths['/interactions']?.post?.responses ?? {}).sort()).toEqual(['200', '400', '401']);
  });

  it('refuses a signed body that is not an interaction with 400', async () => {
    expect(await signed({ hello: 'world' })).toEqual({ status: 400, body: { error: 'body: not an interaction' } });
  });
});
