import { stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/core/Clock.js';
import { startOnFakeDiscord, type GuildhallOnFakeDiscord } from '../app/startOnFakeDiscord.js';
import { testDialect } from '../testStore.js';
import { TEST_IDS } from './DiscordTestServer.js';
import { loadFixture } from './fixtures.js';

/**
 * `/learn profile` through the real discord.js client: the command answered with the profile
 * form (callback type 9, each text input in a Label), the chosen options in its custom id;
 * its submission stored and answered privately (flags 64) with the profile.
 */
const G = TEST_IDS.guildId;
const GENERAL = TEST_IDS.channels.general;

const config = stringify({
  version: 1,
  community: { name: 'Test Guild', guildId: G },
  privacy: { messageContentDays: 0 },
  analytics: { enabled: false },
  automod: { builtInRules: { 'new-member-spam': false } },
  onboarding: { journey: [], reengagement: { enabled: false } },
  learning: { goals: ['frontend', 'backend', 'data'], industries: ['fintech', 'edtech'] },
});

describe(`/learn profile through discord.js (${testDialect})`, () => {
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

  const input = (
    customId: string,
    label: string,
    style: 1 | 2,
    required: boolean,
    max: number,
    placeholder: string,
  ) => ({
    type: 18,
    label,
    component: { type: 4, custom_id: customId, style, required, max_length: max, placeholder },
  });

  it('answers /learn profile with the form, and its submission with the saved profile', async () => {
    const { discord } = running;
    discord.clearRequests();
    const command = loadFixture('interaction_create_command', {
      id: '1458100000000000001',
      token: 'profile-token',
      data: {
        id: '1444840420147204200',
        name: 'learn',
        type: 1,
        options: [
          {
            name: 'profile',
            type: 1,
            options: [
              { name: 'skill', type: 3, value: 'intermediate' },
              { name: 'pace', type: 3, value: 'steady' },
              { name: 'style', type: 3, value: 'hands-on' },
              { name: 'communication', type: 3, value: 'async' },
              { name: 'industry', type: 3, value: 'fintech' },
            ],
          },
        ],
      },
    });
    const customId = 'learning:profile:intermediate:steady:hands-on:async:fintech';
    const languages = input('languages', 'Languages (comma-separated)', 1, false, 100, 'en, de');
    expect(await interact(command, 'profile-token')).toEqual({
      type: 9,
      data: {
        custom_id: customId,
        title: 'Your learner profile',
        components: [
          input('goals', 'Career goals (comma-separated)', 1, true, 300, 'frontend, backend, data'),
          input('interests', 'Interests (tags, comma-separated)', 2, false, 300, 'react, sql, open source'),
          input('timezone', 'Time zone', 1, true, 64, 'Europe/Berlin, America/New_York or UTC'),
          input(
            'availability',
            'When you are available (your time)',
            1,
            true,
            300,
            'weekday evenings, weekend mornings',
          ),
          { ...languages, component: { ...languages.component, value: 'en' } },
        ],
      },
    });

    discord.clearRequests();
    const SUBMIT = '1458100000000000002';
    const modal = loadFixture('interaction_create_modal', { id: SUBMIT, token: 'submit-token' });
    const field = (id: string, value: string) => ({ type: 18, component: { type: 4, custom_id: id, value } });
    modal.data = {
      custom_id: customId,
      components: [
        field('goals', 'backend, data'),
        field('interests', 'Postgres'),
        field('timezone', 'Europe/Berlin'),
        field('availability', 'weekday evenings'),
        field('languages', 'en, de'),
      ],
    };
    modal.channel_id = GENERAL;
    const answer = await interact(modal, 'submit-token');

    // Nothing but the private answer goes out.
    expect(discord.requests.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.path}`)).toEqual([
      `POST /interactions/${SUBMIT}/submit-token/callback`,
    ]);
    expect(answer).toEqual({
      type: 4,
      data: {
        content: [
          'Your learner profile is saved.',
          '**Skill:** intermediate',
          '**Pace:** steady',
          '**Style:** hands-on',
          '**Communication:** async',
          '**Career goals:** backend, data',
          '**Interests:** postgres',
          '**Industry:** fintech',
          '**Time zone:** Europe/Berlin',
          '**Availability:** weekday-evening',
          '**Languages:** en, de',
          '**Study groups:** takes part',
        ].join('\n'),
        flags: 64,
        allowed_mentions: { parse: [] },
      },
    });
  });
});
