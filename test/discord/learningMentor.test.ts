import { stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/core/Clock.js';
import { learningDb } from '../../src/modules/learning/LearningTables.js';
import { messageNonce } from '../../src/platform/messageNonce.js';
import { startOnFakeDiscord, type GuildhallOnFakeDiscord } from '../app/startOnFakeDiscord.js';
import { testDialect } from '../testStore.js';
import { TEST_IDS } from './DiscordTestServer.js';
import { loadFixture } from './fixtures.js';

/**
 * `/mentor request` and the mentor's Accept through the real discord.js client: the request
 * posted in the mentoring channel pinging only the mentor, with Accept / Decline buttons; the
 * press starting a private thread (type 12) under that channel, the intro there pinging both,
 * and the ephemeral interaction callbacks.
 */
const G = TEST_IDS.guildId;
const GENERAL = TEST_IDS.channels.general;
const ZEYLA = '114941315417899012'; // invoker of the interaction fixtures: the mentee
const ADA = TEST_IDS.memberUserId; // the mentor
const START = Date.UTC(2026, 2, 2, 12);

const config = stringify({
  version: 1,
  community: { name: 'Test Guild', guildId: G },
  privacy: { messageContentDays: 0 },
  analytics: { enabled: false },
  automod: { builtInRules: { 'new-member-spam': false } },
  onboarding: { journey: [], reengagement: { enabled: false } },
  learning: { mentors: { channel: 'general' } },
});

function profile(userId: string, interests: string[], goals: string[]) {
  return {
    guild_id: G,
    user_id: userId,
    skill: 'beginner' as const,
    pace: 'steady' as const,
    style: 'hands-on' as const,
    communication: 'live' as const,
    goals: JSON.stringify(goals),
    industry: null,
    interests: JSON.stringify(interests),
    languages: JSON.stringify(['en']),
    timezone: 'UTC',
    availability: JSON.stringify(['weekday-evening']),
    groups_opt_in: 0,
    seeking_mentor: 0,
    mentor_category: null,
    dm: 0,
    no_shows: 0,
    created_at: START,
    updated_at: START,
  };
}

describe(`/mentor request and Accept through discord.js (${testDialect})`, () => {
  const clock = new ManualClock(START);
  let running: GuildhallOnFakeDiscord;

  beforeAll(async () => {
    running = await startOnFakeDiscord({ configText: config, clock });
  });
  afterAll(async () => {
    await running.close();
  });

  /** Dispatches an interaction; answers its callback's body once the engine is done with it. */
  async function interact(payload: Record<string, unknown>): Promise<unknown> {
    const { discord, app } = running;
    await discord.dispatch('INTERACTION_CREATE', payload);
    const callback = await discord.waitForRequest(
      'POST',
      `/interactions/${String(payload.id)}/${String(payload.token)}/callback`,
    );
    await app.engine.settle();
    return callback.body;
  }

  it('posts the request to the mentor, and their Accept starts the private thread with the intro', async () => {
    const { discord, app } = running;
    const db = learningDb(app.store.db);
    await db
      .insertInto('learning_profiles')
      .values([profile(ZEYLA, ['typescript', 'databases'], ['backend']), profile(ADA, [], [])])
      .execute();
    await db
      .insertInto('learning_mentors')
      .values({
        guild_id: G,
        user_id: ADA,
        category: 'senior-learner',
        domains: JSON.stringify(['typescript', 'databases', 'backend']),
        capacity: 1,
        active: 1,
        created_at: START,
        updated_at: START,
      })
      .execute();
    discord.clearRequests();

    const command = loadFixture('interaction_create_command', {
      id: '1458000000000000701',
      token: 'request-token',
      channel_id: GENERAL,
      data: {
        id: '1444840420147204200',
        name: 'mentor',
        type: 1,
        options: [{ name: 'request', type: 1, options: [{ name: 'mentor', type: 6, value: ADA }] }],
      },
    });
    expect(await interact(command)).toEqual({
      type: 4,
      data: {
        content: `Your request went to <@${ADA}> (100 % match). You will be told when they answer.`,
        flags: 64,
        allowed_mentions: { parse: [] },
      },
    });
    const accept = `learning:request:${ZEYLA}-${ADA}:accept`;
    const decline = `learning:request:${ZEYLA}-${ADA}:decline`;
    const [request] = discord.requestsTo('POST', `/channels/${GENERAL}/messages`);
    expect(request?.body).toEqual({
      content: `<@${ADA}> <@${ZEYLA}> asks you to be their mentor (100 % match). Only you can answer.`,
      components: [
        {
          type: 1,
          components: [
            { type: 2, style: 3, label: 'Accept', custom_id: accept },
            { type: 2, style: 2, label: 'Decline', custom_id: decline },
          ],
        },
      ],
      allowed_mentions: { parse: [], users: [ADA] },
      nonce: messageNonce('learning:request:1458000000000000701'),
      enforce_nonce: true,
    });

    discord.clearRequests();
    const press = loadFixture('interaction_create_button', { id: '1458000000000000702', token: 'accept-token' });
    press.data = { custom_id: accept, component_type: 2, id: 2 };
    press.channel_id = GENERAL;
    press.member = {
      user: { id: ADA, username: 'ada', discriminator: '0', global_name: 'Ada', avatar: null },
      roles: [TEST_IDS.roles.member],
      joined_at: '2025-01-01T00:00:00.000000+00:00',
      deaf: false,
      mute: false,
      pending: false,
      permissions: '0',
    };
    const answered = await interact(press);
    const [threadCreate] = discord.requestsTo('POST', `/channels/${GENERAL}/threads`);
    expect(threadCreate?.body).toMatchObject({ type: 12, auto_archive_duration: 10080 });
    expect(String((threadCreate?.body as { name?: unknown } | undefined)?.name)).toMatch(/^Mentorship · Ada L\. & /);
    const [row] = await db.selectFrom('learning_mentorships').selectAll().execute();
    expect(row).toMatchObject({ mentor_id: ADA, mentee_id: ZEYLA, source: 'request', status: 'active' });
    const threadId = row?.thread_id ?? '';
    expect(threadId).not.toBe('');
    const [intro] = discord.requestsTo('POST', `/channels/${threadId}/messages`);
    expect(intro?.body).toMatchObject({
      content: expect.stringContaining(
        `Welcome to your mentorship, <@${ADA}> (mentor) and <@${ZEYLA}> (mentee): a 100 % match.`,
      ) as unknown,
      allowed_mentions: { parse: [], users: [ADA, ZEYLA] },
      nonce: messageNonce(`learning:mentorship:${row?.id ?? ''}:intro`),
      enforce_nonce: true,
    });
    expect(answered).toEqual({
      type: 4,
      data: {
        content: `You now mentor <@${ZEYLA}>. Your private thread: <#${threadId}>.`,
        flags: 64,
        allowed_mentions: { parse: [] },
      },
    });
    // Nobody allowed DMs: none was opened.
    expect(discord.requestsTo('POST', '/users/@me/channels')).toEqual([]);
  });
});
