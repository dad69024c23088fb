import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectDiscordPlatform, type ConnectedDiscordPlatform } from './connectDiscordPlatform.js';
import { dispatchAndCollect } from './dispatchAndCollect.js';
import { loadFixture } from './fixtures.js';
import { TEST_IDS, testBotUser } from './testGuild.js';

const G = TEST_IDS.guildId;
const GENERAL = TEST_IDS.channels.general;
// message_create_1.json / message_update_1.json: zeyla writes "a", then edits it to "b".
const MESSAGE = '302917639565475840';
const ZEYLA = '114941315417899012';

describe('message events from the gateway', () => {
  let c: ConnectedDiscordPlatform;
  beforeAll(async () => {
    c = await connectDiscordPlatform();
  });
  afterAll(async () => {
    await c.close();
  });

  it('MESSAGE_CREATE becomes message.created keyed by the message id, the same on redelivery', async () => {
    const create = loadFixture('message_create_1', { guild_id: G, channel_id: GENERAL });
    const events = await dispatchAndCollect(c, [
      ['MESSAGE_CREATE', create],
      ['MESSAGE_CREATE', create],
    ]);
    const id = `discord:message.created:${MESSAGE}`;
    expect(events.map((e) => e.id)).toEqual([id, id]);
    expect(events[0]).toEqual({
      id,
      type: 'message.created',
      guildId: G,
      occurredAt: Date.parse('2017-04-15T21:26:33.210Z'),
      source: 'discord',
      payload: {
        messageId: MESSAGE,
        channelId: GENERAL,
        authorId: ZEYLA,
        authorBot: false,
        content: 'a',
        mentionedUserIds: [],
        mentionedRoleIds: [],
        referencedMessageId: null,
        attachmentCount: 0,
      },
    });
  });

  it('reads mentions, replies and attachments; other bots count as bots', async () => {
    // message_create_3.json: a bot's message with a v6 member object (numeric role ids).
    const create = loadFixture('message_create_3', {
      guild_id: G,
      channel_id: GENERAL,
      mentions: [{ id: ZEYLA, username: 'zeyla', discriminator: '5479' }],
      mention_roles: [TEST_IDS.roles.member],
      message_reference: { message_id: MESSAGE, channel_id: GENERAL, guild_id: G },
      attachments: [{ id: '1', filename: 'a.png', size: 1, url: 'https://cdn/a.png', proxy_url: 'https://cdn/a.png' }],
    });
    const [event] = await dispatchAndCollect(c, [['MESSAGE_CREATE', create]]);
    expect(event?.payload).toMatchObject({
      authorBot: true,
      mentionedUserIds: [ZEYLA],
      mentionedRoleIds: [TEST_IDS.roles.member],
      referencedMessageId: MESSAGE,
      attachmentCount: 1,
    });
  });

  it("ignores the bot's own messages and edits", async () => {
    const own = { author: testBotUser(), guild_id: G, channel_id: GENERAL, id: '849000000000000901' };
    const events = await dispatchAndCollect(c, [
      ['MESSAGE_CREATE', loadFixture('message_create_2', own)],
      ['MESSAGE_UPDATE', loadFixture('message_update_1', own)],
    ]);
    expect(events).toEqual([]);
  });

  it('MESSAGE_UPDATE with an edit time becomes message.edited keyed by message and edit time', async () => {
    const update = loadFixture('message_update_1', { guild_id: G, channel_id: GENERAL });
    const events = await dispatchAndCollect(c, [
      ['MESSAGE_UPDATE', update],
      ['MESSAGE_UPDATE', update],
    ]);
    const editedAt = Date.parse('2017-04-15T21:30:43.074Z');
    const id = `discord:message.edited:${MESSAGE}:${editedAt}`;
    expect(events.map((e) => e.id)).toEqual([id, id]);
    expect(events[0]).toMatchObject({
      occurredAt: editedAt,
      payload: { messageId: MESSAGE, channelId: GENERAL, authorId: ZEYLA, content: 'b', editedAt },
    });
  });

  it('a MESSAGE_UPDATE without an edit time (embed unfurl) is not an edit', async () => {
    const unfurl = loadFixture('message_update_1', { guild_id: G, channel_id: GENERAL, edited_timestamp: null });
    expect(await dispatchAndCollect(c, [['MESSAGE_UPDATE', unfurl]])).toEqual([]);
  });

  it('MESSAGE_DELETE and MESSAGE_DELETE_BULK become message.deleted per message', async () => {
    const events = await dispatchAndCollect(c, [
      ['MESSAGE_DELETE', { id: MESSAGE, channel_id: GENERAL, guild_id: G }],
      ['MESSAGE_DELETE', { id: MESSAGE, channel_id: GENERAL, guild_id: G }],
      ['MESSAGE_DELETE_BULK', { ids: ['849000000000000902', '849000000000000903'], channel_id: GENERAL, guild_id: G }],
    ]);
    expect(events.map((e) => e.id)).toEqual([
      `discord:message.deleted:${MESSAGE}`,
      `discord:message.deleted:${MESSAGE}`,
      'discord:message.deleted:849000000000000902',
      'discord:message.deleted:849000000000000903',
    ]);
    expect(events[0]).toMatchObject({ occurredAt: c.clock.now(), payload: { messageId: MESSAGE, channelId: GENERAL } });
  });

  it('ignores messages of another guild and direct messages', async () => {
    const events = await dispatchAndCollect(c, [
      ['MESSAGE_CREATE', loadFixture('message_create_1', { guild_id: TEST_IDS.otherGuildId })],
      ['MESSAGE_CREATE', loadFixture('message_create_1', { channel_id: '849000000000000990' })],
      ['MESSAGE_UPDATE', loadFixture('message_update_1', { guild_id: TEST_IDS.otherGuildId })],
      ['MESSAGE_DELETE', { id: MESSAGE, channel_id: GENERAL, guild_id: TEST_IDS.otherGuildId }],
    ]);
    expect(events).toEqual([]);
  });
});
