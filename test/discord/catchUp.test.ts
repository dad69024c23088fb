import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/core/Clock.js';
import type { DiscordPlatform } from '../../src/platform/discord/DiscordPlatform.js';
import { channelHistory } from './channelHistory.js';
import {
  connectDiscordPlatform,
  unstartedDiscordPlatform,
  type ConnectedDiscordPlatform,
} from './connectDiscordPlatform.js';
import { startDiscordTestServer, TEST_IDS, type DiscordTestServer } from './DiscordTestServer.js';
import { dispatchAndCollect } from './dispatchAndCollect.js';
import { EventRecorder } from './EventRecorder.js';
import type { FixtureObject } from './fixtures.js';
import { gatewayMessage } from './gatewayMessage.js';

const G = TEST_IDS.guildId;
const GENERAL = TEST_IDS.channels.general;
const LIN = { id: '849000000000000570', username: 'lin', discriminator: '0', global_name: 'Lin' };

/** Message ids 1456…001, 1456…002, … (snowflakes of 2026), in posting order. */
const messageId = (n: number): string => (1_456_000_000_000_000_000n + BigInt(n)).toString();

/** A message as Get Channel Messages answers it (no guild_id, unlike MESSAGE_CREATE). */
function restMessage(n: number, author: FixtureObject = LIN, content = `message ${n}`): FixtureObject {
  return gatewayMessage({
    id: messageId(n),
    channelId: GENERAL,
    author,
    content,
    timestamp: '2026-03-01T12:00:00.000Z',
  });
}

describe('catch-up reads through discord.js', () => {
  let c: ConnectedDiscordPlatform | undefined;
  afterEach(async () => {
    await c?.close();
    c = undefined;
  });

  it('fetchAllMembers pages through List Guild Members by user id, 1,000 at a time', async () => {
    c = await connectDiscordPlatform();
    const many = Array.from({ length: 1001 }, (_, i) => ({
      user: { id: (849_100_000_000_000_000n + BigInt(i)).toString(), username: `m${i}`, discriminator: '0' },
      roles: [],
      joined_at: '2026-02-01T00:00:00.000000+00:00',
    }));
    c.discord.route('GET', `/guilds/${G}/members`, (request) => {
      const query = new URLSearchParams(request.query);
      const after = BigInt(query.get('after') ?? '0');
      return { status: 200, body: many.filter((m) => BigInt(m.user.id) > after).slice(0, Number(query.get('limit'))) };
    });
    c.discord.clearRequests();
    const members = await c.platform.fetchAllMembers(G);
    expect(members).toHaveLength(1001);
    expect(members[1000]).toEqual({
      userId: '849100000000001000',
      username: 'm1000',
      displayName: 'm1000',
      bot: false,
      roles: [],
      joinedAt: Date.UTC(2026, 1, 1),
      timeoutUntil: null,
      // From the user id (a snowflake).
      accountCreatedAt: Number(849_100_000_000_001_000n >> 22n) + 1_420_070_400_000,
    });
    expect(c.discord.requestsTo('GET', `/guilds/${G}/members`).map((r) => r.query)).toEqual([
      'limit=1000&after=0',
      'limit=1000&after=849100000000000999',
    ]);
  });

  it('fetchMessagesAfter reads after the cursor, 100 per request, oldest first, and stops at the limit', async () => {
    c = await connectDiscordPlatform();
    const bot = { id: TEST_IDS.botUserId, username: 'Guildhall', discriminator: '0', bot: true };
    channelHistory(c.discord, GENERAL, [
      ...Array.from({ length: 259 }, (_, i) => restMessage(i + 1)),
      restMessage(260, bot, 'the bot’s own'),
    ]);
    c.discord.clearRequests();

    const first = await c.platform.fetchMessagesAfter(G, GENERAL, messageId(0), 250);
    expect(first.events.map((e) => e.payload.messageId)).toEqual(
      Array.from({ length: 250 }, (_, i) => messageId(i + 1)),
    );
    expect(first).toMatchObject({ newestMessageId: messageId(250), complete: false });
    const rest = await c.platform.fetchMessagesAfter(G, GENERAL, messageId(250), 250);
    // The bot's own message moves the cursor but yields no event.
    expect(rest.events.map((e) => e.payload.messageId)).toEqual(
      Array.from({ length: 9 }, (_, i) => messageId(251 + i)),
    );
    expect(rest).toMatchObject({ newestMessageId: messageId(260), complete: true });

    expect(c.discord.requestsTo('GET', `/channels/${GENERAL}/messages`).map((r) => r.query)).toEqual([
      `after=${messageId(0)}&limit=100`,
      `after=${messageId(100)}&limit=100`,
      `after=${messageId(200)}&limit=50`,
      `after=${messageId(250)}&limit=100`,
    ]);
  });

  it('a message read back is the event the gateway delivered for it: same id, same payload', async () => {
    c = await connectDiscordPlatform();
    const message = {
      ...restMessage(7, LIN, 'hi <@849000000000000020>'),
      mentions: [{ id: TEST_IDS.memberUserId, username: 'ada', discriminator: '0' }],
      mention_roles: [TEST_IDS.roles.member],
      message_reference: { message_id: messageId(6), channel_id: GENERAL, type: 0 },
      attachments: [{ id: '1', filename: 'a.png', size: 1, url: 'https://cdn.example/a.png', proxy_url: 'x' }],
    };
    const [live] = await dispatchAndCollect(c, [['MESSAGE_CREATE', { ...message, guild_id: G }]]);
    channelHistory(c.discord, GENERAL, [message]);
    const history = await c.platform.fetchMessagesAfter(G, GENERAL, messageId(6), 100);
    expect(history.events).toEqual([live]);
    expect(live).toMatchObject({
      id: `discord:message.created:${messageId(7)}`,
      payload: { referencedMessageId: messageId(6), attachmentCount: 1, mentionedRoleIds: [TEST_IDS.roles.member] },
    });
  });

  it('an unreadable channel is a Forbidden, an unknown one a NotFound', async () => {
    c = await connectDiscordPlatform();
    c.discord.reply('GET', `/channels/${GENERAL}/messages`, 403, { code: 50001, message: 'Missing Access' });
    await expect(c.platform.fetchMessagesAfter(G, GENERAL, messageId(0), 10)).rejects.toMatchObject({
      name: 'Forbidden',
    });
    await expect(c.platform.fetchMessagesAfter(G, '849000000000000666', messageId(0), 10)).rejects.toMatchObject({
      name: 'NotFound',
      resource: 'channel',
    });
  });
});

describe('missed events: a new gateway session is reported, a resume is not', () => {
  let discord: DiscordTestServer | undefined;
  let platform: DiscordPlatform | undefined;
  afterEach(async () => {
    await platform?.stop();
    await discord?.close();
  });

  it('reports once per GUILD_CREATE after an invalid session, never for the first connection or a resume', async () => {
    discord = await startDiscordTestServer();
    platform = unstartedDiscordPlatform(discord, new ManualClock());
    const recorder = new EventRecorder();
    let reported = 0;
    let resolveReport: () => void = () => undefined;
    const report = new Promise<void>((resolve) => {
      resolveReport = resolve;
    });
    await platform.start(recorder.sink, {
      onEventsMissed: () => {
        reported += 1;
        resolveReport();
      },
    });
    const connected = { discord, platform, recorder, clock: new ManualClock(), close: () => Promise.resolve() };

    // A dropped connection that discord.js resumes: Discord replays, no GUILD_CREATE.
    discord.gateway.disconnect(4000);
    await dispatchAndCollect(connected, []);
    expect(discord.gateway.received.filter((p) => p.op === 6)).toHaveLength(1);
    expect(reported).toBe(0);

    // A session Discord will not resume: discord.js identifies again → READY, GUILD_CREATE.
    await discord.gateway.invalidateSession(false);
    await report;
    expect(discord.gateway.identifies).toHaveLength(2);
    await dispatchAndCollect(connected, []);
    expect(reported).toBe(1);
  });
});
