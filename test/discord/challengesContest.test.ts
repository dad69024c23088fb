import { stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/core/Clock.js';
import { messageNonce } from '../../src/platform/messageNonce.js';
import { startOnFakeDiscord, type GuildhallOnFakeDiscord } from '../app/startOnFakeDiscord.js';
import { testDialect } from '../testStore.js';
import { TEST_IDS } from './DiscordTestServer.js';
import { loadFixture } from './fixtures.js';

/**
 * A monthly challenge through the real discord.js client: the announcement embed posted at its
 * opening (deadlines as Discord timestamps), `/challenge submit` answered with the form (callback
 * type 9), and the form's submission posting the entry card and answering privately.
 */
const G = TEST_IDS.guildId;
const GENERAL = TEST_IDS.channels.general;
const ZEYLA = '114941315417899012'; // invoker of the interaction fixtures
const OPENS = Date.UTC(2026, 2, 5);
const SUBMISSIONS_CLOSE = OPENS + 21 * 86_400_000;
const VOTING_CLOSE = SUBMISSIONS_CLOSE + 5 * 86_400_000;

const config = stringify({
  version: 1,
  community: { name: 'Test Guild', guildId: G },
  privacy: { messageContentDays: 0 },
  analytics: { enabled: false },
  automod: { builtInRules: { 'new-member-spam': false } },
  onboarding: { journey: [], reengagement: { enabled: false } },
  challenges: {
    contests: {
      channel: 'general',
      schedule: {
        items: [
          {
            id: 'cli-tools',
            title: 'Build a CLI tool',
            level: 'beginner',
            theme: 'Developer tools',
            opensAt: '2026-03-05',
          },
        ],
      },
    },
  },
});

describe(`a monthly challenge through discord.js (${testDialect})`, () => {
  const clock = new ManualClock(Date.UTC(2026, 2, 4, 12));
  let running: GuildhallOnFakeDiscord;

  beforeAll(async () => {
    running = await startOnFakeDiscord({ configText: config, clock });
  });
  afterAll(async () => {
    await running.close();
  });

  async function interact(payload: Record<string, unknown>, token: string): Promise<unknown> {
    const { discord, app } = running;
    await discord.dispatch('INTERACTION_CREATE', payload);
    const callback = await discord.waitForRequest('POST', `/interactions/${String(payload.id)}/${token}/callback`);
    await app.engine.settle();
    return callback.body;
  }

  it('announces the challenge, answers /challenge submit with the form and posts the submitted entry', async () => {
    const { discord, app } = running;
    discord.clearRequests();
    clock.set(OPENS + 1000);
    while ((await app.scheduler.runDue()) > 0) await app.engine.settle();
    const posts = discord.requestsTo('POST', `/channels/${GENERAL}/messages`);
    expect(posts).toHaveLength(1);
    expect(posts[0]?.body).toMatchObject({
      content: 'A new challenge is open: **Build a CLI tool**. Submit with `/challenge submit`.',
      embeds: [
        {
          title: '🏆 Challenge: Build a CLI tool',
          fields: [
            { name: 'Level', value: 'Beginner', inline: true },
            { name: 'Theme', value: 'Developer tools', inline: true },
            { name: 'Submissions close', value: `<t:${SUBMISSIONS_CLOSE / 1000}:F>`, inline: false },
            { name: 'Voting closes', value: `<t:${VOTING_CLOSE / 1000}:F>`, inline: false },
            { name: 'Rules', value: expect.stringContaining('/challenge submit') as unknown },
          ],
        },
      ],
    });

    discord.clearRequests();
    const command = loadFixture('interaction_create_command', {
      id: '1458000000000000301',
      token: 'challenge-token',
      data: { id: '1444840420147204301', name: 'challenge', type: 1, options: [{ name: 'submit', type: 1 }] },
    });
    expect(await interact(command, 'challenge-token')).toMatchObject({
      type: 9,
      data: {
        custom_id: 'challenges:contest-entry:cli-tools',
        title: 'Entry: Build a CLI tool',
        components: [
          { type: 18, label: 'Title', component: { type: 4, custom_id: 'title', style: 1, required: true } },
          { type: 18, label: 'Link (https://…)', component: { type: 4, custom_id: 'link', style: 1, required: true } },
          {
            type: 18,
            label: 'Description',
            component: { type: 4, custom_id: 'description', style: 2, required: false },
          },
        ],
      },
    });

    discord.clearRequests();
    const SUBMIT = '1458000000000000302';
    const modal = loadFixture('interaction_create_modal', { id: SUBMIT, token: 'entry-token' });
    const field = (customId: string, value: string) => ({
      type: 18,
      component: { type: 4, custom_id: customId, value },
    });
    modal.data = {
      custom_id: 'challenges:contest-entry:cli-tools',
      components: [
        field('title', 'grepx'),
        field('link', 'https://example.com/grepx'),
        field('description', 'A faster grep.'),
      ],
    };
    modal.channel_id = GENERAL;
    const answer = await interact(modal, 'entry-token');
    const writes = discord.requests.filter((r) => r.method !== 'GET');
    expect(writes.map((r) => `${r.method} ${r.path}`)).toEqual([
      `POST /channels/${GENERAL}/messages`,
      `POST /interactions/${SUBMIT}/entry-token/callback`,
    ]);
    expect(writes[0]?.body).toEqual({
      embeds: [
        {
          title: '#1 grepx',
          color: 0x5865f2,
          description: 'A faster grep.',
          fields: [
            { name: 'By', value: `<@${ZEYLA}>`, inline: true },
            { name: 'Link', value: 'https://example.com/grepx', inline: true },
          ],
          footer: { text: 'Challenge: Build a CLI tool' },
        },
      ],
      allowed_mentions: { parse: [] },
      nonce: messageNonce('challenges:entry:cli-tools:1'),
      enforce_nonce: true,
    });
    expect(answer).toEqual({
      type: 4,
      data: {
        content: 'Thanks! Your entry to **Build a CLI tool** is #1. Voting opens when submissions close.',
        flags: 64,
        allowed_mentions: { parse: [] },
      },
    });
  });
});
