import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectDiscordPlatform, type ConnectedDiscordPlatform } from './connectDiscordPlatform.js';
import { dispatchAndCollect } from './dispatchAndCollect.js';
import { loadFixture } from './fixtures.js';
import { TEST_IDS } from './testGuild.js';

const G = TEST_IDS.guildId;

describe('thread and invite events from the gateway', () => {
  let c: ConnectedDiscordPlatform;
  beforeAll(async () => {
    c = await connectDiscordPlatform();
  });
  afterAll(async () => {
    await c.close();
  });

  it('THREAD_CREATE becomes thread.created keyed by the thread id, timed by create_timestamp', async () => {
    const thread = loadFixture('thread_create');
    const events = await dispatchAndCollect(c, [
      ['THREAD_CREATE', thread],
      ['THREAD_CREATE', thread],
    ]);
    const id = 'discord:thread.created:1456255637913604100';
    expect(events.map((e) => e.id)).toEqual([id, id]);
    expect(events[0]).toEqual({
      id,
      type: 'thread.created',
      guildId: G,
      occurredAt: Date.UTC(2026, 0, 1, 12),
      source: 'discord',
      payload: {
        threadId: '1456255637913604100',
        parentId: TEST_IDS.channels.general,
        ownerId: '114941315417899012',
        name: 'Release planning',
      },
    });
  });

  it('INVITE_CREATE becomes invite.created keyed by code and creation time', async () => {
    const invite = loadFixture('invite_create');
    const events = await dispatchAndCollect(c, [
      ['INVITE_CREATE', invite],
      ['INVITE_CREATE', invite],
    ]);
    const createdAt = Date.UTC(2026, 0, 1, 9, 30);
    const id = `discord:invite.created:gh7Tq2:${createdAt}`;
    expect(events.map((e) => e.id)).toEqual([id, id]);
    expect(events[0]).toMatchObject({
      occurredAt: createdAt,
      payload: {
        code: 'gh7Tq2',
        channelId: TEST_IDS.channels.welcome,
        inviterId: '114941315417899012',
        uses: 0,
        maxUses: 25,
      },
    });
  });

  it('ignores threads and invites of another guild', async () => {
    const events = await dispatchAndCollect(c, [
      [
        'THREAD_CREATE',
        loadFixture('thread_create', { guild_id: TEST_IDS.otherGuildId, parent_id: '849000000000000998' }),
      ],
      [
        'INVITE_CREATE',
        loadFixture('invite_create', { guild_id: TEST_IDS.otherGuildId, channel_id: '849000000000000998' }),
      ],
    ]);
    expect(events).toEqual([]);
  });
});
