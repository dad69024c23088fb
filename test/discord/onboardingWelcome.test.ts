import { stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/core/Clock.js';
import { OnboardingMembers } from '../../src/modules/onboarding/members/onboardingMembers.js';
import { messageNonce } from '../../src/platform/messageNonce.js';
import { startOnFakeDiscord, type GuildhallOnFakeDiscord } from '../app/startOnFakeDiscord.js';
import { testDialect } from '../testStore.js';
import { TEST_IDS } from './DiscordTestServer.js';
import { loadFixture } from './fixtures.js';

/**
 * The welcome through the real discord.js client: GUILD_MEMBER_ADD in, the welcome posted
 * with its components as Discord's Create Message expects them, and a member pressing their
 * type button answered with an ephemeral interaction callback and the type's role added.
 */
const G = TEST_IDS.guildId;
const C = TEST_IDS.channels;
const R = TEST_IDS.roles;
const ADA = '849000000000000300';
const JOINED_AT = '2026-03-01T12:00:00.000000+00:00';

const config = stringify({
  version: 1,
  community: { name: 'Test Guild', guildId: G },
  privacy: { messageContentDays: 0 },
  analytics: { enabled: false },
  automod: { builtInRules: { 'new-member-spam': false } },
  onboarding: {
    newcomerRole: null,
    journey: [],
    reengagement: { enabled: false },
    gate: { steps: ['rules', 'type'], memberRole: 'Member' },
    memberTypes: [
      {
        id: 'developer',
        label: 'Developer',
        emoji: '💻',
        title: 'Welcome, fellow developer!',
        message: 'Share code and get feedback.',
        channels: ['general', 'dev-general'],
        roles: ['Moderator', 'Missing Role'],
      },
      { id: 'designer', label: 'Designer', title: 'Welcome, creative mind!', message: 'Share designs.' },
    ],
  },
});

describe(`onboarding's welcome through discord.js (${testDialect})`, () => {
  const clock = new ManualClock(Date.UTC(2026, 2, 1, 12, 0, 5));
  let running: GuildhallOnFakeDiscord;

  beforeAll(async () => {
    running = await startOnFakeDiscord({ configText: config, clock });
  });
  afterAll(async () => {
    await running.close();
  });

  it('posts the welcome with its buttons and answers the type pick with a callback and a role add', async () => {
    const { discord, app } = running;
    discord.clearRequests();
    await discord.dispatch('GUILD_MEMBER_ADD', {
      guild_id: G,
      user: { id: ADA, username: 'ada', discriminator: '0', global_name: 'Ada', avatar: null },
      roles: [],
      joined_at: JOINED_AT,
      nick: null,
      deaf: false,
      mute: false,
      flags: 0,
      pending: true,
    });
    const post = await discord.waitForRequest('POST', `/channels/${C.welcome}/messages`);
    await app.engine.settle();
    const joinId = `discord:member.joined:${G}:${ADA}:${Date.parse(JOINED_AT)}`;
    expect(post.body).toEqual({
      content: `Welcome to Test Guild, <@${ADA}>! Say hello and tell us what brings you here.`,
      components: [
        {
          type: 1,
          components: [
            { type: 2, style: 1, label: '💻 Developer', custom_id: `onboarding:welcome:type:${ADA}:developer` },
            { type: 2, style: 1, label: 'Designer', custom_id: `onboarding:welcome:type:${ADA}:designer` },
          ],
        },
        {
          type: 1,
          components: [
            { type: 2, style: 3, label: 'Accept the rules', custom_id: `onboarding:welcome:rules:${ADA}` },
            { type: 2, style: 2, label: 'Send me tips by DM', custom_id: `onboarding:welcome:dms:${ADA}` },
          ],
        },
      ],
      allowed_mentions: { parse: [], users: [ADA] },
      nonce: messageNonce(`onboarding:welcome:${joinId}`),
      enforce_nonce: true,
    });
    // Discord's screening holds Ada back: the row says so.
    expect((await new OnboardingMembers(app.store.db).get(G, ADA))?.pending).toBe(1);

    discord.clearRequests();
    const interaction = loadFixture('interaction_create_button', { id: '1457000000000088001', token: 'pick-token' });
    interaction.data = { custom_id: `onboarding:welcome:type:${ADA}:developer`, component_type: 2, id: 2 };
    interaction.member = {
      user: { id: ADA, username: 'ada', discriminator: '0', global_name: 'Ada', avatar: null },
      roles: [],
      joined_at: JOINED_AT,
      deaf: false,
      mute: false,
      pending: true,
      permissions: '0',
    };
    interaction.channel_id = C.welcome;
    await discord.dispatch('INTERACTION_CREATE', interaction);
    await discord.waitForRequest('POST', '/interactions/1457000000000088001/pick-token/callback');
    await app.engine.settle();

    const effects = discord.requests
      .filter((r) => r.method !== 'GET')
      .map((r) => `${r.method} ${r.path}`)
      .sort();
    expect(effects).toEqual([
      'POST /interactions/1457000000000088001/pick-token/callback',
      `PUT /guilds/${G}/members/${ADA}/roles/${R.moderator}`,
    ]);
    const [callback] = discord.requestsTo('POST', '/interactions/1457000000000088001/pick-token/callback');
    expect(callback?.body).toEqual({
      type: 4,
      data: {
        content: `**Welcome, fellow developer!**\nShare code and get feedback.\n\nStart with: <#${C.general}>`,
        flags: 64,
        allowed_mentions: { parse: [] },
      },
    });
    const [roleAdd] = discord.requestsTo('PUT', `/guilds/${G}/members/${ADA}/roles/${R.moderator}`);
    expect(roleAdd?.auditLogReason).toBe('Guildhall onboarding: chose Developer');
  });

  it('refuses another member pressing the welcome with an ephemeral callback and nothing else', async () => {
    const { discord, app } = running;
    discord.clearRequests();
    const interaction = loadFixture('interaction_create_button', { id: '1457000000000088002', token: 'other-token' });
    interaction.data = { custom_id: `onboarding:welcome:rules:${ADA}`, component_type: 2, id: 3 };
    await discord.dispatch('INTERACTION_CREATE', interaction);
    await discord.waitForRequest('POST', '/interactions/1457000000000088002/other-token/callback');
    await app.engine.settle();
    expect(discord.requests.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.path}`)).toEqual([
      'POST /interactions/1457000000000088002/other-token/callback',
    ]);
    expect(discord.requests.at(-1)?.body).toEqual({
      type: 4,
      data: { content: `This welcome is for <@${ADA}>.`, flags: 64, allowed_mentions: { parse: [] } },
    });
  });

  it('grants the member role only once Discord clears the pending flag', async () => {
    const { discord, app } = running;
    const interaction = loadFixture('interaction_create_button', { id: '1457000000000088003', token: 'rules-token' });
    interaction.data = { custom_id: `onboarding:welcome:rules:${ADA}`, component_type: 2, id: 3 };
    interaction.member = {
      user: { id: ADA, username: 'ada', discriminator: '0', global_name: 'Ada', avatar: null },
      roles: [R.moderator],
      joined_at: JOINED_AT,
      deaf: false,
      mute: false,
      pending: true,
      permissions: '0',
    };
    await discord.dispatch('INTERACTION_CREATE', interaction);
    await discord.waitForRequest('POST', '/interactions/1457000000000088003/rules-token/callback');
    await app.engine.settle();
    expect(discord.requestsTo('PUT', `/guilds/${G}/members/${ADA}/roles/${R.member}`)).toEqual([]);

    discord.clearRequests();
    await discord.dispatch('GUILD_MEMBER_UPDATE', {
      guild_id: G,
      user: { id: ADA, username: 'ada', discriminator: '0', global_name: 'Ada', avatar: null },
      roles: [R.moderator],
      joined_at: JOINED_AT,
      nick: null,
      pending: false,
      flags: 0,
    });
    const grant = await discord.waitForRequest('PUT', `/guilds/${G}/members/${ADA}/roles/${R.member}`);
    expect(grant.auditLogReason).toBe('Guildhall onboarding: passed the verification gate');
    await app.engine.settle();
    const row = await new OnboardingMembers(app.store.db).get(G, ADA);
    expect(row).toMatchObject({ pending: 0, member_type: 'developer' });
    expect(row?.verified_at).not.toBeNull();
  });
});
