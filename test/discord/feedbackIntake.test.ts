import { stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/core/Clock.js';
import { DEFAULT_AUTO_RESPONSES } from '../../src/modules/feedback/FeedbackConfig.js';
import { messageNonce } from '../../src/platform/messageNonce.js';
import { startOnFakeDiscord, type GuildhallOnFakeDiscord } from '../app/startOnFakeDiscord.js';
import { testDialect } from '../testStore.js';
import { TEST_IDS } from './DiscordTestServer.js';
import { loadFixture } from './fixtures.js';

/**
 * `/feedback submit` through the real discord.js client: the command answered with the form
 * (callback type 9, as Discord's modal response), its submission making the item: the card
 * posted in the channel with its nonce, a thread started from it, the auto-response in the
 * thread pinging only the author, and the ephemeral answer with the item's number.
 */
const G = TEST_IDS.guildId;
const GENERAL = TEST_IDS.channels.general;
const ZEYLA = '114941315417899012'; // invoker of the interaction fixtures

const config = stringify({
  version: 1,
  community: { name: 'Test Guild', guildId: G },
  privacy: { messageContentDays: 0 },
  analytics: { enabled: false },
  automod: { builtInRules: { 'new-member-spam': false } },
  onboarding: { journey: [], reengagement: { enabled: false } },
  feedback: { channel: null },
});

describe(`/feedback submit through discord.js (${testDialect})`, () => {
  const clock = new ManualClock(Date.UTC(2026, 2, 1, 12));
  let running: GuildhallOnFakeDiscord;

  beforeAll(async () => {
    running = await startOnFakeDiscord({ configText: config, clock });
  });
  afterAll(async () => {
    await running.close();
  });

  /** Dispatches an interaction; answers its callback's body once the engine is done with it. */
  async function interact(payload: Record<string, unknown>, token: string): Promise<unknown> {
    const { discord, app } = running;
    await discord.dispatch('INTERACTION_CREATE', payload);
    const callback = await discord.waitForRequest('POST', `/interactions/${String(payload.id)}/${token}/callback`);
    await app.engine.settle();
    return callback.body;
  }

  it('answers /feedback submit with the form, and its submission with the card, thread and auto-response', async () => {
    const { discord } = running;
    discord.clearRequests();
    const command = loadFixture('interaction_create_command', {
      id: '1458000000000000001',
      token: 'form-token',
      data: {
        id: '1444840420147204100',
        name: 'feedback',
        type: 1,
        options: [{ name: 'submit', type: 1, options: [{ name: 'type', type: 3, value: 'feature' }] }],
      },
    });
    expect(await interact(command, 'form-token')).toEqual({
      type: 9,
      data: {
        custom_id: 'feedback:form:feature',
        title: 'Feature request',
        components: [
          {
            type: 18,
            label: 'Title',
            component: {
              type: 4,
              custom_id: 'title',
              style: 1,
              required: true,
              min_length: 1,
              max_length: 100,
              placeholder: 'What you would like',
            },
          },
          {
            type: 18,
            label: 'Details',
            component: {
              type: 4,
              custom_id: 'details',
              style: 2,
              required: false,
              max_length: 1500,
              placeholder: 'What it would let you do, and why it matters',
            },
          },
        ],
      },
    });

    discord.clearRequests();
    const SUBMIT = '1458000000000000002';
    const modal = loadFixture('interaction_create_modal', { id: SUBMIT, token: 'submit-token' });
    const field = (customId: string, value: string) => ({
      type: 18,
      component: { type: 4, custom_id: customId, value },
    });
    modal.data = {
      custom_id: 'feedback:form:feature',
      components: [field('title', 'Dark mode'), field('details', 'Please add a dark theme.')],
    };
    modal.channel_id = GENERAL;
    const answer = await interact(modal, 'submit-token');

    const writes = discord.requests.filter((r) => r.method !== 'GET');
    const [card] = discord.requestsTo('POST', `/channels/${GENERAL}/messages`);
    // A thread started from a message has the message's id (on Discord as in the fake).
    const [thread] = discord.requestsTo('POST', new RegExp(`^/channels/${GENERAL}/messages/\\d+/threads$`));
    const threadId = /messages\/(\d+)\/threads/.exec(thread?.path ?? '')?.[1] ?? 'none';
    const threadPath = `/channels/${GENERAL}/messages/${threadId}/threads`;
    expect(writes.map((r) => `${r.method} ${r.path}`)).toEqual([
      `POST /channels/${GENERAL}/messages`,
      `POST ${threadPath}`,
      `POST /channels/${threadId}/messages`,
      `POST /interactions/${SUBMIT}/submit-token/callback`,
    ]);
    expect(card?.body).toEqual({
      embeds: [
        {
          title: '#1 Dark mode',
          color: 0x5865f2,
          description: 'Please add a dark theme.',
          fields: [
            { name: 'Type', value: 'Feature request', inline: true },
            { name: 'Status', value: 'New', inline: true },
            { name: 'From', value: `<@${ZEYLA}>`, inline: true },
          ],
        },
      ],
      components: [
        {
          type: 1,
          components: [
            { type: 2, style: 3, label: '👍 0', custom_id: `feedback:up:${SUBMIT}` },
            { type: 2, style: 2, label: '👎 0', custom_id: `feedback:down:${SUBMIT}` },
            { type: 2, style: 2, label: 'Follow', custom_id: `feedback:follow:${SUBMIT}` },
          ],
        },
      ],
      allowed_mentions: { parse: [] },
      nonce: messageNonce(`feedback:card:${SUBMIT}`),
      enforce_nonce: true,
    });
    expect(thread?.body).toEqual({ name: '#1 Dark mode', auto_archive_duration: 1440 });
    const [response] = discord.requestsTo('POST', `/channels/${threadId}/messages`);
    expect(response?.body).toEqual({
      content: `<@${ZEYLA}> ${DEFAULT_AUTO_RESPONSES.feature} (#1)`,
      allowed_mentions: { parse: [], users: [ZEYLA] },
      nonce: expect.any(String) as string,
      enforce_nonce: true,
    });
    expect(answer).toEqual({
      type: 4,
      data: {
        content: `Thanks! Your feedback is #1: https://discord.com/channels/${G}/${threadId}`,
        flags: 64,
        allowed_mentions: { parse: [] },
      },
    });
  });
});
