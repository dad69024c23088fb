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
 * `/study-groups form` through the real discord.js client: the group's private thread (type
 * 12) under the groups channel, its role, the role given to each member, and the intro
 * pinging exactly the members (which adds them to the private thread).
 */
const G = TEST_IDS.guildId;
const GENERAL = TEST_IDS.channels.general;
const LEARNERS = [TEST_IDS.memberUserId, '849000000000000021', '849000000000000022'].sort();

const config = stringify({
  version: 1,
  community: { name: 'Test Guild', guildId: G },
  privacy: { messageContentDays: 0 },
  analytics: { enabled: false },
  automod: { builtInRules: { 'new-member-spam': false } },
  onboarding: { journey: [], reengagement: { enabled: false } },
  learning: { staffRoles: ['Member'], groups: { channel: 'general', minSize: 3, maxSize: 3 } },
});

describe(`/study-groups form through discord.js (${testDialect})`, () => {
  const clock = new ManualClock(Date.UTC(2026, 2, 1, 12));
  let running: GuildhallOnFakeDiscord;

  beforeAll(async () => {
    running = await startOnFakeDiscord({ configText: config, clock });
    const now = clock.now();
    await learningDb(running.app.store.db)
      .insertInto('learning_profiles')
      .values(
        LEARNERS.map((userId) => ({
          guild_id: G,
          user_id: userId,
          skill: 'beginner' as const,
          pace: 'steady' as const,
          style: 'hands-on' as const,
          communication: 'live' as const,
          goals: JSON.stringify(['frontend']),
          industry: null,
          interests: JSON.stringify(['typescript']),
          languages: JSON.stringify(['en']),
          timezone: 'UTC',
          availability: JSON.stringify(['weekday-evening']),
          groups_opt_in: 1,
          seeking_mentor: 0,
          mentor_category: null,
          dm: 0,
          no_shows: 0,
          created_at: now,
          updated_at: now,
        })),
      )
      .execute();
  });
  afterAll(async () => {
    await running.close();
  });

  it('creates the private thread and the role, gives the role and posts the intro mentioning the members', async () => {
    const { discord, app } = running;
    discord.clearRequests();
    const ID = '1458000000000000101';
    const command = loadFixture('interaction_create_command', {
      id: ID,
      token: 'groups-token',
      data: {
        id: '1444840420147204101',
        name: 'study-groups',
        type: 1,
        options: [{ name: 'form', type: 1, options: [{ name: 'type', type: 3, value: 'beginner-cohort' }] }],
      },
    });
    await discord.dispatch('INTERACTION_CREATE', command);
    await discord.waitForRequest('POST', `/interactions/${ID}/groups-token/callback`);
    await app.engine.settle();

    const [thread] = discord.requestsTo('POST', `/channels/${GENERAL}/threads`);
    const [role] = discord.requestsTo('POST', `/guilds/${G}/roles`);
    const threadId =
      discord.requests
        .find(
          (r) =>
            r.method === 'POST' &&
            /^\/channels\/\d+\/messages$/.test(r.path) &&
            r.path !== `/channels/${GENERAL}/messages`,
        )
        ?.path.split('/')[2] ?? 'none';
    const roleRows = await learningDb(app.store.db).selectFrom('learning_groups').selectAll().execute();
    const roleId = roleRows[0]?.role_id ?? 'none';
    expect(roleRows).toEqual([expect.objectContaining({ number: 1, thread_id: threadId, role_id: roleId })]);

    const writes = discord.requests.filter((r) => r.method !== 'GET');
    expect(writes.map((r) => `${r.method} ${r.path}`)).toEqual([
      `POST /channels/${GENERAL}/threads`,
      `POST /guilds/${G}/roles`,
      `POST /channels/${threadId}/messages`,
      ...LEARNERS.map((id) => `PUT /guilds/${G}/members/${id}/roles/${roleId}`),
      `POST /interactions/${ID}/groups-token/callback`,
    ]);
    expect(thread?.body).toEqual({ name: 'Study group 1 · Beginner cohort', type: 12, auto_archive_duration: 10080 });
    expect(role?.body).toMatchObject({ name: 'Study group 1', mentionable: false });
    const [intro] = discord.requestsTo('POST', `/channels/${threadId}/messages`);
    expect(intro?.body).toEqual({
      content: expect.stringContaining(`Welcome ${LEARNERS.map((id) => `<@${id}>`).join(' ')}!`) as string,
      allowed_mentions: { parse: [], users: LEARNERS },
      nonce: messageNonce(`learning:group:cmd-${ID}:1:intro`),
      enforce_nonce: true,
    });
  });
});
