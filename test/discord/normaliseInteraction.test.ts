import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { snowflakeTime } from '../../src/platform/discord/snowflakeTime.js';
import { connectDiscordPlatform, type ConnectedDiscordPlatform } from './connectDiscordPlatform.js';
import { dispatchAndCollect } from './dispatchAndCollect.js';
import { loadFixture } from './fixtures.js';
import { TEST_IDS } from './testGuild.js';

const G = TEST_IDS.guildId;
const ZEYLA = '114941315417899012';
const base = (id: string, token: string) => ({
  interactionId: id,
  token,
  userId: ZEYLA,
  channelId: TEST_IDS.channels.general,
  memberRoles: [TEST_IDS.roles.member],
});

describe('interactions from the gateway', () => {
  let c: ConnectedDiscordPlatform;
  beforeAll(async () => {
    c = await connectDiscordPlatform();
  });
  afterAll(async () => {
    await c.close();
  });

  it('a chat-input command becomes interaction.command with options flattened, the same id on redelivery', async () => {
    const command = loadFixture('interaction_create_command');
    const events = await dispatchAndCollect(c, [
      ['INTERACTION_CREATE', command],
      ['INTERACTION_CREATE', command],
    ]);
    const id = 'discord:interaction.command:1456255637913604096';
    expect(events.map((e) => e.id)).toEqual([id, id]);
    expect(events[0]).toEqual({
      id,
      type: 'interaction.command',
      guildId: G,
      occurredAt: snowflakeTime('1456255637913604096'),
      source: 'discord',
      payload: {
        ...base('1456255637913604096', String(command.token)),
        commandName: 'rank',
        options: { member: ZEYLA, weeks: 4, public: true },
      },
    });
  });

  it('subcommand names join the command name and their options are flattened', async () => {
    const command = loadFixture('interaction_create_command', {
      id: '1456255637913604200',
      data: {
        id: '1444840420147204098',
        name: 'config',
        type: 1,
        options: [{ name: 'set', type: 1, options: [{ name: 'key', type: 3, value: 'welcome.channel' }] }],
      },
    });
    const [event] = await dispatchAndCollect(c, [['INTERACTION_CREATE', command]]);
    expect(event?.payload).toMatchObject({ commandName: 'config set', options: { key: 'welcome.channel' } });
  });

  it('a button click becomes interaction.button', async () => {
    const button = loadFixture('interaction_create_button');
    const [event] = await dispatchAndCollect(c, [['INTERACTION_CREATE', button]]);
    expect(event).toMatchObject({
      id: 'discord:interaction.button:1456255889571844096',
      type: 'interaction.button',
      payload: { ...base('1456255889571844096', String(button.token)), customId: 'onboarding:accept' },
    });
  });

  it('a string select becomes interaction.select with its values', async () => {
    const select = loadFixture('interaction_create_select');
    const [event] = await dispatchAndCollect(c, [['INTERACTION_CREATE', select]]);
    expect(event).toMatchObject({
      id: 'discord:interaction.select:1456256141230084096',
      payload: { customId: 'onboarding:interests', values: ['python', 'rust'] },
    });
  });

  it('a modal submit becomes interaction.modal with text inputs from action rows and labels', async () => {
    const modal = loadFixture('interaction_create_modal');
    const [event] = await dispatchAndCollect(c, [['INTERACTION_CREATE', modal]]);
    expect(event).toMatchObject({
      id: 'discord:interaction.modal:1456256392888324096',
      payload: { customId: 'feedback:submit', fields: { title: 'Dark mode', details: 'Please add a dark theme.' } },
    });
  });

  it('ignores interactions from another guild and from DMs', async () => {
    const other = loadFixture('interaction_create_command', {
      id: '1456255637913604300',
      guild_id: TEST_IDS.otherGuildId,
    });
    const dm = loadFixture('interaction_create_command', { id: '1456255637913604400' });
    delete dm.guild_id;
    delete dm.member;
    dm.user = { id: ZEYLA, username: 'zeyla', discriminator: '0' };
    dm.channel = { id: '849000000000000990', type: 1 };
    dm.channel_id = '849000000000000990';
    dm.context = 1;
    expect(
      await dispatchAndCollect(c, [
        ['INTERACTION_CREATE', other],
        ['INTERACTION_CREATE', dm],
      ]),
    ).toEqual([]);
  });
});
