import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/core/Clock.js';
import { onboardingDb } from '../../src/modules/onboarding/OnboardingTables.js';
import { messageNonce } from '../../src/platform/messageNonce.js';
import { startOnFakeDiscord, type GuildhallOnFakeDiscord } from '../app/startOnFakeDiscord.js';
import { communityYaml } from '../automod/moderationCommunity.js';
import { testDialect } from '../testStore.js';
import { TEST_IDS, discordError } from './DiscordTestServer.js';
import { loadFixture } from './fixtures.js';

/**
 * A due journey step for a member who opted in to DMs, through the real discord.js client:
 * when Discord answers 50007 (DMs closed) to the DM channel's creation or to the message, the
 * step goes to the journey channel with a mention of the member, and to no one else.
 */
const G = TEST_IDS.guildId;
const WELCOME = TEST_IDS.channels.welcome;

const config = communityYaml({
  community: { name: 'Test Guild', guildId: G },
  onboarding: {
    newcomerRole: 'Member',
    reengagement: { enabled: false },
    journey: [{ id: 'hello', after: '1m', message: 'Hello {member}, welcome to {community}.' }],
  },
});

const MEMBERS = { closedOnCreate: '860000000000000001', closedOnMessage: '860000000000000002' } as const;

describe(`journey DMs fall back to the channel on 50007 through discord.js (${testDialect})`, () => {
  const clock = new ManualClock(Date.UTC(2026, 2, 1, 12));
  let running: GuildhallOnFakeDiscord;

  beforeAll(async () => {
    running = await startOnFakeDiscord({ configText: config, clock });
  });
  afterAll(async () => {
    await running.close();
  });

  /** The member joins (real GUILD_MEMBER_ADD payload) and opts in with `/onboarding dms allowed:True`. */
  async function joinAndOptIn(userId: string, username: string): Promise<void> {
    const { discord, app } = running;
    discord.clearRequests();
    const joinedAt = new Date(clock.now()).toISOString().replace('Z', '000+00:00');
    const join = loadFixture('guild_member_add_1', { guild_id: G, joined_at: joinedAt });
    join.user = { id: userId, username, discriminator: '0', global_name: null, avatar: null, bot: false };
    await discord.dispatch('GUILD_MEMBER_ADD', join);
    await discord.waitForRequest('POST', `/channels/${WELCOME}/messages`);
    const command = loadFixture('interaction_create_command', { id: `${userId}7`, token: `optin-${username}` });
    command.data = {
      id: '1444840420147204097',
      name: 'onboarding',
      type: 1,
      guild_id: G,
      options: [{ name: 'dms', type: 1, options: [{ name: 'allowed', type: 5, value: true }] }],
    };
    command.member = {
      user: { id: userId, username, discriminator: '0', global_name: null, avatar: null },
      roles: [TEST_IDS.roles.member],
      joined_at: joinedAt,
      deaf: false,
      mute: false,
      pending: false,
      permissions: '2248473465835073',
    };
    await discord.dispatch('INTERACTION_CREATE', command);
    const callback = await discord.waitForRequest('POST', `/interactions/${userId}7/optin-${username}/callback`);
    expect(callback.body).toMatchObject({ type: 4, data: { flags: 64 } });
    await app.engine.settle();
  }

  /** Runs the step when due and returns what Discord received for it. */
  async function runDueStep(userId: string): Promise<{ joinEventId: string }> {
    const { discord, app } = running;
    discord.clearRequests();
    clock.advance(60_000);
    await app.scheduler.runDue();
    await app.engine.settle();
    const row = await onboardingDb(app.store.db)
      .selectFrom('onboarding_members')
      .select('join_event_id')
      .where('user_id', '=', userId)
      .executeTakeFirstOrThrow();
    return { joinEventId: row.join_event_id };
  }

  function expectedFallback(userId: string, joinEventId: string): unknown {
    return {
      content: `<@${userId}> Hello <@${userId}>, welcome to Test Guild.`,
      components: [
        {
          type: 1,
          components: [
            { type: 2, style: 2, custom_id: `onboarding:journey:stop:${userId}`, label: 'Stop these tips' },
            { type: 2, style: 2, custom_id: `onboarding:journey:dms-off:${userId}`, label: 'No more DMs' },
          ],
        },
      ],
      allowed_mentions: { parse: [], users: [userId] },
      nonce: messageNonce(`onboarding:journey:${joinEventId}:hello`),
      enforce_nonce: true,
    };
  }

  it('Create DM answering 50007: the step is posted in the journey channel with a mention, once', async () => {
    const { discord, app } = running;
    const userId = MEMBERS.closedOnCreate;
    await joinAndOptIn(userId, 'closedcreate');
    discord.replyOnce('POST', '/users/@me/channels', 403, discordError(50007, 'Cannot send messages to this user'));
    const { joinEventId } = await runDueStep(userId);
    const [dm] = discord.requestsTo('POST', '/users/@me/channels');
    expect(dm?.body).toEqual({ recipient_id: userId });
    const posts = discord.requestsTo('POST', `/channels/${WELCOME}/messages`);
    expect(posts.map((p) => ({ method: p.method, path: p.path, body: p.body }))).toEqual([
      { method: 'POST', path: `/channels/${WELCOME}/messages`, body: expectedFallback(userId, joinEventId) },
    ]);
    const events = await app.store.db
      .selectFrom('event_log')
      .select('payload')
      .where('type', '=', 'onboarding.step_sent')
      .execute();
    expect(events.map((e) => JSON.parse(e.payload) as unknown)).toContainEqual({
      userId,
      stepId: 'hello',
      via: 'channel',
      fellBack: true,
    });
  });

  it('Create Message in the DM channel answering 50007: the same fallback request to the channel', async () => {
    const { discord } = running;
    const userId = MEMBERS.closedOnMessage;
    await joinAndOptIn(userId, 'closedmessage');
    const dmChannel = '860000000000000099';
    discord.replyOnce('POST', '/users/@me/channels', 200, { id: dmChannel, type: 1, recipients: [{ id: userId }] });
    discord.replyOnce(
      'POST',
      `/channels/${dmChannel}/messages`,
      403,
      discordError(50007, 'Cannot send messages to this user'),
    );
    const { joinEventId } = await runDueStep(userId);
    expect(discord.requestsTo('POST', `/channels/${dmChannel}/messages`)).toHaveLength(1);
    const posts = discord.requestsTo('POST', `/channels/${WELCOME}/messages`);
    expect(posts.map((p) => ({ method: p.method, path: p.path, body: p.body }))).toEqual([
      { method: 'POST', path: `/channels/${WELCOME}/messages`, body: expectedFallback(userId, joinEventId) },
    ]);
  });
});
