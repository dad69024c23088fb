import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningGuildhall } from '../../src/app/startGuildhall.js';
import { ManualClock } from '../../src/core/Clock.js';
import { TEST_IDS, type DiscordTestServer } from '../discord/DiscordTestServer.js';
import { loadFixture, type FixtureObject } from '../discord/fixtures.js';
import { gatewayMessage, inDirectMessage } from '../discord/gatewayMessage.js';
import { testDialect } from '../testStore.js';
import { communityYaml } from './moderationCommunity.js';
import { startOnFakeDiscord, type GuildhallOnFakeDiscord } from '../app/startOnFakeDiscord.js';

/**
 * Automod and moderation through the real discord.js client against the fake Discord:
 * gateway messages and interactions in, the exact REST requests out.
 */
const G = TEST_IDS.guildId;
const C = TEST_IDS.channels;
const ADA = TEST_IDS.memberUserId; // role Member
const MOD = '849000000000000030'; // a moderator running commands (role Moderator in the interaction)
const START = Date.UTC(2026, 2, 1, 12);

const config = communityYaml({
  community: { name: 'Test Guild', guildId: G },
  onboarding: { newcomerRole: 'Member' },
  automod: { exemptChannels: ['welcome'] },
  moderation: { modLogChannel: 'welcome' },
});

describe(`automod and moderation through discord.js (${testDialect})`, () => {
  const clock = new ManualClock(START);
  let discord: DiscordTestServer;
  let app: RunningGuildhall;
  let messageSeq = 0;
  let interactionSeq = 0;

  let running: GuildhallOnFakeDiscord;

  beforeAll(async () => {
    running = await startOnFakeDiscord({ configText: config.replace(/name: Test Community\n/, ''), clock });
    ({ discord, app } = running);
  });
  afterAll(async () => {
    await running.close();
  });

  async function post(channelId: string, content: string, author = ADA): Promise<string> {
    messageSeq += 1;
    const id = `1457000000000000${String(100 + messageSeq)}`;
    await discord.dispatch(
      'MESSAGE_CREATE',
      loadFixture('message_create_1', {
        id,
        guild_id: G,
        channel_id: channelId,
        content,
        timestamp: new Date(clock.now()).toISOString(),
        author: { id: author, username: 'ada', discriminator: '0', avatar: null },
      }),
    );
    return id;
  }

  async function waitForRequests(method: string, path: string, count: number): Promise<void> {
    const deadline = Date.now() + 5_000;
    while (discord.requestsTo(method, path).length < count) {
      if (Date.now() > deadline) throw new Error(`waited for ${count} ${method} ${path}`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  async function command(name: string, options: FixtureObject[]): Promise<unknown> {
    interactionSeq += 1;
    const interaction = loadFixture('interaction_create_command', {
      id: `14570000000000${String(10_000 + interactionSeq)}`,
    });
    interaction.data = { id: '1444840420147204097', name, type: 1, guild_id: G, options };
    interaction.member = {
      user: { id: MOD, username: 'mod', discriminator: '0', global_name: 'Mod', avatar: null },
      roles: [TEST_IDS.roles.moderator],
      joined_at: '2024-01-01T00:00:00.000000+00:00',
      deaf: false,
      mute: false,
      pending: false,
      permissions: '1099511627775',
    };
    await discord.dispatch('INTERACTION_CREATE', interaction);
    const callback = await discord.waitForRequest(
      'POST',
      `/interactions/${String(interaction.id)}/${String(interaction.token)}/callback`,
    );
    return (callback.body as { data?: { content?: string } }).data?.content;
  }

  it('registers the moderation commands with the guild', () => {
    const [put] = discord.requestsTo('PUT', `/applications/${TEST_IDS.applicationId}/guilds/${G}/commands`);
    const names = (put?.body as { name: string }[]).map((c) => c.name);
    expect(names).toEqual(
      expect.arrayContaining(['warn', 'timeout', 'ban', 'unban', 'case', 'history', 'lockdown', 'appeal']),
    );
  });

  it('a message in 3 channels: every copy deleted, the member timed out, told, and the case posted', async () => {
    discord.clearRequests();
    const spam = 'Free crypto course in my DMs, only today, hurry up';
    const ids = [await post(C.general, spam), await post(C.announcements, spam), await post(C.voice, spam)];
    // Gateway dispatches arrive asynchronously: wait for the alert, the last request of the case.
    await discord.waitForRequest('POST', `/channels/${C.welcome}/messages`);
    await waitForRequests('POST', `/channels/${C.welcome}/messages`, 2);
    await app.engine.settle();
    const deletes = discord.requestsTo('DELETE', /^\/channels\/\d+\/messages\/\d+$/);
    expect(deletes.map((d) => d.path)).toEqual([
      `/channels/${C.general}/messages/${ids[0]}`,
      `/channels/${C.announcements}/messages/${ids[1]}`,
      `/channels/${C.voice}/messages/${ids[2]}`,
    ]);
    expect(deletes.map((d) => d.auditLogReason)).toEqual(
      Array(3).fill('Guildhall automod: Same message in several channels'),
    );
    const [timeout] = discord.requestsTo('PATCH', `/guilds/${G}/members/${ADA}`);
    expect(timeout?.body).toEqual({ communication_disabled_until: new Date(START + 3_600_000).toISOString() });
    expect(timeout?.auditLogReason).toBe(
      'Case #1: Same message in several channels: same message in 3 channels within 60 s',
    );
    const dm = discord.requestsTo('POST', '/users/@me/channels');
    expect(dm.map((r) => r.body)).toEqual([{ recipient_id: ADA }]);
    const posts = discord.requestsTo('POST', `/channels/${C.welcome}/messages`);
    const embed = (posts[0]?.body as { embeds?: { title?: string }[] }).embeds?.[0];
    expect(embed?.title).toBe('Case #1 · Timeout (1 hour)');
    expect((posts[1]?.body as { content?: string }).content).toContain(`<@&${TEST_IDS.roles.moderator}>`);
    // The alert pings the moderator role and nothing else.
    expect((posts[1]?.body as { allowed_mentions?: unknown }).allowed_mentions).toEqual({
      parse: [],
      roles: [TEST_IDS.roles.moderator],
    });
  });

  it('/ban by a moderator: the ban request with message deletion and reason, and the lift after 7 days', async () => {
    discord.clearRequests();
    const reply = await command('ban', [
      { name: 'member', type: 6, value: ADA },
      { name: 'reason', type: 3, value: 'repeated spam' },
      { name: 'duration', type: 3, value: '7d' },
      { name: 'delete_messages', type: 3, value: '1d' },
    ]);
    expect(reply).toBe(`Case #2: <@${ADA}> is banned for 7 days (lifted automatically).`);
    const [ban] = discord.requestsTo('PUT', `/guilds/${G}/bans/${ADA}`);
    expect(ban?.body).toEqual({ delete_message_seconds: 86_400 });
    expect(ban?.auditLogReason).toBe('Case #2: repeated spam');
    // The member is told before the ban, while a DM can still reach them.
    const order = discord.requests.map((r) => `${r.method} ${r.path}`);
    expect(order.indexOf('POST /users/@me/channels')).toBeLessThan(order.indexOf(`PUT /guilds/${G}/bans/${ADA}`));

    discord.clearRequests();
    clock.advance(7 * 86_400_000);
    expect(await app.scheduler.runDue()).toBeGreaterThanOrEqual(1);
    await app.engine.settle();
    const [unban] = discord.requestsTo('DELETE', `/guilds/${G}/bans/${ADA}`);
    expect(unban?.auditLogReason).toBe('Case #2: temporary ban ended');
  });

  it('a raid of 10 joins in 10 s: slowmode on the public channels, verification raised and invites paused, all lifted by the scheduler 15 calm minutes later', async () => {
    discord.clearRequests();
    const at = clock.now();
    for (let i = 0; i < 10; i++) {
      const join = loadFixture('guild_member_add_1', {
        guild_id: G,
        joined_at: new Date(at + i * 500).toISOString(),
        user: { id: `8490000000000005${String(10 + i)}`, username: `raider${i}`, discriminator: '0', avatar: null },
      });
      await discord.dispatch('GUILD_MEMBER_ADD', join);
    }
    // welcome is the mod-log here; voice channels have no slowmode; the rest of the guild is public.
    await waitForRequests('PATCH', `/channels/${C.forum}`, 1);
    await app.engine.settle();
    for (const channel of [C.general, C.announcements, C.forum]) {
      const [patch] = discord.requestsTo('PATCH', `/channels/${channel}`);
      expect(patch?.body).toEqual({ rate_limit_per_user: 30 });
      expect(patch?.auditLogReason).toMatch(/^Guildhall lockdown: Raid: 10 joins in 10 s/);
    }
    // The test guild is at "low" (1): raised to "high" (3), invites paused until the lockdown's end.
    const raised = discord.requestsTo('PATCH', `/guilds/${G}`);
    expect(raised.map((r) => r.body)).toEqual([{ verification_level: 3 }]);
    expect(raised[0]?.auditLogReason).toMatch(/^Guildhall lockdown: Raid: 10 joins in 10 s/);
    const paused = discord.requestsTo('PUT', `/guilds/${G}/incident-actions`);
    expect(paused).toHaveLength(1);
    const pausedUntil = Date.parse((paused[0]?.body as { invites_disabled_until: string }).invites_disabled_until);
    expect(pausedUntil).toBe(clock.now() + 15 * 60_000);
    expect(paused[0]?.auditLogReason).toMatch(/^Guildhall lockdown: Raid: 10 joins in 10 s/);
    // Onboarding gave each of them the newcomer role meanwhile: the modules do not block each other.
    expect(
      discord.requestsTo('PUT', new RegExp(`^/guilds/${G}/members/\\d+/roles/${TEST_IDS.roles.member}$`)),
    ).toHaveLength(10);

    discord.clearRequests();
    clock.set(at + 4_500 + 15 * 60_000);
    await app.scheduler.runDue();
    await app.engine.settle();
    for (const channel of [C.general, C.announcements, C.forum]) {
      const [patch] = discord.requestsTo('PATCH', `/channels/${channel}`);
      expect(patch?.body).toEqual({ rate_limit_per_user: 0 });
    }
    expect(discord.requestsTo('PATCH', `/guilds/${G}`).map((r) => r.body)).toEqual([{ verification_level: 1 }]);
    expect(discord.requestsTo('PUT', `/guilds/${G}/incident-actions`).map((r) => r.body)).toEqual([
      { invites_disabled_until: null, dms_disabled_until: null },
    ]);
  });

  it('refuses to act on the owner without any request to Discord', async () => {
    discord.clearRequests();
    const reply = await command('timeout', [
      { name: 'member', type: 6, value: TEST_IDS.ownerId },
      { name: 'duration', type: 3, value: '1h' },
      { name: 'reason', type: 3, value: 'no' },
    ]);
    expect(reply).toBe('The server owner cannot be moderated.');
    expect(discord.requests.filter((r) => r.method !== 'POST' || !r.path.startsWith('/interactions/'))).toEqual([]);
  });

  it('a banned member presses Appeal on the DM notice: Discord gets the form (a modal), then the appeal is filed and the moderators pinged', async () => {
    discord.clearRequests();
    const reply = await command('ban', [
      { name: 'member', type: 6, value: ADA },
      { name: 'reason', type: 3, value: 'scam link' },
    ]);
    const caseId = /^Case #(\d+):/.exec(String(reply))?.[1] ?? '';
    expect(caseId).not.toBe('');
    const opened = discord.requestsTo('POST', '/users/@me/channels');
    expect(opened.map((r) => r.body)).toEqual([{ recipient_id: ADA }]);
    const guildChannels = new Set<string>(Object.values(C));
    const [notice] = discord
      .requestsTo('POST', /^\/channels\/\d+\/messages$/)
      .filter((r) => !guildChannels.has(r.path.split('/')[2] ?? ''));
    const dmChannel = notice?.path.split('/')[2] ?? '';
    expect(notice?.body).toEqual({
      content: expect.stringContaining(
        `Case #${caseId}. If you think this is a mistake, press the **Appeal** button below`,
      ) as string,
      components: [
        {
          type: 1,
          components: [
            { type: 2, style: 2, label: `Appeal case #${caseId}`, custom_id: `moderation:appeal:${caseId}` },
          ],
        },
      ],
      allowed_mentions: { parse: [] },
      // Keyed by the case: a re-run after a crash is delivered once.
      nonce: expect.any(String) as string,
      enforce_nonce: true,
    });

    // After the ban: Discord sends the click from the DM, with `user` and no guild.
    discord.clearRequests();
    const ada = { id: ADA, username: 'ada', discriminator: '0', global_name: 'Ada', avatar: null };
    const dmInteraction = (id: string, type: number, data: FixtureObject): FixtureObject =>
      inDirectMessage(loadFixture('interaction_create_command', { id, type, data }), ada, dmChannel);
    const click = dmInteraction('1457000000000020001', 3, {
      custom_id: `moderation:appeal:${caseId}`,
      component_type: 2,
    });
    click.message = gatewayMessage({
      id: '1457000000000020000',
      channelId: dmChannel,
      author: { id: TEST_IDS.botUserId, username: 'Guildhall', discriminator: '0', avatar: null, bot: true },
      content: 'You have been banned.',
      timestamp: new Date(clock.now()).toISOString(),
      components: (notice?.body as { components: unknown }).components,
    });
    await discord.dispatch('INTERACTION_CREATE', click);
    const form = await discord.waitForRequest(
      'POST',
      `/interactions/${String(click.id)}/${String(click.token)}/callback`,
    );
    expect(form.body).toEqual({
      type: 9,
      data: {
        custom_id: `moderation:appeal-form:${caseId}`,
        title: `Appeal case #${caseId}`,
        components: [
          {
            type: 18,
            label: 'What happened, from your side?',
            component: {
              type: 4,
              custom_id: 'statement',
              style: 2,
              required: true,
              min_length: 10,
              max_length: 1500,
              placeholder: 'Moderators read this and decide with a reason.',
            },
          },
        ],
      },
    });

    const submitted = dmInteraction('1457000000000020002', 5, {
      custom_id: `moderation:appeal-form:${caseId}`,
      components: [
        {
          type: 18,
          id: 1,
          component: { type: 4, id: 2, custom_id: 'statement', value: 'My account was stolen that day.' },
        },
      ],
    });
    await discord.dispatch('INTERACTION_CREATE', submitted);
    const answer = await discord.waitForRequest(
      'POST',
      `/interactions/${String(submitted.id)}/${String(submitted.token)}/callback`,
    );
    expect(answer.body).toEqual({
      type: 4,
      data: {
        content: expect.stringMatching(
          new RegExp(`^Appeal #\\d+ of case #${caseId} is with the moderators\\.`),
        ) as string,
        allowed_mentions: { parse: [] },
        flags: 64,
      },
    });
    await app.engine.settle();
    const alert = discord
      .requestsTo('POST', `/channels/${C.welcome}/messages`)
      .map((r) => r.body as { content: string; allowed_mentions: unknown })
      .find((b) => b.content.includes(`of case #${caseId} by <@${ADA}>`));
    expect(alert?.content).toContain('“My account was stolen that day.”');
    expect(alert?.allowed_mentions).toEqual({ parse: [], roles: [TEST_IDS.roles.moderator] });
  });
});
