import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { snowflakeTime } from '../../src/platform/discord/snowflakeTime.js';
import { connectDiscordPlatform, type ConnectedDiscordPlatform } from './connectDiscordPlatform.js';
import { dispatchAndCollect } from './dispatchAndCollect.js';
import { loadFixture } from './fixtures.js';
import { gatewayMessage, inDirectMessage } from './gatewayMessage.js';
import { TEST_IDS, testBotUser } from './testGuild.js';

const G = TEST_IDS.guildId;
const ZEYLA = '114941315417899012';
const DM_CHANNEL = '849000000000000990';

/** The interaction as Zeyla sends it from her DM with the bot. */
function fromDm(payload: Record<string, unknown>): Record<string, unknown> {
  return inDirectMessage(payload, { id: ZEYLA, username: 'zeyla', discriminator: '0' }, DM_CHANNEL);
}
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
        subcommand: null,
        options: { member: ZEYLA, weeks: 4, public: true },
      },
    });
  });

  it('a subcommand becomes subcommand, its options flattened; a group and its subcommand join', async () => {
    const command = loadFixture('interaction_create_command', {
      id: '1456255637913604200',
      data: {
        id: '1444840420147204098',
        name: 'privacy',
        type: 1,
        options: [{ name: 'export', type: 1, options: [{ name: 'member', type: 6, value: ZEYLA }] }],
      },
    });
    const bare = loadFixture('interaction_create_command', {
      id: '1456255637913604201',
      data: { id: '1444840420147204098', name: 'privacy', type: 1, options: [{ name: 'erase', type: 1 }] },
    });
    const group = loadFixture('interaction_create_command', {
      id: '1456255637913604202',
      data: {
        id: '1444840420147204099',
        name: 'config',
        type: 1,
        options: [
          {
            name: 'welcome',
            type: 2,
            options: [{ name: 'set', type: 1, options: [{ name: 'channel', type: 7, value: '42' }] }],
          },
        ],
      },
    });
    const events = await dispatchAndCollect(c, [
      ['INTERACTION_CREATE', command],
      ['INTERACTION_CREATE', bare],
      ['INTERACTION_CREATE', group],
    ]);
    expect(events.map((e) => e.payload)).toEqual([
      expect.objectContaining({ commandName: 'privacy', subcommand: 'export', options: { member: ZEYLA } }),
      expect.objectContaining({ commandName: 'privacy', subcommand: 'erase', options: {} }),
      expect.objectContaining({ commandName: 'config', subcommand: 'welcome set', options: { channel: '42' } }),
    ]);
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

  it('ignores interactions from another guild and slash commands from DMs', async () => {
    const other = loadFixture('interaction_create_command', {
      id: '1456255637913604300',
      guild_id: TEST_IDS.otherGuildId,
    });
    const dm = fromDm(loadFixture('interaction_create_command', { id: '1456255637913604400' }));
    expect(
      await dispatchAndCollect(c, [
        ['INTERACTION_CREATE', other],
        ['INTERACTION_CREATE', dm],
      ]),
    ).toEqual([]);
  });

  it('a button or modal from a DM the bot sent belongs to the configured guild, marked inDirectMessage, with no roles', async () => {
    const button = fromDm(
      loadFixture('interaction_create_command', {
        id: '1456255637913604500',
        type: 3,
        data: { custom_id: 'moderation:appeal:12', component_type: 2 },
        message: gatewayMessage({
          id: '1456255637913604450',
          channelId: DM_CHANNEL,
          author: testBotUser(),
          content: 'You have been banned. Case #12.',
          components: [
            {
              type: 1,
              components: [{ type: 2, style: 2, label: 'Appeal case #12', custom_id: 'moderation:appeal:12' }],
            },
          ],
        }),
      }),
    );
    const modal = fromDm(
      loadFixture('interaction_create_command', {
        id: '1456255637913604600',
        type: 5,
        data: {
          custom_id: 'moderation:appeal-form:12',
          components: [
            {
              type: 18,
              id: 1,
              component: { type: 4, id: 2, custom_id: 'statement', value: 'It was a joke between friends.' },
            },
          ],
        },
      }),
    );
    const events = await dispatchAndCollect(c, [
      ['INTERACTION_CREATE', button],
      ['INTERACTION_CREATE', modal],
    ]);
    const dmBase = (id: string, token: string) => ({
      interactionId: id,
      token,
      userId: ZEYLA,
      channelId: DM_CHANNEL,
      memberRoles: [],
      inDirectMessage: true,
    });
    expect(events).toEqual([
      {
        id: 'discord:interaction.button:1456255637913604500',
        type: 'interaction.button',
        guildId: G,
        occurredAt: snowflakeTime('1456255637913604500'),
        source: 'discord',
        payload: { ...dmBase('1456255637913604500', String(button.token)), customId: 'moderation:appeal:12' },
      },
      {
        id: 'discord:interaction.modal:1456255637913604600',
        type: 'interaction.modal',
        guildId: G,
        occurredAt: snowflakeTime('1456255637913604600'),
        source: 'discord',
        payload: {
          ...dmBase('1456255637913604600', String(modal.token)),
          customId: 'moderation:appeal-form:12',
          fields: { statement: 'It was a joke between friends.' },
        },
      },
    ]);
  });
});
