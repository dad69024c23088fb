import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGuildhall, type RunningGuildhall } from '../../src/app/startGuildhall.js';
import { ManualClock } from '../../src/core/Clock.js';
import { silentLogger } from '../../src/core/Logger.js';
import { moderationDb } from '../../src/modules/moderation/ModerationTables.js';
import { startDiscordTestServer, TEST_IDS, type DiscordTestServer } from '../discord/DiscordTestServer.js';
import { bodyObject, newSnowflake } from '../discord/fakeDiscordApi.js';
import type { FixtureObject } from '../discord/fixtures.js';
import { dropSchema, testDialect, testPostgresUrl } from '../testStore.js';
import { communityYaml } from './moderationCommunity.js';

/**
 * The whole of Guildhall on the fake Discord with `automod.native` on: the rules synced at
 * start through the real discord.js client, and a native block counted once.
 */
const G = TEST_IDS.guildId;
const C = TEST_IDS.channels;
const RULES = `/guilds/${G}/auto-moderation/rules`;
const ADA = TEST_IDS.memberUserId;

const config = communityYaml({
  community: { name: 'Guildhall Test', guildId: G },
  automod: { exemptChannels: ['welcome'], native: { enabled: true, alertChannel: 'welcome' } },
  moderation: { modLogChannel: 'welcome' },
});

/** Answers the auto-moderation endpoints like Discord, keeping the rules in `rules`. */
function serveAutoModeration(discord: DiscordTestServer, rules: FixtureObject[]): void {
  discord.route('GET', RULES, () => ({ status: 200, body: rules }));
  discord.route('POST', RULES, (request) => {
    const rule = { id: newSnowflake(), guild_id: G, creator_id: TEST_IDS.botUserId, ...bodyObject(request.body) };
    rules.push(rule);
    return { status: 200, body: rule };
  });
}

describe(`native AutoMod with Guildhall on discord.js (${testDialect})`, () => {
  const clock = new ManualClock(Date.UTC(2026, 2, 1, 12));
  const dir = mkdtempSync(join(tmpdir(), 'guildhall-native-'));
  const schema = `native_${randomBytes(5).toString('hex')}`;
  const rules: FixtureObject[] = [];
  let discord: DiscordTestServer;
  let app: RunningGuildhall;

  const start = (): Promise<RunningGuildhall> =>
    startGuildhall({
      configText: config.replace(/name: Test Community\n/, ''),
      ...(testDialect === 'postgres'
        ? { databaseUrl: testPostgresUrl, databaseSchema: schema }
        : { databaseUrl: join(dir, 'guildhall.sqlite') }),
      port: 0,
      env: { DISCORD_TOKEN: discord.token, DISCORD_API_URL: discord.apiUrl },
      log: silentLogger(),
      clock,
      runScheduler: false,
    });

  beforeAll(async () => {
    discord = await startDiscordTestServer({ transport: 'mock-agent' });
    serveAutoModeration(discord, rules);
    app = await start();
  });
  afterAll(async () => {
    await app.stop();
    await discord.close();
    rmSync(dir, { recursive: true, force: true });
    if (testDialect === 'postgres') await dropSchema(schema);
  });

  it('the first start creates the word-filter and mention rules; a restart only lists them', async () => {
    const posts = discord.requestsTo('POST', RULES);
    expect(posts.map((p) => bodyObject(p.body).name)).toEqual([
      'Guildhall: Scam message (scam-phrases)',
      'Guildhall: Mention spam (mention-spam)',
    ]);
    expect(bodyObject(posts[1]?.body)).toMatchObject({
      event_type: 1,
      trigger_type: 5,
      trigger_metadata: { mention_total_limit: 5, mention_raid_protection_enabled: false },
      actions: [
        { type: 1, metadata: {} },
        { type: 2, metadata: { channel_id: C.welcome } },
      ],
      enabled: true,
      exempt_channels: [C.welcome],
    });
    expect(new Set(bodyObject(posts[1]?.body).exempt_roles as string[])).toEqual(
      new Set([TEST_IDS.roles.admin, TEST_IDS.roles.moderator]),
    );
    expect(posts.map((p) => p.auditLogReason)).toEqual(
      Array(2).fill('Guildhall automod: native AutoMod rules follow community.yaml'),
    );

    await app.stop();
    discord.clearRequests();
    app = await start();
    expect(discord.requests.filter((r) => r.path.startsWith(RULES)).map((r) => `${r.method} ${r.path}`)).toEqual([
      `GET ${RULES}`,
    ]);
  });

  it('a blocked message reported three times (block, alert, timeout) opens one case and posts it once', async () => {
    discord.clearRequests();
    const ruleId = String(rules[0]?.id);
    const execution = (action: FixtureObject, extra: FixtureObject = {}): FixtureObject => ({
      guild_id: G,
      action,
      rule_id: ruleId,
      rule_trigger_type: 1,
      user_id: ADA,
      channel_id: C.general,
      content: 'free nitro, click fast',
      matched_keyword: 'free nitro',
      matched_content: 'free nitro',
      ...extra,
    });
    await discord.dispatch('AUTO_MODERATION_ACTION_EXECUTION', execution({ type: 1, metadata: {} }));
    await discord.dispatch(
      'AUTO_MODERATION_ACTION_EXECUTION',
      execution({ type: 2, metadata: { channel_id: C.welcome } }, { alert_system_message_id: newSnowflake() }),
    );
    await discord.dispatch(
      'AUTO_MODERATION_ACTION_EXECUTION',
      execution({ type: 3, metadata: { duration_seconds: 60 } }),
    );
    await discord.waitForRequest('POST', `/channels/${C.welcome}/messages`);
    await app.engine.settle();

    const cases = await moderationDb(app.store.db).selectFrom('moderation_cases').selectAll().execute();
    expect(cases.map((row) => [row.user_id, row.rule_id, row.action, row.strike])).toEqual([
      [ADA, 'scam-phrases', 'warn', 1],
    ]);
    const caseEmbeds = discord
      .requestsTo('POST', `/channels/${C.welcome}/messages`)
      .flatMap((r) => (r.body as { embeds?: { title?: string }[] }).embeds ?? []);
    expect(caseEmbeds.map((e) => e.title)).toEqual(['Case #1 · Warning']);
    // Nothing to delete: Discord never posted the message.
    expect(discord.requestsTo('DELETE', /^\/channels\/\d+\/messages\/\d+$/)).toEqual([]);
  });
});
