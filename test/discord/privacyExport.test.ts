import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { starterConfig } from '../../src/config/starterConfig.js';
import { ManualClock } from '../../src/core/Clock.js';
import { startOnFakeDiscord, type GuildhallOnFakeDiscord } from '../app/startOnFakeDiscord.js';
import { testDialect } from '../testStore.js';
import { TEST_IDS } from './DiscordTestServer.js';
import { loadFixture } from './fixtures.js';
import { multipartOf } from './multipartOf.js';

/**
 * `/privacy export` end to end through the real discord.js client: the command is registered
 * with its subcommands, and the member's data comes back as a JSON file attached to an
 * ephemeral reply, in the multipart request Discord expects.
 */
const G = TEST_IDS.guildId;
const ZEYLA = '114941315417899012'; // author of message_create_1.json, invoker of interaction_create_command.json

const config = starterConfig()
  .replace(/name: My Community/, 'name: Test Guild')
  .replace(/# guildId: .*/, `guildId: "${G}"`);

describe(`/privacy export through discord.js (${testDialect})`, () => {
  const clock = new ManualClock(Date.UTC(2026, 2, 1, 12));
  let running: GuildhallOnFakeDiscord;

  beforeAll(async () => {
    running = await startOnFakeDiscord({ configText: config, clock });
  });
  afterAll(async () => {
    await running.close();
  });

  it('registers /privacy with the subcommands export and erase', () => {
    const { discord } = running;
    const [put] = discord.requestsTo('PUT', `/applications/${TEST_IDS.applicationId}/guilds/${G}/commands`);
    const privacy = (put?.body as { name: string; options: unknown[] }[]).find((c) => c.name === 'privacy');
    expect(privacy?.options).toEqual([
      expect.objectContaining({
        type: 1,
        name: 'export',
        options: [expect.objectContaining({ type: 6, name: 'member' })],
      }),
      expect.objectContaining({
        type: 1,
        name: 'erase',
        options: [expect.objectContaining({ type: 6, name: 'member' })],
      }),
    ]);
  });

  it("answers with the member's data as guildhall-export-<userId>.json, ephemeral", async () => {
    const { discord, app } = running;
    await discord.dispatch(
      'MESSAGE_CREATE',
      loadFixture('message_create_1', {
        id: '1456000000000000001',
        guild_id: G,
        channel_id: TEST_IDS.channels.general,
        content: 'my recipe for lemon zest',
      }),
    );
    const command = loadFixture('interaction_create_command', {
      id: '1456255637913604700',
      token: 'privacy-token',
      data: { id: '1444840420147204100', name: 'privacy', type: 1, options: [{ name: 'export', type: 1 }] },
    });
    discord.clearRequests();
    await discord.dispatch('INTERACTION_CREATE', command);
    const callback = await discord.waitForRequest('POST', '/interactions/1456255637913604700/privacy-token/callback');
    expect(callback.headers.authorization).toBeUndefined();
    const parts = await multipartOf(callback);
    const filename = `guildhall-export-${ZEYLA}.json`;
    expect(parts.map((p) => [p.field, p.filename, p.contentType])).toEqual([
      ['files[0]', filename, 'application/json'],
      ['payload_json', null, ''],
    ]);
    const payload = JSON.parse(parts[1]?.data.toString('utf8') ?? '') as { data: { content: string } };
    expect(payload).toEqual({
      type: 4,
      data: {
        content: expect.stringMatching(/^Your data held by Guildhall \(.*\bcore\b.*\), as JSON\.$/) as string,
        allowed_mentions: { parse: [] },
        flags: 64,
        attachments: [{ id: 0, filename }],
      },
    });
    const file = JSON.parse(parts[0]?.data.toString('utf8') ?? '') as {
      userId: string;
      guildId: string;
      exportedAt: string;
      data: Record<string, unknown>;
    };
    expect(file).toMatchObject({ userId: ZEYLA, guildId: G, exportedAt: '2026-03-01T12:00:00.000Z' });
    expect(Object.keys(file.data)).toContain('core');
    expect(JSON.stringify(file.data)).toContain('my recipe for lemon zest');
    await app.engine.settle();
    const failures = await app.store.db.selectFrom('handler_failures').selectAll().execute();
    expect(failures).toEqual([]);
  });
});
