import { stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/core/Clock.js';
import { learningDb } from '../../src/modules/learning/LearningTables.js';
import { startOnFakeDiscord, type GuildhallOnFakeDiscord } from '../app/startOnFakeDiscord.js';
import { testDialect } from '../testStore.js';
import { TEST_IDS } from './DiscordTestServer.js';
import { loadFixture } from './fixtures.js';

/**
 * A journey session's "We met" button through the real discord.js client: answered by an
 * ephemeral interaction callback, the prompt in the pair's thread edited to the outcome
 * without buttons, nothing else sent to Discord (no DM, no new message).
 */
const G = TEST_IDS.guildId;
const ADA = '849000000000000300';
const BEN = '849000000000000301';
const THREAD = '1458000000000000700';
const PROMPT = '1458000000000000701';
const DAY = 86_400_000;
const START = Date.UTC(2026, 2, 1, 12);

const config = stringify({
  version: 1,
  community: { name: 'Test Guild', guildId: G },
  privacy: { messageContentDays: 0 },
  analytics: { enabled: false },
  automod: { builtInRules: { 'new-member-spam': false } },
  onboarding: { journey: [], reengagement: { enabled: false } },
  recognition: { preset: 'seed003' },
});

describe(`learning journey buttons through discord.js (${testDialect})`, () => {
  const clock = new ManualClock(START + DAY + 3_600_000);
  let running: GuildhallOnFakeDiscord;

  beforeAll(async () => {
    running = await startOnFakeDiscord({ configText: config, clock });
  });
  afterAll(async () => {
    await running.close();
  });

  it('records "met": ephemeral answer, the prompt edited without buttons', async () => {
    const { discord, app } = running;
    const db = learningDb(app.store.db);
    await db
      .insertInto('learning_mentorships')
      .values({
        guild_id: G,
        id: 'm1',
        mentor_id: ADA,
        mentee_id: BEN,
        compatibility: 0.9,
        source: 'assignment',
        status: 'active',
        thread_id: THREAD,
        started_at: START,
        ends_at: START + 180 * DAY,
        ended_at: null,
        ended_by: null,
        end_reason: null,
      })
      .execute();
    await db
      .insertInto('learning_sessions')
      .values({
        guild_id: G,
        id: 'm1-intro-1',
        mentorship_id: 'm1',
        kind: 'intro',
        seq: 1,
        due_at: START + DAY,
        prompt_message_id: PROMPT,
        outcome: 'pending',
        no_show_user_id: null,
        recorded_by: null,
        recorded_at: null,
      })
      .execute();
    discord.clearRequests();

    const interaction = loadFixture('interaction_create_button', { id: '1458000000000000801', token: 'token-801' });
    interaction.data = { custom_id: 'learning:session:m1-intro-1:met', component_type: 2, id: 2 };
    interaction.member = {
      user: { id: BEN, username: 'ben', discriminator: '0', global_name: 'Ben', avatar: null },
      roles: [TEST_IDS.roles.member],
      joined_at: '2026-01-01T12:00:00.000000+00:00',
      deaf: false,
      mute: false,
      pending: false,
      permissions: '0',
    };
    interaction.channel_id = THREAD;
    interaction.message = { ...(interaction.message as Record<string, unknown>), id: PROMPT, channel_id: THREAD };
    await discord.dispatch('INTERACTION_CREATE', interaction);
    const callback = await discord.waitForRequest('POST', '/interactions/1458000000000000801/token-801/callback');
    await app.engine.settle();
    expect(callback.body).toEqual({
      type: 4,
      data: {
        content: 'Recorded: Introduction session — met.',
        flags: 64,
        allowed_mentions: { parse: [] },
      },
    });
    expect(discord.requests.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.path}`)).toEqual([
      `PATCH /channels/${THREAD}/messages/${PROMPT}`,
      'POST /interactions/1458000000000000801/token-801/callback',
    ]);
    const [edit] = discord.requestsTo('PATCH', `/channels/${THREAD}/messages/${PROMPT}`);
    expect(edit?.body).toEqual({
      content: `<@${ADA}> <@${BEN}> **Introduction session**: ✅ you met (recorded by <@${BEN}>).`,
      embeds: [],
      components: [],
      allowed_mentions: { parse: [] },
    });
    const session = await db.selectFrom('learning_sessions').selectAll().executeTakeFirst();
    expect(session).toMatchObject({ outcome: 'met', recorded_by: BEN, recorded_at: clock.now() });
    const contributions = await app.store.db
      .selectFrom('event_log')
      .select('payload')
      .where('type', '=', 'contribution.recorded')
      .execute();
    expect(contributions.map((r) => JSON.parse(r.payload) as unknown)).toEqual([
      { userId: ADA, kind: 'peer_mentoring', sourceId: 'm1-intro-1', channelId: THREAD },
    ]);
  });
});
