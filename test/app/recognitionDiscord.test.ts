import { pino } from 'pino';
import { stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningGuildhall } from '../../src/app/startGuildhall.js';
import { ManualClock } from '../../src/core/Clock.js';
import { TEST_IDS, type DiscordTestServer } from '../discord/DiscordTestServer.js';
import { loadFixture } from '../discord/fixtures.js';
import { testDialect } from '../testStore.js';
import { startOnFakeDiscord, type GuildhallOnFakeDiscord } from './startOnFakeDiscord.js';

/**
 * Recognition's level roles through the real discord.js client: a member's messages move
 * them up a level, and Discord receives exactly the role requests (add the new level's role,
 * remove the old one), with the audit log reason; a level role above the bot's is never
 * requested and is logged as an error instead.
 */
const G = TEST_IDS.guildId;
const ADA = TEST_IDS.memberUserId; // holds Member in the test guild
const { member, moderator, admin } = TEST_IDS.roles;

const config = stringify({
  community: { name: 'Test Guild', guildId: G },
  onboarding: { enabled: false },
  recognition: {
    referrals: { enabled: false },
    levels: [
      { name: 'Member', role: 'Member' },
      { name: 'Regular', role: 'Moderator', conditions: { messages: 1 } },
      { name: 'Legend', role: 'Admin', conditions: { messages: 2 } },
    ],
  },
});

describe(`recognition level roles through discord.js (${testDialect})`, () => {
  const clock = new ManualClock(Date.UTC(2026, 2, 1, 12));
  const errors: string[] = [];
  let discord: DiscordTestServer;
  let app: RunningGuildhall;

  let running: GuildhallOnFakeDiscord;

  beforeAll(async () => {
    running = await startOnFakeDiscord({
      configText: config,
      clock,
      log: pino(
        { level: 'error' },
        { write: (line: string) => void errors.push((JSON.parse(line) as { msg: string }).msg) },
      ),
    });
    ({ discord, app } = running);
  });
  afterAll(async () => {
    await running.close();
  });

  /** Waits until the engine recorded and handled a message (the gateway delivers asynchronously). */
  async function handled(messageId: string): Promise<void> {
    const id = `discord:message.created:${messageId}`;
    for (let i = 0; i < 200; i += 1) {
      const row = await app.store.db
        .selectFrom('event_log')
        .select('handled_at')
        .where('id', '=', id)
        .executeTakeFirst();
      if (row?.handled_at != null) {
        await app.engine.settle();
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    throw new Error(`${id} was never handled`);
  }

  const post = (id: string, content: string) =>
    discord.dispatch(
      'MESSAGE_CREATE',
      loadFixture('message_create_1', {
        id,
        guild_id: G,
        channel_id: TEST_IDS.channels.general,
        content,
        author: { id: ADA, username: 'ada', discriminator: '0', global_name: 'Ada', avatar: null },
      }),
    );

  it('a member reaching a level gets its role and loses the previous level’s', async () => {
    discord.clearRequests();
    await post('1456000000000000101', 'here is how I fixed the build');
    const added = await discord.waitForRequest('PUT', `/guilds/${G}/members/${ADA}/roles/${moderator}`);
    expect(added.auditLogReason).toBe('Guildhall recognition: level Regular');
    const removed = await discord.waitForRequest('DELETE', `/guilds/${G}/members/${ADA}/roles/${member}`);
    expect(removed.auditLogReason).toBe('Guildhall recognition: level Regular');
    await app.engine.settle();
    expect(discord.requests.filter((r) => r.path.includes('/roles/')).map((r) => `${r.method} ${r.path}`)).toEqual([
      `PUT /guilds/${G}/members/${ADA}/roles/${moderator}`,
      `DELETE /guilds/${G}/members/${ADA}/roles/${member}`,
    ]);
  });

  it('messages that change no level send no role request', async () => {
    discord.clearRequests();
    clock.advance(60_000);
    await discord.dispatch(
      'MESSAGE_CREATE',
      loadFixture('message_create_1', {
        id: '1456000000000000102',
        guild_id: G,
        channel_id: TEST_IDS.channels.general,
        content: 'someone else',
      }),
    );
    await app.engine.settle();
    expect(discord.requests.filter((r) => r.path.includes('/roles/'))).toEqual([]);
  });

  it('a level role above the bot’s role is never requested: a clear error is logged, nothing removed', async () => {
    discord.clearRequests();
    await post('1456000000000000103', 'and one more thing');
    await handled('1456000000000000103');
    expect(discord.requests.filter((r) => r.path.includes('/roles/'))).toEqual([]);
    expect(discord.requestsTo('PUT', `/guilds/${G}/members/${ADA}/roles/${admin}`)).toEqual([]);
    expect(errors).toEqual([
      expect.stringMatching(
        /^cannot grant role "Admin": it is at or above Guildhall's highest role \(position 4 ≥ 3\)/,
      ),
    ]);
  });

  it('a thanks mentioning members the gateway described costs no member request, and skips the bot', async () => {
    discord.clearRequests();
    clock.advance(60_000);
    const BOT = TEST_IDS.botUserId;
    await discord.dispatch(
      'MESSAGE_CREATE',
      loadFixture('message_create_1', {
        id: '1456000000000000104',
        guild_id: G,
        channel_id: TEST_IDS.channels.general,
        content: `thanks <@${ADA}> and <@${BOT}>`,
        mentions: [
          { id: ADA, username: 'ada', discriminator: '0', avatar: null },
          { id: BOT, username: 'guildhall', discriminator: '0', avatar: null, bot: true },
        ],
      }),
    );
    await handled('1456000000000000104');
    expect(discord.requestsTo('GET', new RegExp(`/members/(${ADA}|${BOT})$`))).toEqual([]);
    const thanks = await app.store.db
      .selectFrom('event_log')
      .select('payload')
      .where('type', '=', 'recognition.thanks_given')
      .execute();
    expect(thanks.map((t) => (JSON.parse(t.payload) as { toUserId: string }).toUserId)).toEqual([ADA]);
  });
});
