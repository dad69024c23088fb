import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { snowflakeTime } from '../../src/platform/discord/snowflakeTime.js';
import { connectDiscordPlatform, type ConnectedDiscordPlatform } from './connectDiscordPlatform.js';
import { dispatchAndCollect } from './dispatchAndCollect.js';
import { loadFixture } from './fixtures.js';
import { TEST_IDS } from './testGuild.js';

const G = TEST_IDS.guildId;
// guild_member_*_1.json: the bot "Oguri Cap", joined 2017-04-15T22:09:16.110563Z.
const OGURI = '249608457672458240';
const OGURI_JOINED = Date.parse('2017-04-15T22:09:16.110563+00:00');

describe('member events from the gateway', () => {
  let c: ConnectedDiscordPlatform;
  beforeAll(async () => {
    c = await connectDiscordPlatform();
  });
  afterAll(async () => {
    await c.close();
  });

  it('GUILD_MEMBER_ADD becomes member.joined with a join-time id, the same on redelivery', async () => {
    const add = loadFixture('guild_member_add_1', { guild_id: G });
    const events = await dispatchAndCollect(c, [
      ['GUILD_MEMBER_ADD', add],
      ['GUILD_MEMBER_ADD', add],
    ]);
    const id = `discord:member.joined:${G}:${OGURI}:${OGURI_JOINED}`;
    expect(events.map((e) => e.id)).toEqual([id, id]);
    expect(events[0]).toEqual({
      id,
      type: 'member.joined',
      guildId: G,
      occurredAt: OGURI_JOINED,
      source: 'discord',
      payload: {
        userId: OGURI,
        username: 'Oguri Cap',
        displayName: 'Oguri Cap',
        bot: true,
        joinedAt: OGURI_JOINED,
        accountCreatedAt: snowflakeTime(OGURI),
        roles: [],
      },
    });
  });

  it('GUILD_MEMBER_UPDATE becomes member.updated with the cached roles as previousRoles; a redelivery changes nothing', async () => {
    const update = loadFixture('guild_member_update_1', { guild_id: G, roles: [TEST_IDS.roles.member], nick: 'Oguri' });
    const events = await dispatchAndCollect(c, [
      ['GUILD_MEMBER_UPDATE', update],
      ['GUILD_MEMBER_UPDATE', update],
    ]);
    expect(events).toHaveLength(1);
    expect(events[0]?.id).toMatch(new RegExp(`^discord:member\\.updated:${G}:${OGURI}:[0-9a-f]{16}$`));
    expect(events[0]?.payload).toEqual({
      userId: OGURI,
      roles: [TEST_IDS.roles.member],
      previousRoles: [],
      nickname: 'Oguri',
      pending: false,
    });
  });

  it('a role Guildhall gave is still a change when the gateway reports it: previousRoles are what the gateway said before', async () => {
    const user = { id: '849000000000000557', username: 'ada', discriminator: '0' };
    const add = loadFixture('guild_member_add_1', { guild_id: G, user, roles: [TEST_IDS.roles.member] });
    await dispatchAndCollect(c, [['GUILD_MEMBER_ADD', add]]);
    await c.platform.addRole(G, user.id, TEST_IDS.roles.moderator, 'promoted');
    // The adapter notes its own write for reads (no request)…
    expect((await c.platform.fetchMember(G, user.id))?.roles).toEqual([
      TEST_IDS.roles.member,
      TEST_IDS.roles.moderator,
    ]);
    // …but the gateway's GUILD_MEMBER_UPDATE is compared with what the gateway said before.
    const update = loadFixture('guild_member_update_1', {
      guild_id: G,
      user,
      roles: [TEST_IDS.roles.member, TEST_IDS.roles.moderator],
    });
    const [event] = await dispatchAndCollect(c, [['GUILD_MEMBER_UPDATE', update]]);
    expect(event?.payload).toMatchObject({
      userId: user.id,
      previousRoles: [TEST_IDS.roles.member],
      roles: [TEST_IDS.roles.member, TEST_IDS.roles.moderator].sort(),
    });
  });

  it('a member first seen reacting is compared with what the reaction said of them', async () => {
    const user = { id: '849000000000000558', username: 'bo', discriminator: '0' };
    const reaction = loadFixture('message_reaction_add_1', {
      guild_id: G,
      user_id: user.id,
      member: { user, roles: [TEST_IDS.roles.member], joined_at: '2024-03-01T10:00:00.000000+00:00', nick: 'Bo' },
    });
    const update = loadFixture('guild_member_update_1', { guild_id: G, user, roles: [], nick: 'Bo' });
    const events = await dispatchAndCollect(c, [
      ['MESSAGE_REACTION_ADD', reaction],
      ['GUILD_MEMBER_UPDATE', update],
    ]);
    const updated = events.find((e) => e.type === 'member.updated');
    expect(updated?.payload).toMatchObject({ userId: user.id, previousRoles: [TEST_IDS.roles.member], roles: [] });
  });

  it('member.updated of a member discord.js never saw has previousRoles null', async () => {
    const update = loadFixture('guild_member_update_1', {
      guild_id: G,
      roles: [TEST_IDS.roles.moderator],
      user: { id: '849000000000000555', username: 'stranger', discriminator: '0' },
    });
    const [event] = await dispatchAndCollect(c, [['GUILD_MEMBER_UPDATE', update]]);
    expect(event?.payload).toMatchObject({ previousRoles: null, roles: [TEST_IDS.roles.moderator], nickname: null });
  });

  it('GUILD_MEMBER_REMOVE of a cached member is keyed by their join time, also on redelivery after the cache dropped them', async () => {
    const remove = loadFixture('guild_member_remove_1', { guild_id: G });
    const events = await dispatchAndCollect(c, [
      ['GUILD_MEMBER_REMOVE', remove],
      ['GUILD_MEMBER_REMOVE', remove],
    ]);
    const id = `discord:member.left:${G}:${OGURI}:j${OGURI_JOINED}`;
    expect(events.map((e) => e.id)).toEqual([id, id]);
    expect(events[0]?.payload).toEqual({ userId: OGURI, username: 'Oguri Cap' });
  });

  it('GUILD_MEMBER_REMOVE of an uncached member is keyed by the second it was received', async () => {
    const remove = loadFixture('guild_member_remove_1', {
      guild_id: G,
      user: { id: '849000000000000556', username: 'ghost', discriminator: '0' },
    });
    const [event] = await dispatchAndCollect(c, [['GUILD_MEMBER_REMOVE', remove]]);
    expect(event?.id).toBe(`discord:member.left:${G}:849000000000000556:r${Math.floor(c.clock.now() / 1000)}`);
    expect(event?.occurredAt).toBe(c.clock.now());
  });

  it('ignores members of another guild', async () => {
    const events = await dispatchAndCollect(c, [
      ['GUILD_MEMBER_ADD', loadFixture('guild_member_add_1', { guild_id: TEST_IDS.otherGuildId })],
      ['GUILD_MEMBER_UPDATE', loadFixture('guild_member_update_1', { guild_id: TEST_IDS.otherGuildId })],
      ['GUILD_MEMBER_REMOVE', loadFixture('guild_member_remove_1', { guild_id: TEST_IDS.otherGuildId })],
    ]);
    expect(events).toEqual([]);
  });
});
