import { ApplicationCommandType, ContextMenuCommandBuilder } from 'discord.js';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { InvalidRequest } from '../../src/platform/PlatformError.js';
import type { SlashCommandDefinition } from '../../src/platform/Platform.js';
import { connectDiscordPlatform, type ConnectedDiscordPlatform } from './connectDiscordPlatform.js';
import { TEST_IDS } from './DiscordTestServer.js';
import { dispatchAndCollect } from './dispatchAndCollect.js';
import { loadFixture, type FixtureObject } from './fixtures.js';
import { gatewayMessage } from './gatewayMessage.js';

const G = TEST_IDS.guildId;
const COMMANDS_PATH = `/applications/${TEST_IDS.applicationId}/guilds/${G}/commands`;
const POST = '1456255637913604200';
const ANSWER = '1456255637913604300';
const INTERACTION = '1456255637913604400';
const HELPER = { id: '849000000000000030', username: 'sam', discriminator: '0', global_name: 'Sam', bot: false };

const COMMANDS: SlashCommandDefinition[] = [
  { name: 'solved', description: 'Marks this question solved' },
  { type: 'message', name: 'Mark as solution', description: 'Not sent to Discord' },
  { type: 'message', name: 'Report', description: 'x', defaultMemberPermissions: ['ManageMessages'] },
];

/**
 * INTERACTION_CREATE of a message command used on a message in a forum post, shaped like
 * Discord's (the captured command interaction with `data` as for a MESSAGE command).
 * @see https://discord.com/developers/docs/interactions/receiving-and-responding#interaction-object-application-command-data-structure
 */
function messageCommandInteraction(target: FixtureObject | null): FixtureObject {
  const base = loadFixture('interaction_create_command');
  return {
    ...base,
    id: INTERACTION,
    channel_id: POST,
    channel: {
      id: POST,
      type: 11,
      guild_id: G,
      parent_id: TEST_IDS.channels.forum,
      name: 'Bot will not start',
      owner_id: '114941315417899012',
      thread_metadata: {
        archived: false,
        locked: false,
        auto_archive_duration: 1440,
        archive_timestamp: '2026-01-01T12:00:00.000000+00:00',
      },
      permissions: '2248473465835073',
      flags: 0,
    },
    data: {
      id: '1444840420147204200',
      name: 'Mark as solution',
      type: 3,
      guild_id: G,
      target_id: ANSWER,
      resolved: target === null ? {} : { messages: { [ANSWER]: target } },
    },
  };
}

describe('message context-menu commands through discord.js (REST through undici MockAgent)', () => {
  let c: ConnectedDiscordPlatform;
  beforeAll(async () => {
    c = await connectDiscordPlatform({ transport: 'mock-agent' });
  });
  afterAll(async () => {
    await c.close();
  });
  beforeEach(() => {
    c.discord.clearRequests();
  });

  it('registers a message command as type 3 with its name only (no description, no options)', async () => {
    await c.platform.registerCommands(G, COMMANDS);
    const request = await c.discord.waitForRequest('PUT', COMMANDS_PATH);
    expect(request.via).toBe('mock-agent');
    expect(request.body).toEqual([
      { type: 1, name: 'solved', description: 'Marks this question solved', options: [] },
      { type: 3, name: 'Mark as solution' },
      { type: 3, name: 'Report', default_member_permissions: '8192' },
    ]);
    // What discord.js's own builder sends for the same command.
    const built = new ContextMenuCommandBuilder()
      .setName('Mark as solution')
      .setType(ApplicationCommandType.Message)
      .toJSON();
    expect({ type: built.type, name: built.name }).toEqual({ type: 3, name: 'Mark as solution' });
  });

  it('refuses, before any request, a message command with options or a bad name', async () => {
    await expect(
      c.platform.registerCommands(G, [
        { type: 'message', name: 'Mark', description: 'x', options: [{ name: 'a', description: 'a', type: 'string' }] },
      ]),
    ).rejects.toThrow(InvalidRequest);
    await expect(
      c.platform.registerCommands(G, [{ type: 'message', name: 'x'.repeat(33), description: 'x' }]),
    ).rejects.toThrow(InvalidRequest);
    expect(c.discord.requests).toEqual([]);
  });

  it('a MESSAGE command interaction becomes interaction.command with targetMessage', async () => {
    const target = gatewayMessage({ id: ANSWER, channelId: POST, author: HELPER, content: 'Use Node 20 or newer.' });
    const events = await dispatchAndCollect(c, [['INTERACTION_CREATE', messageCommandInteraction(target)]]);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      id: `discord:interaction.command:${INTERACTION}`,
      type: 'interaction.command',
      guildId: G,
      source: 'discord',
      payload: {
        interactionId: INTERACTION,
        userId: '114941315417899012',
        channelId: POST,
        memberRoles: [TEST_IDS.roles.member],
        commandName: 'Mark as solution',
        subcommand: null,
        options: {},
        targetMessage: {
          messageId: ANSWER,
          channelId: POST,
          authorId: HELPER.id,
          authorBot: false,
          content: 'Use Node 20 or newer.',
        },
      },
    });
  });

  it('a message command without the resolved message yields nothing', async () => {
    expect(await dispatchAndCollect(c, [['INTERACTION_CREATE', messageCommandInteraction(null)]])).toEqual([]);
  });
});
