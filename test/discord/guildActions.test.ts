import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { PlatformRuleError } from '../../src/core/errors.js';
import { connectDiscordPlatform, type ConnectedDiscordPlatform } from './connectDiscordPlatform.js';
import { TEST_IDS } from './DiscordTestServer.js';

const G = TEST_IDS.guildId;
const { general: GENERAL, category: CATEGORY } = TEST_IDS.channels;

describe('guild actions', () => {
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

  it('createChannel POSTs the channel with type number, overwrites and the audit-log reason', async () => {
    const channel = await c.platform.createChannel(G, {
      name: 'introductions',
      kind: 'text',
      parentId: CATEGORY,
      topic: 'Say hi',
      rateLimitPerUser: 30,
      permissionOverwrites: [{ id: G, type: 'role', allow: '0', deny: '2048' }],
    });
    const request = await c.discord.waitForRequest('POST', `/guilds/${G}/channels`);
    expect(request.body).toEqual({
      name: 'introductions',
      type: 0,
      parent_id: CATEGORY,
      topic: 'Say hi',
      rate_limit_per_user: 30,
      permission_overwrites: [{ id: G, type: 0, allow: '0', deny: '2048' }],
    });
    expect(request.auditLogReason).toBe('Guildhall');
    expect(channel).toMatchObject({
      name: 'introductions',
      kind: 'text',
      parentId: CATEGORY,
      topic: 'Say hi',
      rateLimitPerUser: 30,
    });
    expect(channel.permissionOverwrites).toEqual([{ id: G, type: 'role', allow: '0', deny: '2048' }]);
  });

  it('createChannel maps every kind to its Discord type', async () => {
    for (const kind of ['category', 'announcement', 'forum', 'voice', 'stage'] as const) {
      await c.platform.createChannel(G, { name: kind, kind });
    }
    expect(c.discord.requests.map((r) => (r.body as { type: number }).type)).toEqual([4, 5, 15, 2, 13]);
  });

  it('createChannel refuses a thread kind before any request', async () => {
    await expect(c.platform.createChannel(G, { name: 'x', kind: 'thread' })).rejects.toBeInstanceOf(PlatformRuleError);
    expect(c.discord.requests).toEqual([]);
  });

  it('editChannel PATCHes only the changed fields', async () => {
    const channel = await c.platform.editChannel(GENERAL, { topic: 'New topic', nsfw: false });
    const request = await c.discord.waitForRequest('PATCH', `/channels/${GENERAL}`);
    expect(request.body).toEqual({ topic: 'New topic', nsfw: false });
    expect(request.auditLogReason).toBe('Guildhall');
    expect(channel).toMatchObject({ id: GENERAL, topic: 'New topic', kind: 'text' });
  });

  it('createRole POSTs the role, then moves it with Modify Guild Role Positions, every role at its index', async () => {
    const role = await c.platform.createRole(G, {
      name: 'Helper',
      color: 0x2ecc71,
      hoist: true,
      mentionable: true,
      permissions: '0',
      position: 2,
    });
    const [create, read, move] = c.discord.requests;
    expect([create?.method, create?.path, create?.body, create?.auditLogReason]).toEqual([
      'POST',
      `/guilds/${G}/roles`,
      { name: 'Helper', color: 0x2ecc71, hoist: true, mentionable: true, permissions: '0' },
      'Guildhall',
    ]);
    expect([read?.method, read?.path]).toEqual(['GET', `/guilds/${G}/roles`]);
    // As discord.js's Role.setPosition: the roles bottom first (Helper, created at 1, below
    // Member), Helper put at index 2, every role sent at its index.
    const R = TEST_IDS.roles;
    expect([move?.method, move?.path, move?.body]).toEqual([
      'PATCH',
      `/guilds/${G}/roles`,
      [
        { id: G, position: 0 },
        { id: R.member, position: 1 },
        { id: role.id, position: 2 },
        { id: R.moderator, position: 3 },
        { id: R.bot, position: 4 },
        { id: R.admin, position: 5 },
      ],
    ]);
    expect(role).toMatchObject({ name: 'Helper', position: 2, color: 0x2ecc71, hoist: true });
  });

  it('editRole PATCHes the role', async () => {
    const role = await c.platform.editRole(G, TEST_IDS.roles.member, { name: 'Members', mentionable: true });
    const request = await c.discord.waitForRequest('PATCH', `/guilds/${G}/roles/${TEST_IDS.roles.member}`);
    expect(request.body).toEqual({ name: 'Members', mentionable: true });
    expect(role).toMatchObject({ id: TEST_IDS.roles.member, name: 'Members', mentionable: true });
    expect(c.discord.requestsTo('PATCH', `/guilds/${G}/roles`)).toEqual([]);
  });

  it('createThread starts a thread from a message or a private one without', async () => {
    const fromMessage = await c.platform.createThread(GENERAL, { name: 'Discussion', messageId: '849000000000000960' });
    const privateThread = await c.platform.createThread(GENERAL, {
      name: 'Mods',
      private: true,
      autoArchiveMinutes: 60,
    });
    expect(c.discord.requests.map((r) => [r.method, r.path, r.body, r.auditLogReason])).toEqual([
      [
        'POST',
        `/channels/${GENERAL}/messages/849000000000000960/threads`,
        { name: 'Discussion', auto_archive_duration: 1440 },
        'Guildhall',
      ],
      ['POST', `/channels/${GENERAL}/threads`, { name: 'Mods', auto_archive_duration: 60, type: 12 }, 'Guildhall'],
    ]);
    expect(fromMessage).toMatchObject({ id: '849000000000000960', kind: 'thread', parentId: GENERAL });
    expect(privateThread.kind).toBe('thread');
  });
});
