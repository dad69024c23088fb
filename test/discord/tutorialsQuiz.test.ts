import { stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/core/Clock.js';
import { startOnFakeDiscord, type GuildhallOnFakeDiscord } from '../app/startOnFakeDiscord.js';
import { testDialect } from '../testStore.js';
import { TEST_IDS } from './DiscordTestServer.js';
import { loadFixture } from './fixtures.js';

/**
 * `/quiz take` and its answer buttons through the real discord.js client: each answer is an
 * ephemeral reply (type 4, flags 64) with the verdict and the next question's buttons, the last
 * one the score.
 */
const G = TEST_IDS.guildId;

const config = stringify({
  version: 1,
  community: { name: 'Test Guild', guildId: G },
  privacy: { messageContentDays: 0 },
  analytics: { enabled: false },
  automod: { builtInRules: { 'new-member-spam': false } },
  onboarding: { journey: [], reengagement: { enabled: false } },
  tutorials: {
    quizzes: {
      items: [
        {
          id: 'ts_types',
          title: 'TypeScript types',
          questions: [
            { prompt: 'Which is a union?', choices: ['A | B', 'A & B'], answer: 0, explanation: 'A | B is either.' },
            { prompt: 'Is `unknown` safe?', choices: ['Yes', 'No'], answer: 0 },
          ],
        },
      ],
    },
  },
});

describe(`/quiz through discord.js (${testDialect})`, () => {
  const clock = new ManualClock(Date.UTC(2026, 2, 1, 12));
  let running: GuildhallOnFakeDiscord;

  beforeAll(async () => {
    running = await startOnFakeDiscord({ configText: config, clock });
  });
  afterAll(async () => {
    await running.close();
  });

  async function press(id: string, customId: string) {
    const { discord, app } = running;
    const interaction = loadFixture('interaction_create_button', { id, token: `token-${id}` });
    interaction.data = { custom_id: customId, component_type: 2, id: 2 };
    interaction.channel_id = TEST_IDS.channels.general;
    await discord.dispatch('INTERACTION_CREATE', interaction);
    const callback = await discord.waitForRequest('POST', `/interactions/${id}/token-${id}/callback`);
    await app.engine.settle();
    return callback.body;
  }

  it('asks each question with one button per choice and ends with the score', async () => {
    const { discord, app } = running;
    const ID = '1458000000000000901';
    const command = loadFixture('interaction_create_command', {
      id: ID,
      token: 'quiz-token',
      data: {
        id: '1444840420147204901',
        name: 'quiz',
        type: 1,
        options: [{ name: 'take', type: 1, options: [{ name: 'quiz', type: 3, value: 'ts_types' }] }],
      },
    });
    await discord.dispatch('INTERACTION_CREATE', command);
    const started = await discord.waitForRequest('POST', `/interactions/${ID}/quiz-token/callback`);
    await app.engine.settle();
    expect(started.body).toEqual({
      type: 4,
      data: {
        content: '**TypeScript types** · Question 1 of 2\nWhich is a union?',
        flags: 64,
        allowed_mentions: { parse: [] },
        components: [
          {
            type: 1,
            components: [
              { type: 2, style: 2, label: 'A | B', custom_id: `tutorials:quiz:${ID}:0:0` },
              { type: 2, style: 2, label: 'A & B', custom_id: `tutorials:quiz:${ID}:0:1` },
            ],
          },
        ],
      },
    });

    expect(await press('1458000000000000902', `tutorials:quiz:${ID}:0:0`)).toEqual({
      type: 4,
      data: {
        content: '✅ Right! A | B is either.\n\n**TypeScript types** · Question 2 of 2\nIs `unknown` safe?',
        flags: 64,
        allowed_mentions: { parse: [] },
        components: [
          {
            type: 1,
            components: [
              { type: 2, style: 2, label: 'Yes', custom_id: `tutorials:quiz:${ID}:1:0` },
              { type: 2, style: 2, label: 'No', custom_id: `tutorials:quiz:${ID}:1:1` },
            ],
          },
        ],
      },
    });

    const retakeAt = Math.floor((clock.now() + 86_400_000) / 1000);
    expect(await press('1458000000000000903', `tutorials:quiz:${ID}:1:1`)).toEqual({
      type: 4,
      data: {
        content: `❌ Not quite: the answer is **Yes**.\n\n**TypeScript types** finished: **50%** (1 of 2 right) · not passed\nYour best score: 50%. You can take it again <t:${retakeAt}:R>.`,
        flags: 64,
        allowed_mentions: { parse: [] },
      },
    });
  });
});
