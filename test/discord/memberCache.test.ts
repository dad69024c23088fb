import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ABSENT_MEMBER_TTL_MS } from '../../src/platform/discord/MemberCache.js';
import {
  connectDiscordPlatform,
  unstartedDiscordPlatform,
  type ConnectedDiscordPlatform,
} from './connectDiscordPlatform.js';
import { discordError, TEST_IDS } from './DiscordTestServer.js';
import { dispatchAndCollect } from './dispatchAndCollect.js';
import { newSnowflake } from './fakeDiscordApi.js';
import { loadFixture } from './fixtures.js';
import { gatewayMessage } from './gatewayMessage.js';

const G = TEST_IDS.guildId;
const ADA = TEST_IDS.memberUserId;
// guild_member_*_1.json: the bot "Oguri Cap".
const OGURI = '249608457672458240';
const STRANGER = '849000000000000570';
const memberPath = (userId: string): string => `/guilds/${G}/members/${userId}`;

describe('fetchMember is answered from the gateway-fed member cache', () => {
  let c: ConnectedDiscordPlatform;
  beforeEach(async () => {
    c = await connectDiscordPlatform();
    c.discord.clearRequests();
  });
  afterEach(async () => {
    await c.close();
  });

  it('a member from GUILD_CREATE costs no request', async () => {
    expect(await c.platform.fetchMember(G, ADA)).toEqual({
      userId: ADA,
      username: 'ada',
      displayName: 'Ada L.',
      bot: false,
      roles: [TEST_IDS.roles.member],
      joinedAt: Date.UTC(2025, 0, 1),
      timeoutUntil: null,
    });
    expect(c.discord.requests).toEqual([]);
  });

  it('answers exactly as Get Guild Member does', async () => {
    const unstarted = unstartedDiscordPlatform(c.discord, c.clock);
    try {
      expect(await c.platform.fetchMember(G, ADA)).toEqual(await unstarted.fetchMember(G, ADA));
      expect(c.discord.requestsTo('GET', memberPath(ADA))).toHaveLength(1);
    } finally {
      await unstarted.stop();
    }
  });

  it('GUILD_MEMBER_ADD, GUILD_MEMBER_UPDATE and GUILD_MEMBER_REMOVE keep it current without requests', async () => {
    await dispatchAndCollect(c, [['GUILD_MEMBER_ADD', loadFixture('guild_member_add_1', { guild_id: G })]]);
    expect(await c.platform.fetchMember(G, OGURI)).toMatchObject({ userId: OGURI, bot: true, roles: [] });
    await dispatchAndCollect(c, [
      [
        'GUILD_MEMBER_UPDATE',
        loadFixture('guild_member_update_1', {
          guild_id: G,
          roles: [TEST_IDS.roles.member],
          nick: 'Oguri',
          communication_disabled_until: new Date(c.clock.now() + 60_000).toISOString(),
        }),
      ],
    ]);
    expect(await c.platform.fetchMember(G, OGURI)).toMatchObject({
      displayName: 'Oguri',
      roles: [TEST_IDS.roles.member],
      timeoutUntil: c.clock.now() + 60_000,
    });
    c.clock.advance(60_000);
    expect((await c.platform.fetchMember(G, OGURI))?.timeoutUntil).toBeNull();
    await dispatchAndCollect(c, [['GUILD_MEMBER_REMOVE', loadFixture('guild_member_remove_1', { guild_id: G })]]);
    expect(await c.platform.fetchMember(G, OGURI)).toBeNull();
    expect(c.discord.requests).toEqual([]);
  });

  it('the member of a message or an interaction is cached', async () => {
    const author = { id: STRANGER, username: 'lin', discriminator: '0', global_name: 'Lin' };
    const message = gatewayMessage({ id: newSnowflake(), channelId: TEST_IDS.channels.general, author, content: 'hi' });
    const member = { roles: [TEST_IDS.roles.member], joined_at: '2025-03-01T00:00:00.000000+00:00', nick: null };
    await dispatchAndCollect(c, [['MESSAGE_CREATE', { ...message, guild_id: G, member }]]);
    expect(await c.platform.fetchMember(G, STRANGER)).toEqual({
      userId: STRANGER,
      username: 'lin',
      displayName: 'Lin',
      bot: false,
      roles: [TEST_IDS.roles.member],
      joinedAt: Date.UTC(2025, 2, 1),
      timeoutUntil: null,
    });
    // interaction_create_command.json: zeyla, with the Member role.
    await dispatchAndCollect(c, [['INTERACTION_CREATE', loadFixture('interaction_create_command', { guild_id: G })]]);
    expect(await c.platform.fetchMember(G, '114941315417899012')).toMatchObject({ displayName: 'Zeyla' });
    expect(c.discord.requestsTo('GET', /\/members\//)).toEqual([]);
  });

  it('a miss makes exactly one Get Guild Member; the next fetch makes none', async () => {
    c.discord.replyOnce('GET', memberPath(STRANGER), 200, {
      user: { id: STRANGER, username: 'lin' },
      roles: [],
      joined_at: '2025-03-01T00:00:00.000000+00:00',
    });
    const first = await c.platform.fetchMember(G, STRANGER);
    expect(first).toMatchObject({ userId: STRANGER, username: 'lin' });
    expect(await c.platform.fetchMember(G, STRANGER)).toEqual(first);
    expect(c.discord.requests.map((r) => [r.method, r.path])).toEqual([['GET', memberPath(STRANGER)]]);
  });

  it('someone not in the guild is null, remembered for a minute', async () => {
    c.discord.reply('GET', memberPath(STRANGER), 404, discordError(10007, 'Unknown Member'));
    expect(await c.platform.fetchMember(G, STRANGER)).toBeNull();
    expect(await c.platform.fetchMember(G, STRANGER)).toBeNull();
    expect(c.discord.requestsTo('GET', memberPath(STRANGER))).toHaveLength(1);
    c.clock.advance(ABSENT_MEMBER_TTL_MS);
    expect(await c.platform.fetchMember(G, STRANGER)).toBeNull();
    expect(c.discord.requestsTo('GET', memberPath(STRANGER))).toHaveLength(2);
  });

  it("Guildhall's own role, timeout and kick writes show up in the next read, before any gateway echo", async () => {
    await c.platform.addRole(G, ADA, TEST_IDS.roles.moderator, 'promoted');
    expect((await c.platform.fetchMember(G, ADA))?.roles).toEqual([TEST_IDS.roles.member, TEST_IDS.roles.moderator]);
    await c.platform.removeRole(G, ADA, TEST_IDS.roles.member, 'swap');
    const until = c.clock.now() + 3_600_000;
    await c.platform.timeoutMember(G, ADA, until, 'strike');
    expect(await c.platform.fetchMember(G, ADA)).toMatchObject({
      roles: [TEST_IDS.roles.moderator],
      timeoutUntil: until,
    });
    await c.platform.kickMember(G, ADA, 'raid');
    expect(await c.platform.fetchMember(G, ADA)).toBeNull();
    expect(c.discord.requestsTo('GET', /\/members\//)).toEqual([]);
  });

  it('after GUILD_DELETE (guild unavailable) reads go over REST until the next GUILD_CREATE', async () => {
    await dispatchAndCollect(c, [['GUILD_DELETE', { id: G, unavailable: true }]]);
    await c.platform.fetchMember(G, ADA);
    expect(c.discord.requestsTo('GET', memberPath(ADA))).toHaveLength(1);
  });
});
