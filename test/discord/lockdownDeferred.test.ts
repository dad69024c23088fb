import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/core/Clock.js';
import { startOnFakeDiscord, type GuildhallOnFakeDiscord } from '../app/startOnFakeDiscord.js';
import { communityYaml } from '../automod/moderationCommunity.js';
import { testDialect } from '../testStore.js';
import { TEST_IDS } from './DiscordTestServer.js';
import { loadFixture } from './fixtures.js';

/**
 * `/lockdown` through the real discord.js client: it answers at once with a deferral
 * (callback type 5, ephemeral), locks the channels, then edits the deferred reply with the
 * outcome (`PATCH /webhooks/{app}/{token}/messages/@original`).
 */
const G = TEST_IDS.guildId;
const C = TEST_IDS.channels;
const MOD = '849000000000000030';
const ORIGINAL = /^\/webhooks\/(\d+)\/([^/]+)\/messages\/(@|%40)original$/;

const config = communityYaml({
  community: { name: 'Test Guild', guildId: G },
  moderation: { modLogChannel: 'welcome' },
});

describe(`/lockdown answers at once through discord.js (${testDialect})`, () => {
  const clock = new ManualClock(Date.UTC(2026, 2, 1, 12));
  let running: GuildhallOnFakeDiscord;

  beforeAll(async () => {
    running = await startOnFakeDiscord({ configText: config, clock });
    running.discord.reply('PATCH', ORIGINAL, 200, { id: '1457999999999999999', channel_id: C.general, content: '' });
  });
  afterAll(async () => {
    await running.close();
  });

  it('defers with callback type 5 before locking any channel, then edits the deferred reply', async () => {
    const { discord, app } = running;
    discord.clearRequests();
    const interaction = loadFixture('interaction_create_command', { id: '1457000000000077001', token: 'lock-token' });
    interaction.data = {
      id: '1444840420147204097',
      name: 'lockdown',
      type: 1,
      guild_id: G,
      options: [{ name: 'action', type: 3, value: 'start' }],
    };
    interaction.member = {
      user: { id: MOD, username: 'mod', discriminator: '0', global_name: 'Mod', avatar: null },
      roles: [TEST_IDS.roles.moderator],
      joined_at: '2024-01-01T00:00:00.000000+00:00',
      deaf: false,
      mute: false,
      pending: false,
      permissions: '1099511627775',
    };
    await discord.dispatch('INTERACTION_CREATE', interaction);
    await discord.waitForRequest('PATCH', ORIGINAL);
    await app.engine.settle();

    const requests = discord.requests.map((r) => `${r.method} ${r.path}`);
    const callback = requests.indexOf('POST /interactions/1457000000000077001/lock-token/callback');
    const firstLock = requests.findIndex((r) => r.startsWith('PATCH /channels/'));
    const edit = requests.findIndex((r) => ORIGINAL.test(r.slice('PATCH '.length)));
    expect(callback).toBeGreaterThanOrEqual(0);
    expect(firstLock).toBeGreaterThan(callback);
    expect(edit).toBeGreaterThan(firstLock);
    expect(discord.requests[callback]?.body).toEqual({ type: 5, data: { flags: 64 } });
    // The deferred reply is the answer: no second callback.
    expect(discord.requestsTo('POST', /\/callback$/)).toHaveLength(1);
    const [patch] = discord.requestsTo('PATCH', ORIGINAL);
    expect(patch?.path).toContain(`/webhooks/${TEST_IDS.applicationId}/lock-token/messages/`);
    expect(patch?.headers.authorization).toBeUndefined();
    expect(patch?.body).toEqual({
      content: 'Lockdown started in 3 channels, until `/lockdown action:end`.',
      allowed_mentions: { parse: [] },
    });
    const locked = discord.requestsTo('PATCH', /^\/channels\/\d+$/).map((r) => r.path);
    expect(locked).toEqual([`/channels/${C.general}`, `/channels/${C.announcements}`, `/channels/${C.forum}`]);
  });
});
