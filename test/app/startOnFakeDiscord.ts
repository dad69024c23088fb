import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startGuildhall, type RunningGuildhall } from '../../src/app/startGuildhall.js';
import type { Clock } from '../../src/core/Clock.js';
import { silentLogger, type Logger } from '../../src/core/Logger.js';
import { startDiscordTestServer, type DiscordTestServer } from '../discord/DiscordTestServer.js';
import type { FixtureObject } from '../discord/fixtures.js';
import { dropSchema, testDialect, testPostgresUrl } from '../testStore.js';

/** A whole Guildhall talking to the fake Discord through the real discord.js client. */
export interface GuildhallOnFakeDiscord {
  discord: DiscordTestServer;
  app: RunningGuildhall;
  /** Stops Guildhall, then the fake Discord, and removes the test database. */
  close(): Promise<void>;
}

/**
 * Starts the fake Discord (REST intercepted by undici's MockAgent) and a Guildhall connected
 * to it with DISCORD_TOKEN + DISCORD_API_URL, on its own test database (a SQLite file in a tmp
 * dir, or a fresh PostgreSQL schema), scheduler loop off.
 * @param options - community.yaml text, the clock, and optionally a logger and the guild
 */
export async function startOnFakeDiscord(options: {
  configText: string;
  clock: Clock;
  log?: Logger;
  /** GUILD_CREATE payload the fake Discord sends (default `testGuildCreate()`). */
  guild?: FixtureObject;
}): Promise<GuildhallOnFakeDiscord> {
  const dir = mkdtempSync(join(tmpdir(), 'guildhall-discord-'));
  const schema = `discord_${randomBytes(5).toString('hex')}`;
  const discord = await startDiscordTestServer({
    transport: 'mock-agent',
    ...(options.guild === undefined ? {} : { guild: options.guild }),
  });
  const app = await startGuildhall({
    configText: options.configText,
    ...(testDialect === 'postgres'
      ? { databaseUrl: testPostgresUrl, databaseSchema: schema }
      : { databaseUrl: join(dir, 'guildhall.sqlite') }),
    port: 0,
    env: { DISCORD_TOKEN: discord.token, DISCORD_API_URL: discord.apiUrl },
    log: options.log ?? silentLogger(),
    clock: options.clock,
    runScheduler: false,
  });
  return {
    discord,
    app,
    async close() {
      await app.stop();
      await discord.close();
      rmSync(dir, { recursive: true, force: true });
      if (testDialect === 'postgres') await dropSchema(schema);
    },
  };
}
