import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectDiscordPlatform, type ConnectedDiscordPlatform } from './connectDiscordPlatform.js';
import { dispatchAndCollect } from './dispatchAndCollect.js';
import { loadFixture } from './fixtures.js';
import { TEST_IDS } from './testGuild.js';

const G = TEST_IDS.guildId;
const GENERAL = TEST_IDS.channels.general;
const ZEYLA = '114941315417899012';

describe('reaction events from the gateway', () => {
  let c: ConnectedDiscordPlatform;
  beforeAll(async () => {
    c = await connectDiscordPlatform();
  });
  afterAll(async () => {
    await c.close();
  });

  it('MESSAGE_REACTION_ADD with a custom emoji becomes reaction.added keyed by message, user and emoji id', async () => {
    // message_reaction_add_1.json: zeyla reacts :AkaShrug: to a message nobody cached.
    const add = loadFixture('message_reaction_add_1', { guild_id: G, channel_id: GENERAL });
    const events = await dispatchAndCollect(c, [
      ['MESSAGE_REACTION_ADD', add],
      ['MESSAGE_REACTION_ADD', add],
    ]);
    const id = `discord:reaction.added:302928389764022282:${ZEYLA}:238039508006862848`;
    expect(events.map((e) => e.id)).toEqual([id, id]);
    expect(events[0]).toEqual({
      id,
      type: 'reaction.added',
      guildId: G,
      occurredAt: c.clock.now(),
      source: 'discord',
      payload: {
        messageId: '302928389764022282',
        channelId: GENERAL,
        userId: ZEYLA,
        emoji: { id: '238039508006862848', name: 'AkaShrug' },
        messageAuthorId: null,
      },
    });
  });

  it('a unicode emoji is keyed by its name', async () => {
    const [event] = await dispatchAndCollect(c, [
      ['MESSAGE_REACTION_ADD', loadFixture('message_reaction_add_2', { guild_id: G, channel_id: GENERAL })],
    ]);
    expect(event?.id).toBe(`discord:reaction.added:307288080891772929:${ZEYLA}:👍`);
    expect(event?.payload).toMatchObject({ emoji: { id: null, name: '👍' } });
  });

  it('knows the reacted message author from the message cache or from message_author_id', async () => {
    const message = loadFixture('message_create_1', { guild_id: G, channel_id: GENERAL, id: '849000000000000910' });
    const events = await dispatchAndCollect(c, [
      ['MESSAGE_CREATE', message],
      [
        'MESSAGE_REACTION_ADD',
        loadFixture('message_reaction_add_2', {
          guild_id: G,
          channel_id: GENERAL,
          message_id: '849000000000000910',
          user_id: TEST_IDS.memberUserId,
        }),
      ],
      [
        'MESSAGE_REACTION_ADD',
        loadFixture('message_reaction_add_2', {
          guild_id: G,
          channel_id: GENERAL,
          message_id: '849000000000000911',
          message_author_id: TEST_IDS.ownerId,
        }),
      ],
    ]);
    expect(events.slice(1).map((e) => (e.type === 'reaction.added' ? e.payload.messageAuthorId : e.type))).toEqual([
      ZEYLA,
      TEST_IDS.ownerId,
    ]);
  });

  it('MESSAGE_REACTION_REMOVE becomes reaction.removed', async () => {
    const [event] = await dispatchAndCollect(c, [
      ['MESSAGE_REACTION_REMOVE', loadFixture('message_reaction_remove_1', { guild_id: G, channel_id: GENERAL })],
    ]);
    expect(event).toMatchObject({
      id: `discord:reaction.removed:302928389764022282:${ZEYLA}:238039508006862848`,
      type: 'reaction.removed',
      payload: { userId: ZEYLA, emoji: { id: '238039508006862848', name: 'AkaShrug~1' } },
    });
  });

  it("ignores another guild's reactions and the bot's own", async () => {
    const events = await dispatchAndCollect(c, [
      // message_reaction_add_3.json carries guild 381880193251409931, not ours.
      ['MESSAGE_REACTION_ADD', loadFixture('message_reaction_add_3')],
      [
        'MESSAGE_REACTION_ADD',
        loadFixture('message_reaction_add_2', { guild_id: G, channel_id: GENERAL, user_id: TEST_IDS.botUserId }),
      ],
    ]);
    expect(events).toEqual([]);
  });
});
