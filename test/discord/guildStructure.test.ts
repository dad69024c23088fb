import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DiscordPlatform } from '../../src/platform/discord/DiscordPlatform.js';
import type { GuildSnapshot } from '../../src/platform/Platform.js';
import {
  connectDiscordPlatform,
  unstartedDiscordPlatform,
  type ConnectedDiscordPlatform,
} from './connectDiscordPlatform.js';
import { fakeInvite, TEST_IDS } from './DiscordTestServer.js';
import { dispatchAndCollect } from './dispatchAndCollect.js';

const G = TEST_IDS.guildId;
const { category: CATEGORY, general: GENERAL, welcome: WELCOME, voice: VOICE, announcements: NEWS } = TEST_IDS.channels;
const { member: MEMBER, moderator: MODERATOR, bot: BOT_ROLE, admin: ADMIN } = TEST_IDS.roles;
const DENY_VIEW = { id: G, type: 'role' as const, allow: '0', deny: '1024' };

/** The request log as `[method, path, body, reason]`. */
function sent(c: ConnectedDiscordPlatform): [string, string, unknown, string | null][] {
  return c.discord.requests.map((r) => [r.method, r.path, r.body, r.auditLogReason]);
}

describe('guild structure writes (delete, bulk moves, invites) through discord.js', () => {
  let c: ConnectedDiscordPlatform;
  /** Never started, on the same fake Discord: reads the guild over REST. */
  let cold: DiscordPlatform;

  beforeEach(async () => {
    c = await connectDiscordPlatform();
    cold = unstartedDiscordPlatform(c.discord);
    c.discord.clearRequests();
  });
  afterEach(async () => {
    await cold.stop();
    await c.close();
  });

  /** The mirror's answer (no request), checked against a fresh REST read. */
  async function mirrorMatchesRest(): Promise<GuildSnapshot> {
    c.discord.clearRequests();
    const mirrored = await c.platform.fetchGuild(G);
    expect(c.discord.requests).toEqual([]);
    expect(mirrored).toEqual(await cold.fetchGuild(G));
    c.discord.clearRequests();
    return mirrored;
  }

  it('deleteChannel DELETEs the channel with the reason; a deleted category leaves its channels without parent', async () => {
    await c.platform.deleteChannel(CATEGORY, 'blueprint: category removed');
    expect(sent(c)).toEqual([['DELETE', `/channels/${CATEGORY}`, undefined, 'blueprint: category removed']]);
    const guild = await mirrorMatchesRest();
    const orphans: string[] = [GENERAL, WELCOME, VOICE];
    expect(guild.channels.find((ch) => ch.id === CATEGORY)).toBeUndefined();
    expect(guild.channels.filter((ch) => orphans.includes(ch.id)).map((ch) => ch.parentId)).toEqual([null, null, null]);
    // Discord's echo (CHANNEL_DELETE, then a CHANNEL_UPDATE per orphan) agrees.
    await dispatchAndCollect(c, [
      ['CHANNEL_DELETE', { id: CATEGORY, type: 4, guild_id: G, name: 'Community', position: 0 }],
    ]);
    expect(await c.platform.fetchGuild(G)).toEqual(guild);
  });

  it('deleteChannel of an unknown channel rejects and changes nothing', async () => {
    const before = await c.platform.fetchGuild(G);
    await expect(c.platform.deleteChannel('849000000000000999', 'x')).rejects.toThrow(/Unknown Channel/);
    expect(await c.platform.fetchGuild(G)).toEqual(before);
  });

  it('setChannelPositions PATCHes the moves in one request when at most one changes category', async () => {
    await c.platform.editChannel(CATEGORY, { permissionOverwrites: [DENY_VIEW] });
    c.discord.clearRequests();
    await c.platform.setChannelPositions(G, [
      { id: WELCOME, position: 1 },
      { id: GENERAL, position: 2 },
      { id: NEWS, position: 3, parentId: CATEGORY, lockPermissions: true },
    ]);
    expect(sent(c)).toEqual([
      [
        'PATCH',
        `/guilds/${G}/channels`,
        [
          { id: WELCOME, position: 1 },
          { id: GENERAL, position: 2 },
          { id: NEWS, position: 3, parent_id: CATEGORY, lock_permissions: true },
        ],
        'Guildhall',
      ],
    ]);
    const guild = await mirrorMatchesRest();
    expect(guild.channels.find((ch) => ch.id === NEWS)).toMatchObject({
      parentId: CATEGORY,
      position: 3,
      permissionOverwrites: [DENY_VIEW],
    });
    expect(guild.channels.find((ch) => ch.id === WELCOME)?.position).toBe(1);
  });

  it('setChannelPositions sends one more request per extra category change (Discord allows one per request)', async () => {
    await c.platform.setChannelPositions(
      G,
      [
        { id: GENERAL, position: 5, parentId: null },
        { id: WELCOME, position: 0 },
        { id: NEWS, position: 2, parentId: CATEGORY },
        { id: TEST_IDS.channels.forum, position: 3, parentId: CATEGORY, lockPermissions: false },
      ],
      'tidy up',
    );
    expect(sent(c)).toEqual([
      [
        'PATCH',
        `/guilds/${G}/channels`,
        [
          { id: WELCOME, position: 0 },
          { id: GENERAL, position: 5, parent_id: null },
        ],
        'tidy up',
      ],
      ['PATCH', `/guilds/${G}/channels`, [{ id: NEWS, position: 2, parent_id: CATEGORY }], 'tidy up'],
      [
        'PATCH',
        `/guilds/${G}/channels`,
        [{ id: TEST_IDS.channels.forum, position: 3, parent_id: CATEGORY, lock_permissions: false }],
        'tidy up',
      ],
    ]);
    const guild = await mirrorMatchesRest();
    expect(guild.channels.filter((ch) => ch.parentId === CATEGORY).map((ch) => ch.name)).toEqual([
      'welcome',
      'Lounge',
      'Study room',
      'announcements',
      'help',
    ]);
    await c.platform.setChannelPositions(G, []);
    expect(c.discord.requests).toEqual([]);
  });

  it('the fake Discord refuses two category changes in one request, as Discord does (40009)', async () => {
    const response = await fetch(`${c.discord.apiUrl}/v10/guilds/${G}/channels`, {
      method: 'PATCH',
      headers: { authorization: `Bot ${c.discord.token}`, 'content-type': 'application/json' },
      body: JSON.stringify([
        { id: NEWS, position: 1, parent_id: CATEGORY },
        { id: GENERAL, position: 2, parent_id: null },
      ]),
    });
    expect([response.status, await response.json()]).toEqual([
      400,
      { code: 40009, message: 'Only one channel can have a parent_id modified at a time' },
    ]);
  });

  it('a failed move rejects and leaves the snapshot as Discord has it', async () => {
    const before = await c.platform.fetchGuild(G);
    await expect(c.platform.setChannelPositions(G, [{ id: GENERAL, position: 1, parentId: NEWS }])).rejects.toThrow(
      /Invalid Form Body/,
    );
    expect(await mirrorMatchesRest()).toEqual(before);
  });

  it('deleteRole DELETEs the role with the reason; the snapshot loses it', async () => {
    await c.platform.deleteRole(G, MODERATOR, 'blueprint: role removed');
    expect(sent(c)).toEqual([['DELETE', `/guilds/${G}/roles/${MODERATOR}`, undefined, 'blueprint: role removed']]);
    const guild = await mirrorMatchesRest();
    expect(guild.roles.map((role) => role.name)).toEqual(['@everyone', 'Member', 'Guildhall', 'Admin']);
  });

  it('deleteRole of a role above the bot is refused by Discord (Missing Permissions)', async () => {
    await expect(c.platform.deleteRole(G, ADMIN, 'x')).rejects.toThrow(/Missing Permissions/);
    expect((await mirrorMatchesRest()).roles).toHaveLength(5);
  });

  it('setRolePositions PATCHes the entries as given and takes every role Discord returns', async () => {
    const helper = await c.platform.createRole(G, { name: 'Helper' }, 'blueprint');
    c.discord.clearRequests();
    // The whole order, as the blueprint sends it: every role at its index, @everyone 0.
    const order = [
      { id: ADMIN, position: 5 },
      { id: BOT_ROLE, position: 4 },
      { id: MODERATOR, position: 3 },
      { id: MEMBER, position: 2 },
      { id: helper.id, position: 1 },
      { id: G, position: 0 },
    ];
    await c.platform.setRolePositions(G, order, 'blueprint: order');
    expect(sent(c)).toEqual([['PATCH', `/guilds/${G}/roles`, order, 'blueprint: order']]);
    const guild = await mirrorMatchesRest();
    expect([...guild.roles].sort((a, b) => a.position - b.position).map((role) => [role.name, role.position])).toEqual([
      ['@everyone', 0],
      ['Helper', 1],
      ['Member', 2],
      ['Moderator', 3],
      ['Guildhall', 4],
      ['Admin', 5],
    ]);
    expect(guild.botHighestRolePosition).toBe(4);
    await c.platform.setRolePositions(G, []);
    expect(c.discord.requests).toEqual([]);
  });

  it('createRole and editRole with a position send every role at its index, as discord.js’s Role.setPosition does', async () => {
    // Discord creates the role at position 1, sharing it with Member.
    const helper = await c.platform.createRole(G, { name: 'Helper', position: 2 }, 'blueprint: create');
    const body = [
      { id: G, position: 0 },
      { id: MEMBER, position: 1 },
      { id: helper.id, position: 2 },
      { id: MODERATOR, position: 3 },
      { id: BOT_ROLE, position: 4 },
      { id: ADMIN, position: 5 },
    ];
    expect(sent(c).filter(([method]) => method !== 'POST')).toEqual([
      ['GET', `/guilds/${G}/roles`, undefined, null],
      ['PATCH', `/guilds/${G}/roles`, body, 'blueprint: create'],
    ]);
    expect(helper.position).toBe(2);
    c.discord.clearRequests();
    await c.platform.editRole(G, MEMBER, { position: 3 }, 'blueprint: up');
    expect(sent(c).slice(1)).toEqual([
      ['GET', `/guilds/${G}/roles`, undefined, null],
      [
        'PATCH',
        `/guilds/${G}/roles`,
        [
          { id: G, position: 0 },
          { id: helper.id, position: 1 },
          { id: MODERATOR, position: 2 },
          { id: MEMBER, position: 3 },
          { id: BOT_ROLE, position: 4 },
          { id: ADMIN, position: 5 },
        ],
        'blueprint: up',
      ],
    ]);
    const guild = await mirrorMatchesRest();
    expect([...guild.roles].sort((a, b) => b.position - a.position).map((role) => role.name)).toEqual([
      'Admin',
      'Guildhall',
      'Member',
      'Moderator',
      'Helper',
      '@everyone',
    ]);
  });

  it('setRolePositions above the bot is refused (Missing Permissions) and changes nothing', async () => {
    const before = await c.platform.fetchGuild(G);
    await expect(c.platform.setRolePositions(G, [{ id: MEMBER, position: 9 }])).rejects.toThrow(/Missing Permissions/);
    await expect(c.platform.setRolePositions(G, [{ id: BOT_ROLE, position: 1 }])).rejects.toThrow(
      /Missing Permissions/,
    );
    expect(await mirrorMatchesRest()).toEqual(before);
  });

  it('listInvites GETs the guild invites: code, channel, inviter, uses and max uses', async () => {
    const general = { id: GENERAL, name: 'general', type: 0 };
    const ada = { id: TEST_IDS.memberUserId, username: 'ada', discriminator: '0' };
    c.discord.invites.push(
      fakeInvite({ code: 'ada-invite', channel: general, guildId: G, inviter: ada, uses: 3, maxUses: 10 }),
      fakeInvite({ code: 'widget', channel: general, guildId: G, inviter: null }),
      { ...fakeInvite({ code: 'no-channel', channel: general, guildId: G, inviter: null }), channel: null },
    );
    expect(await c.platform.listInvites(G)).toEqual([
      { code: 'ada-invite', channelId: GENERAL, inviterId: TEST_IDS.memberUserId, uses: 3, maxUses: 10 },
      { code: 'widget', channelId: GENERAL, inviterId: null, uses: 0, maxUses: 0 },
    ]);
    expect(sent(c)).toEqual([['GET', `/guilds/${G}/invites`, undefined, null]]);
  });

  it('listInvites refuses invites without use counts (Discord sends them only with Manage Server)', async () => {
    c.discord.reply('GET', `/guilds/${G}/invites`, 200, [{ type: 0, code: 'abc', channel: { id: GENERAL } }]);
    await expect(c.platform.listInvites(G)).rejects.toThrow(/Manage Server/);
  });

  it("the fake Discord creates invites and deletes a deleted channel's invites with it", async () => {
    const created = await fetch(`${c.discord.apiUrl}/v10/channels/${WELCOME}/invites`, {
      method: 'POST',
      headers: { authorization: `Bot ${c.discord.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ max_uses: 5 }),
    });
    const code = ((await created.json()) as { code: string }).code;
    expect(await c.platform.listInvites(G)).toEqual([
      { code, channelId: WELCOME, inviterId: TEST_IDS.botUserId, uses: 0, maxUses: 5 },
    ]);
    await c.platform.deleteChannel(WELCOME, 'gone');
    expect(await c.platform.listInvites(G)).toEqual([]);
  });

  it('createChannel, editChannel, createRole and editRole send the reason given, else "Guildhall"', async () => {
    const channel = await c.platform.createChannel(G, { name: 'rules', kind: 'text' }, 'blueprint: create #rules');
    await c.platform.editChannel(channel.id, { topic: 'Be kind' }, 'blueprint: topic');
    const role = await c.platform.createRole(G, { name: 'Helper', position: 2 }, 'blueprint: create role');
    await c.platform.editRole(G, role.id, { hoist: true }, 'blueprint: hoist');
    await c.platform.editChannel(channel.id, { nsfw: false });
    expect(c.discord.requests.map((r) => [r.method, r.auditLogReason])).toEqual([
      ['POST', 'blueprint: create #rules'],
      ['PATCH', 'blueprint: topic'],
      ['POST', 'blueprint: create role'],
      ['GET', null],
      ['PATCH', 'blueprint: create role'],
      ['PATCH', 'blueprint: hoist'],
      ['PATCH', 'Guildhall'],
    ]);
    await mirrorMatchesRest();
  });

  it('forum tags and default sort order are sent as available_tags and default_sort_order, and read back', async () => {
    const forum = await c.platform.createChannel(G, {
      name: 'questions',
      kind: 'forum',
      availableTags: [
        { name: 'Bug', moderated: false, emoji: '🐛' },
        { name: 'Answered', moderated: true, emoji: null },
      ],
      defaultSortOrder: 'creation_date',
    });
    expect(c.discord.requests[0]?.body).toEqual({
      name: 'questions',
      type: 15,
      available_tags: [
        { name: 'Bug', moderated: false, emoji_name: '🐛' },
        { name: 'Answered', moderated: true, emoji_name: null },
      ],
      default_sort_order: 1,
    });
    expect(forum).toMatchObject({ kind: 'forum', defaultSortOrder: 'creation_date', userLimit: 0, bitrate: 0 });
    expect(forum.availableTags.map(({ id, ...rest }) => [typeof id, rest])).toEqual([
      ['string', { name: 'Bug', moderated: false, emoji: '🐛' }],
      ['string', { name: 'Answered', moderated: true, emoji: null }],
    ]);
    const bug = forum.availableTags[0];
    c.discord.clearRequests();
    const edited = await c.platform.editChannel(forum.id, {
      availableTags: bug === undefined ? [] : [bug],
      defaultSortOrder: null,
    });
    expect(c.discord.requests[0]?.body).toEqual({
      available_tags: [{ id: bug?.id, name: 'Bug', moderated: false, emoji_name: '🐛' }],
      default_sort_order: null,
    });
    expect(edited).toMatchObject({ availableTags: [bug], defaultSortOrder: null });
    const guild = await mirrorMatchesRest();
    expect(guild.channels.find((ch) => ch.id === TEST_IDS.channels.forum)?.availableTags).toEqual([
      { id: TEST_IDS.forumTags.solved, name: 'Solved', moderated: true, emoji: '✅' },
      { id: TEST_IDS.forumTags.question, name: 'Question', moderated: false, emoji: null },
    ]);
  });

  it('voice user limit and bitrate are sent as user_limit and bitrate, and read for voice channels only', async () => {
    const stage = await c.platform.createChannel(G, {
      name: 'Town hall',
      kind: 'stage',
      userLimit: 500,
      bitrate: 48_000,
    });
    expect(c.discord.requests[0]?.body).toEqual({ name: 'Town hall', type: 13, user_limit: 500, bitrate: 48_000 });
    expect(stage).toMatchObject({ userLimit: 500, bitrate: 48_000, availableTags: [], defaultSortOrder: null });
    const voice = await c.platform.editChannel(VOICE, { userLimit: 10 });
    expect(voice).toMatchObject({ kind: 'voice', userLimit: 10, bitrate: 64_000 });
    const guild = await mirrorMatchesRest();
    expect(guild.channels.find((ch) => ch.id === GENERAL)).toMatchObject({ userLimit: 0, bitrate: 0 });
  });
});
