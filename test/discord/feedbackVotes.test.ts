import { stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/core/Clock.js';
import { changeStatus } from '../../src/modules/feedback/lifecycle/changeStatus.js';
import { FeedbackItems, type FeedbackItem } from '../../src/modules/feedback/store/FeedbackItems.js';
import { feedbackDb } from '../../src/modules/feedback/FeedbackTables.js';
import { messageNonce } from '../../src/platform/messageNonce.js';
import { startOnFakeDiscord, type GuildhallOnFakeDiscord } from '../app/startOnFakeDiscord.js';
import { inFeedbackEngineUnit } from '../feedback/lifecycleFixture.js';
import { testDialect } from '../testStore.js';
import { TEST_IDS } from './DiscordTestServer.js';
import { loadFixture } from './fixtures.js';

/**
 * Feedback votes and status notices through the real discord.js client: a member's 👍 press
 * answered by an ephemeral interaction callback and the card edited with the new count; a
 * status change editing the card and posting the notice in the item's thread, pinging exactly
 * the author and the voter.
 */
const G = TEST_IDS.guildId;
const C = TEST_IDS.channels;
const ADA = '849000000000000300';
const BEN = '849000000000000301';
const NOOR = '849000000000000302';
const CARD = '1458000000000000500';
const START = Date.UTC(2026, 2, 1, 12);

const config = stringify({
  version: 1,
  community: { name: 'Test Guild', guildId: G },
  privacy: { messageContentDays: 0 },
  analytics: { enabled: false },
  automod: { builtInRules: { 'new-member-spam': false } },
  onboarding: { journey: [], reengagement: { enabled: false } },
});

// A `/feedback` item in #general: its card there, the thread started from the card (same id).
const ITEM: FeedbackItem = {
  guild_id: G,
  id: 'item-1',
  number: 1,
  type: 'feature',
  title: 'Dark mode',
  body: 'Please.',
  author_id: ADA,
  source: 'command',
  channel_id: C.general,
  thread_id: CARD,
  message_id: CARD,
  status: 'new',
  status_note: null,
  status_by: null,
  status_at: START,
  merged_into: null,
  sentiment_label: 'neutral',
  sentiment_score: 0,
  critical_reason: null,
  critical_alerted_at: null,
  up_votes: 0,
  down_votes: 0,
  created_at: START,
  updated_at: START,
};

describe(`feedback votes and notices through discord.js (${testDialect})`, () => {
  const clock = new ManualClock(START);
  let running: GuildhallOnFakeDiscord;

  beforeAll(async () => {
    running = await startOnFakeDiscord({ configText: config, clock });
  });
  afterAll(async () => {
    await running.close();
  });

  it('answers 👍 privately, edits the card, and tells author and voter in the thread on a status change', async () => {
    const { discord, app } = running;
    const { number, ...row } = ITEM;
    expect((await new FeedbackItems(app.store.db).insert(row)).number).toBe(number);
    await feedbackDb(app.store.db)
      .insertInto('feedback_followers')
      .values({ guild_id: G, item_id: ITEM.id, user_id: ADA, reason: 'author', since: START })
      .execute();
    discord.clearRequests();

    const interaction = loadFixture('interaction_create_button', { id: '1458000000000000601', token: 'token-601' });
    interaction.data = { custom_id: `feedback:up:${ITEM.id}`, component_type: 2, id: 2 };
    interaction.member = {
      user: { id: BEN, username: 'ben', discriminator: '0', global_name: 'Ben', avatar: null },
      roles: [TEST_IDS.roles.member],
      joined_at: '2026-01-01T12:00:00.000000+00:00',
      deaf: false,
      mute: false,
      pending: false,
      permissions: '0',
    };
    interaction.channel_id = C.general;
    await discord.dispatch('INTERACTION_CREATE', interaction);
    const callback = await discord.waitForRequest('POST', '/interactions/1458000000000000601/token-601/callback');
    await app.engine.settle();
    expect(callback.body).toEqual({
      type: 4,
      data: {
        content: 'Voted 👍 on #1 (👍 1 · 👎 0). You follow it: you will be told when its status changes.',
        flags: 64,
        allowed_mentions: { parse: [] },
      },
    });
    const cardPath = `/channels/${C.general}/messages/${CARD}`;
    const buttons = (up: number) => [
      {
        type: 1,
        components: [
          { type: 2, style: 3, label: `👍 ${up}`, custom_id: 'feedback:up:item-1' },
          { type: 2, style: 2, label: '👎 0', custom_id: 'feedback:down:item-1' },
          { type: 2, style: 2, label: 'Follow', custom_id: 'feedback:follow:item-1' },
        ],
      },
    ];
    const [voteEdit] = discord.requestsTo('PATCH', cardPath);
    expect(voteEdit?.body).toMatchObject({
      embeds: [
        {
          title: '#1 Dark mode',
          fields: [
            { name: 'Type', value: 'Feature request', inline: true },
            { name: 'Status', value: 'New', inline: true },
            { name: 'From', value: `<@${ADA}>`, inline: true },
            { name: 'Votes', value: '👍 1 · 👎 0', inline: true },
          ],
        },
      ],
      components: buttons(1),
    });

    discord.clearRequests();
    const item = await new FeedbackItems(app.store.db).get(G, ITEM.id);
    await inFeedbackEngineUnit(app.engine, G, async (ctx) => {
      if (item !== undefined) await changeStatus(ctx, G, item, 'planned', NOOR, 'Next release');
    });
    expect(discord.requests.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.path}`)).toEqual([
      `PATCH ${cardPath}`,
      `POST /channels/${CARD}/messages`,
    ]);
    const [statusEdit] = discord.requestsTo('PATCH', cardPath);
    expect(statusEdit?.body).toMatchObject({
      embeds: [
        {
          fields: [
            { name: 'Type', value: 'Feature request', inline: true },
            { name: 'Status', value: 'Planned', inline: true },
            { name: 'From', value: `<@${ADA}>`, inline: true },
            { name: 'Votes', value: '👍 1 · 👎 0', inline: true },
            { name: 'Note', value: 'Next release' },
          ],
        },
      ],
      components: buttons(1),
    });
    const [notice] = discord.requestsTo('POST', `/channels/${CARD}/messages`);
    expect(notice?.body).toEqual({
      content: `**#1 Dark mode** is now **Planned** (was New).\n> Next release\n<@${ADA}> <@${BEN}>`,
      allowed_mentions: { parse: [], users: [ADA, BEN] },
      nonce: messageNonce('feedback:status:item-1:0:0'),
      enforce_nonce: true,
    });
    // Nobody asked for DMs: none was opened.
    expect(discord.requestsTo('POST', '/users/@me/channels')).toEqual([]);
  });
});
