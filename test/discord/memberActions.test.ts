import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { InvalidRequest } from '../../src/platform/PlatformError.js';
import { TIMEOUT_CAP_MS } from '../../src/platform/discord/memberActions.js';
import { connectDiscordPlatform, type ConnectedDiscordPlatform } from './connectDiscordPlatform.js';
import { discordError, TEST_IDS } from './DiscordTestServer.js';

const G = TEST_IDS.guildId;
const USER = TEST_IDS.memberUserId;
const MEMBER_PATH = `/guilds/${G}/members/${USER}`;
/** Members the gateway never described: read over REST. */
const NEWCOMER = '849000000000000560';
const LATECOMER = '849000000000000561';

describe('member actions', () => {
  let c: ConnectedDiscordPlatform;
  beforeAll(async () => {
    c = await connectDiscordPlatform();
  });
  afterAll(async () => {
    await c.close();
  });
  beforeEach(() => {
    c.discord.clearRequests();
  });

  it('addRole and removeRole PUT / DELETE the member role with the audit-log reason', async () => {
    await c.platform.addRole(G, USER, TEST_IDS.roles.moderator, 'promoted by @mira');
    await c.platform.removeRole(G, USER, TEST_IDS.roles.member, 'onboarding: role swap');
    expect(c.discord.requests.map((r) => [r.method, r.path, r.auditLogReason, r.body])).toEqual([
      ['PUT', `${MEMBER_PATH}/roles/${TEST_IDS.roles.moderator}`, 'promoted by @mira', undefined],
      ['DELETE', `${MEMBER_PATH}/roles/${TEST_IDS.roles.member}`, 'onboarding: role swap', undefined],
    ]);
  });

  it('timeoutMember PATCHes communication_disabled_until with the reason', async () => {
    const until = c.clock.now() + 60 * 60 * 1000;
    await c.platform.timeoutMember(G, USER, until, 'strike 2');
    const request = await c.discord.waitForRequest('PATCH', MEMBER_PATH);
    expect(request.body).toEqual({ communication_disabled_until: new Date(until).toISOString() });
    expect(request.auditLogReason).toBe('strike 2');
  });

  it('timeoutMember with null lifts the timeout', async () => {
    await c.platform.timeoutMember(G, USER, null, 'appeal accepted');
    const request = await c.discord.waitForRequest('PATCH', MEMBER_PATH);
    expect(request.body).toEqual({ communication_disabled_until: null });
  });

  it('timeoutMember accepts exactly 28 days and rejects more before any request', async () => {
    await expect(
      c.platform.timeoutMember(G, USER, c.clock.now() + TIMEOUT_CAP_MS + 1, 'too long'),
    ).rejects.toBeInstanceOf(InvalidRequest);
    expect(c.discord.requests).toEqual([]);
    await c.platform.timeoutMember(G, USER, c.clock.now() + TIMEOUT_CAP_MS, 'maximum');
    expect(c.discord.requestsTo('PATCH', MEMBER_PATH)).toHaveLength(1);
  });

  it('kickMember, banMember and unbanMember send the right requests with reasons', async () => {
    await c.platform.kickMember(G, USER, 'raid account');
    await c.platform.banMember(G, USER, { reason: 'third strike', deleteMessageSeconds: 86_400 });
    await c.platform.banMember(G, '849000000000000557', { reason: 'spam bot' });
    await c.platform.unbanMember(G, USER, 'appeal accepted');
    expect(c.discord.requests.map((r) => [r.method, r.path, r.auditLogReason, r.body])).toEqual([
      ['DELETE', MEMBER_PATH, 'raid account', undefined],
      ['PUT', `/guilds/${G}/bans/${USER}`, 'third strike', { delete_message_seconds: 86_400 }],
      ['PUT', `/guilds/${G}/bans/849000000000000557`, 'spam bot', { delete_message_seconds: 0 }],
      ['DELETE', `/guilds/${G}/bans/${USER}`, 'appeal accepted', undefined],
    ]);
  });

  it('banMember rejects deleting more than 7 days of messages before any request', async () => {
    await expect(c.platform.banMember(G, USER, { reason: 'x', deleteMessageSeconds: 604_801 })).rejects.toBeInstanceOf(
      InvalidRequest,
    );
    expect(c.discord.requests).toEqual([]);
  });

  it('reasons with non-ASCII characters reach Discord intact', async () => {
    await c.platform.kickMember(G, USER, 'Spam – wiederholt 🚫');
    const request = await c.discord.waitForRequest('DELETE', MEMBER_PATH);
    expect(request.auditLogReason).toBe('Spam – wiederholt 🚫');
  });

  it('fetchMember reads a member the gateway did not describe over REST, and null for someone not in the guild', async () => {
    const until = c.clock.now() + 3_600_000;
    c.discord.replyOnce('GET', `/guilds/${G}/members/${NEWCOMER}`, 200, {
      user: { id: NEWCOMER, username: 'ada', global_name: 'Ada', bot: false },
      nick: 'Ada L.',
      roles: [TEST_IDS.roles.member],
      joined_at: '2025-01-01T00:00:00.000000+00:00',
      communication_disabled_until: new Date(until).toISOString(),
    });
    expect(await c.platform.fetchMember(G, NEWCOMER)).toEqual({
      userId: NEWCOMER,
      username: 'ada',
      displayName: 'Ada L.',
      bot: false,
      roles: [TEST_IDS.roles.member],
      joinedAt: Date.UTC(2025, 0, 1),
      timeoutUntil: until,
    });
    c.discord.replyOnce('GET', `/guilds/${G}/members/849000000000000558`, 404, discordError(10007, 'Unknown Member'));
    expect(await c.platform.fetchMember(G, '849000000000000558')).toBeNull();
  });

  it('fetchMember reports an expired timeout as none', async () => {
    c.discord.replyOnce('GET', `/guilds/${G}/members/${LATECOMER}`, 200, {
      user: { id: LATECOMER, username: 'ada' },
      roles: [],
      joined_at: '2025-01-01T00:00:00.000000+00:00',
      communication_disabled_until: new Date(c.clock.now() - 1000).toISOString(),
    });
    const member = await c.platform.fetchMember(G, LATECOMER);
    expect(member?.timeoutUntil).toBeNull();
  });

  it('cuts reasons longer than Discord keeps (512 characters) instead of failing the action', async () => {
    await c.platform.kickMember(G, USER, `automod: ${'spam '.repeat(200)}`);
    const request = await c.discord.waitForRequest('DELETE', MEMBER_PATH);
    expect(request.auditLogReason).toHaveLength(512);
    expect(request.auditLogReason?.endsWith('…')).toBe(true);
  });
});
