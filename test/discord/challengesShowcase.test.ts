import { stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/core/Clock.js';
import { showcasesDb } from '../../src/modules/challenges/showcases/showcasesTables.js';
import { messageNonce } from '../../src/platform/messageNonce.js';
import { startOnFakeDiscord, type GuildhallOnFakeDiscord } from '../app/startOnFakeDiscord.js';
import { testDialect } from '../testStore.js';
import { TEST_IDS } from './DiscordTestServer.js';
import { loadFixture } from './fixtures.js';

/**
 * The monthly showcase through the real discord.js client: the voting message of a category
 * (a string select menu of its nominees, type 3) and a vote chosen in it, answered privately.
 */
const G = TEST_IDS.guildId;
const GENERAL = TEST_IDS.channels.general;
const VOTER = TEST_IDS.memberUserId;
const ADA = '849000000000000031';
const BEN = '849000000000000032';
const MONTH = '2026-03';

const config = stringify({
  version: 1,
  community: { name: 'Test Guild', guildId: G },
  privacy: { messageContentDays: 0 },
  analytics: { enabled: false },
  automod: { builtInRules: { 'new-member-spam': false } },
  onboarding: { journey: [], reengagement: { enabled: false } },
  challenges: {
    showcases: {
      enabled: true,
      channel: 'general',
      categories: [{ id: 'project_of_the_month', name: 'Project of the Month', kind: 'project' }],
    },
  },
});

describe(`showcase voting through discord.js (${testDialect})`, () => {
  const clock = new ManualClock(Date.UTC(2026, 2, 10, 12));
  let running: GuildhallOnFakeDiscord;

  beforeAll(async () => {
    running = await startOnFakeDiscord({ configText: config, clock });
  });
  afterAll(async () => {
    await running.close();
  });

  it('posts the voting message with a select menu of the nominees and records a vote from it', async () => {
    const { discord, app } = running;
    while ((await app.scheduler.runDue()) > 0) await app.engine.settle();
    const [announcement] = discord.requestsTo('POST', `/channels/${GENERAL}/messages`);
    expect(announcement?.body).toMatchObject({
      embeds: [{ title: `🏆 Showcase ${MONTH}: nominations are open` }],
      nonce: messageNonce(`challenges:showcase-open:${G}:${MONTH}`),
    });
    const nomination = (nominator: string, nominee: string, link: string, at: number) => ({
      guild_id: G,
      month: MONTH,
      category: 'project_of_the_month',
      nominator_id: nominator,
      nominee_id: nominee,
      link,
      reason: null,
      nominated_at: at,
    });
    await showcasesDb(app.store.db)
      .insertInto('challenges_showcase_nominations')
      .values([
        nomination(VOTER, ADA, 'https://example.com/ada', clock.now()),
        nomination(BEN, ADA, 'https://example.com/ada', clock.now() + 1),
        nomination(ADA, BEN, 'https://example.com/ben', clock.now() + 2),
      ])
      .execute();
    discord.clearRequests();

    clock.set(Date.UTC(2026, 2, 22, 18));
    while ((await app.scheduler.runDue()) > 0) await app.engine.settle();
    const [ballot] = discord.requestsTo('POST', `/channels/${GENERAL}/messages`);
    const customId = `challenges:showcase-vote:${MONTH}:project_of_the_month`;
    expect(ballot?.body).toMatchObject({
      content: expect.stringContaining('**Project of the Month** (2026-03): vote until') as unknown,
      components: [
        {
          type: 1,
          components: [
            {
              type: 3,
              custom_id: customId,
              placeholder: 'Choose a nominee',
              options: [
                { value: ADA, description: '2 nominations · https://example.com/ada' },
                { value: BEN, description: '1 nomination · https://example.com/ben' },
              ],
            },
          ],
        },
      ],
      nonce: messageNonce(`challenges:showcase-ballot:${G}:${MONTH}:project_of_the_month`),
      enforce_nonce: true,
    });

    discord.clearRequests();
    const choice = loadFixture('interaction_create_select', { id: '1458000000000000901', token: 'token-901' });
    choice.data = { custom_id: customId, component_type: 3, values: [BEN], id: 3 };
    choice.channel_id = GENERAL;
    choice.member = {
      user: { id: VOTER, username: 'member', discriminator: '0', global_name: 'Member', avatar: null },
      roles: [TEST_IDS.roles.member],
      joined_at: '2026-01-01T12:00:00.000000+00:00',
      deaf: false,
      mute: false,
      pending: false,
      permissions: '0',
    };
    await discord.dispatch('INTERACTION_CREATE', choice);
    const callback = await discord.waitForRequest('POST', '/interactions/1458000000000000901/token-901/callback');
    await app.engine.settle();
    expect(callback.body).toEqual({
      type: 4,
      data: {
        content: `You voted for <@${BEN}> in Project of the Month.`,
        flags: 64,
        allowed_mentions: { parse: [] },
      },
    });
    const votes = await showcasesDb(app.store.db).selectFrom('challenges_showcase_votes').selectAll().execute();
    expect(votes).toMatchObject([{ voter_id: VOTER, nominee_id: BEN, category: 'project_of_the_month' }]);
  });
});
