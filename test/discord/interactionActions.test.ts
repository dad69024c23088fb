import { PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/core/Clock.js';
import { PlatformRuleError } from '../../src/core/errors.js';
import { silentLogger } from '../../src/core/Logger.js';
import { DiscordPlatform } from '../../src/platform/discord/DiscordPlatform.js';
import { ATTACHMENT_LIMITS } from '../../src/platform/discordLimits.js';
import { InvalidRequest } from '../../src/platform/PlatformError.js';
import type { SlashCommandDefinition } from '../../src/platform/Platform.js';
import { connectDiscordPlatform, type ConnectedDiscordPlatform } from './connectDiscordPlatform.js';
import { startDiscordTestServer, TEST_IDS } from './DiscordTestServer.js';
import { multipartOf } from './multipartOf.js';

const G = TEST_IDS.guildId;
const COMMANDS: SlashCommandDefinition[] = [
  {
    name: 'rank',
    description: 'Show points',
    options: [
      { name: 'member', description: 'Whose rank', type: 'user', required: true },
      { name: 'period', description: 'Which period', type: 'string', choices: [{ name: 'Week', value: 'week' }] },
      { name: 'weeks', description: 'How many', type: 'integer' },
      { name: 'ratio', description: 'Weight', type: 'number' },
      { name: 'public', description: 'Show everyone', type: 'boolean' },
      { name: 'channel', description: 'Where', type: 'channel' },
      { name: 'role', description: 'Which role', type: 'role' },
    ],
  },
  { name: 'leaderboard', description: 'Top members' },
];

describe('interaction actions', () => {
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

  it('registerCommands bulk-overwrites the guild commands with Discord option type numbers', async () => {
    await c.platform.registerCommands(G, COMMANDS);
    const request = await c.discord.waitForRequest(
      'PUT',
      `/applications/${TEST_IDS.applicationId}/guilds/${G}/commands`,
    );
    expect(request.body).toEqual([
      {
        type: 1,
        name: 'rank',
        description: 'Show points',
        options: [
          { type: 6, name: 'member', description: 'Whose rank', required: true },
          {
            type: 3,
            name: 'period',
            description: 'Which period',
            required: false,
            choices: [{ name: 'Week', value: 'week' }],
          },
          { type: 4, name: 'weeks', description: 'How many', required: false },
          { type: 10, name: 'ratio', description: 'Weight', required: false },
          { type: 5, name: 'public', description: 'Show everyone', required: false },
          { type: 7, name: 'channel', description: 'Where', required: false },
          { type: 8, name: 'role', description: 'Which role', required: false },
        ],
      },
      { type: 1, name: 'leaderboard', description: 'Top members', options: [] },
    ]);
  });

  it('registerCommands sends subcommands as options of type 1 with their own options', async () => {
    await c.platform.registerCommands(G, [
      {
        name: 'privacy',
        description: 'Your data',
        options: [
          {
            type: 'subcommand',
            name: 'export',
            description: 'As a file',
            options: [{ name: 'member', description: 'Whose', type: 'user' }],
          },
          { type: 'subcommand', name: 'erase', description: 'Erase it' },
        ],
      },
    ]);
    const request = await c.discord.waitForRequest(
      'PUT',
      `/applications/${TEST_IDS.applicationId}/guilds/${G}/commands`,
    );
    expect(request.body).toEqual([
      {
        type: 1,
        name: 'privacy',
        description: 'Your data',
        options: [
          {
            type: 1,
            name: 'export',
            description: 'As a file',
            options: [{ type: 6, name: 'member', description: 'Whose', required: false }],
          },
          { type: 1, name: 'erase', description: 'Erase it', options: [] },
        ],
      },
    ]);
  });

  it('registerCommands rejects definitions Discord would refuse, before any request', async () => {
    const bad: SlashCommandDefinition[][] = [
      [{ name: 'Rank', description: 'upper case' }],
      [{ name: 'rank', description: '' }],
      [
        {
          name: 'a',
          description: 'x',
          options: [
            { name: 'o', description: 'x', type: 'string' },
            { name: 'r', description: 'x', type: 'user', required: true },
          ],
        },
      ],
      [
        {
          name: 'a',
          description: 'x',
          options: [{ name: 'o', description: 'x', type: 'integer', choices: [{ name: 'half', value: 0.5 }] }],
        },
      ],
      [
        { name: 'dup', description: 'x' },
        { name: 'dup', description: 'y' },
      ],
      [
        {
          name: 'mixed',
          description: 'x',
          options: [
            { type: 'subcommand', name: 'a', description: 'x' },
            { name: 'b', description: 'x', type: 'user' },
          ],
        },
      ],
      [
        {
          name: 'sub',
          description: 'x',
          options: [
            {
              type: 'subcommand',
              name: 'a',
              description: 'x',
              options: [{ name: 'Upper', description: 'x', type: 'user' }],
            },
          ],
        },
      ],
    ];
    for (const commands of bad)
      await expect(c.platform.registerCommands(G, commands)).rejects.toBeInstanceOf(PlatformRuleError);
    expect(c.discord.requests).toEqual([]);
  });

  it('respondToInteraction posts callback type 4, flags 64 when ephemeral, without the bot token', async () => {
    const ref = {
      interactionId: '1456255637913604096',
      token: 'tok-en',
      channelId: TEST_IDS.channels.general,
      userId: TEST_IDS.memberUserId,
    };
    await c.platform.respondToInteraction(ref, { content: 'You have 12 points', ephemeral: true });
    await c.platform.respondToInteraction(ref, { content: 'Leaderboard', embeds: [{ title: 'Top' }] });
    const [ephemeral, visible] = c.discord.requestsTo('POST', '/interactions/1456255637913604096/tok-en/callback');
    expect(ephemeral?.body).toEqual({
      type: 4,
      data: { content: 'You have 12 points', allowed_mentions: { parse: [] }, flags: 64 },
    });
    expect(ephemeral?.headers.authorization).toBeUndefined();
    expect(visible?.body).toEqual({
      type: 4,
      data: { content: 'Leaderboard', embeds: [{ title: 'Top' }], allowed_mentions: { parse: [] } },
    });
  });

  it('respondToInteraction with files posts multipart: payload_json with attachments, then files[n]', async () => {
    const ref = {
      interactionId: '1456255637913604500',
      token: 'tok-files',
      channelId: TEST_IDS.channels.general,
      userId: TEST_IDS.memberUserId,
    };
    const json = '{\n  "userId": "42",\n  "note": "héllo"\n}\n';
    await c.platform.respondToInteraction(ref, {
      content: 'Your data',
      ephemeral: true,
      files: [
        { name: 'guildhall-export-42.json', data: json, contentType: 'application/json' },
        { name: 'raw.bin', data: new Uint8Array([0, 1, 2, 255]), contentType: 'application/octet-stream' },
      ],
    });
    const [request] = c.discord.requestsTo('POST', '/interactions/1456255637913604500/tok-files/callback');
    expect(request?.headers.authorization).toBeUndefined();
    expect(request?.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
    const parts = await multipartOf(request!);
    expect(parts.map((p) => [p.field, p.filename, p.contentType])).toEqual([
      ['files[0]', 'guildhall-export-42.json', 'application/json'],
      ['files[1]', 'raw.bin', 'application/octet-stream'],
      ['payload_json', null, ''],
    ]);
    expect(parts[0]?.data.toString('utf8')).toBe(json);
    expect([...(parts[1]?.data ?? [])]).toEqual([0, 1, 2, 255]);
    expect(JSON.parse(parts[2]?.data.toString('utf8') ?? '')).toEqual({
      type: 4,
      data: {
        content: 'Your data',
        allowed_mentions: { parse: [] },
        flags: 64,
        attachments: [
          { id: 0, filename: 'guildhall-export-42.json' },
          { id: 1, filename: 'raw.bin' },
        ],
      },
    });
  });

  it('respondToInteraction refuses more than 10 files or more than 10 MiB before any request', async () => {
    const ref = { interactionId: '1', token: 't', channelId: TEST_IDS.channels.general, userId: TEST_IDS.memberUserId };
    const eleven = Array.from({ length: ATTACHMENT_LIMITS.files + 1 }, (_, i) => ({ name: `${i}.txt`, data: 'x' }));
    await expect(c.platform.respondToInteraction(ref, { content: 'x', files: eleven })).rejects.toBeInstanceOf(
      InvalidRequest,
    );
    const halves = [
      { name: 'a.bin', data: new Uint8Array(ATTACHMENT_LIMITS.bytes / 2) },
      { name: 'b.bin', data: new Uint8Array(ATTACHMENT_LIMITS.bytes / 2 + 1) },
    ];
    await expect(c.platform.respondToInteraction(ref, { files: halves })).rejects.toMatchObject({
      code: 40005,
      message: expect.stringMatching(/10,485,761 bytes; Discord accepts 10,485,760 \(10 MiB\)/) as string,
    });
    await expect(c.platform.respondToInteraction(ref, { files: [{ name: ' ', data: 'x' }] })).rejects.toBeInstanceOf(
      InvalidRequest,
    );
    expect(c.discord.requests).toEqual([]);
  });

  it('respondToInteraction rejects an empty reply before any request', async () => {
    const ref = { interactionId: '1', token: 't', channelId: TEST_IDS.channels.general, userId: TEST_IDS.memberUserId };
    await expect(c.platform.respondToInteraction(ref, { content: ' ' })).rejects.toBeInstanceOf(PlatformRuleError);
    expect(c.discord.requests).toEqual([]);
  });
});

describe('command permissions (REST through undici MockAgent)', () => {
  it('registerCommands sends defaultMemberPermissions as the default_member_permissions bit set', async () => {
    const c = await connectDiscordPlatform({ transport: 'mock-agent' });
    try {
      await c.platform.registerCommands(G, [
        { name: 'analytics', description: 'Staff figures', defaultMemberPermissions: ['ManageGuild'] },
        { name: 'purge', description: 'Mods', defaultMemberPermissions: ['ManageMessages', 'ModerateMembers'] },
        { name: 'setup', description: 'Admins only', defaultMemberPermissions: [] },
        { name: 'rank', description: 'Everyone' },
      ]);
      const request = await c.discord.waitForRequest(
        'PUT',
        `/applications/${TEST_IDS.applicationId}/guilds/${G}/commands`,
      );
      expect(request.via).toBe('mock-agent');
      // What discord.js's own builder sends for the same permissions.
      const builder = (...bits: bigint[]) =>
        new SlashCommandBuilder()
          .setName('x')
          .setDescription('x')
          .setDefaultMemberPermissions(bits.reduce((all, bit) => all | bit, 0n))
          .toJSON().default_member_permissions;
      expect(builder(PermissionFlagsBits.ManageGuild)).toBe('32');
      expect(builder(PermissionFlagsBits.ManageMessages, PermissionFlagsBits.ModerateMembers)).toBe('1099511635968');
      expect(builder()).toBe('0');
      expect(request.body).toEqual([
        { type: 1, name: 'analytics', description: 'Staff figures', options: [], default_member_permissions: '32' },
        { type: 1, name: 'purge', description: 'Mods', options: [], default_member_permissions: '1099511635968' },
        { type: 1, name: 'setup', description: 'Admins only', options: [], default_member_permissions: '0' },
        { type: 1, name: 'rank', description: 'Everyone', options: [] },
      ]);
    } finally {
      await c.close();
    }
  });
});

describe('actions before start()', () => {
  it('registerCommands asks Discord for the application id when not connected', async () => {
    const discord = await startDiscordTestServer();
    try {
      const platform = new DiscordPlatform({
        token: discord.token,
        guildId: G,
        apiUrl: discord.apiUrl,
        log: silentLogger(),
        clock: new ManualClock(),
      });
      await platform.registerCommands(G, [{ name: 'ping', description: 'Pong' }]);
      expect(discord.requests.map((r) => `${r.method} ${r.path} ${r.headers.authorization ?? ''}`)).toEqual([
        `GET /applications/@me Bot ${discord.token}`,
        `PUT /applications/${TEST_IDS.applicationId}/guilds/${G}/commands Bot ${discord.token}`,
      ]);
      await platform.fetchGuild(G);
      expect(discord.requestsTo('GET', '/users/@me')).toHaveLength(1);
      await platform.stop();
    } finally {
      await discord.close();
    }
  });
});
