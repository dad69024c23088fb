import { stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/core/Clock.js';
import { messageNonce } from '../../src/platform/messageNonce.js';
import { startOnFakeDiscord, type GuildhallOnFakeDiscord } from '../app/startOnFakeDiscord.js';
import { testDialect } from '../testStore.js';
import { TEST_IDS } from './DiscordTestServer.js';
import { loadFixture } from './fixtures.js';

/**
 * `/announce` through the real discord.js client: the compose form (callback type 9), the
 * private preview per platform with Publish / Cancel (type 4, ephemeral), and Publish posting the
 * Discord text in the announcement channel (with its nonce) before answering.
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
  crosspost: { staffRoles: ['Member'], announcements: { discord: { channel: 'general' }, hashtags: ['community'] } },
});

describe(`cross-posting an announcement through discord.js (${testDialect})`, () => {
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

  it('opens the form, previews each platform, and publishes the Discord text once', async () => {
    const { discord } = running;
    discord.clearRequests();
    const command = loadFixture('interaction_create_command', {
      id: '1458000000000000401',
      token: 'announce-token',
      data: { id: '1444840420147204401', name: 'announce', type: 1 },
    });
    expect(await interact(command, 'announce-token')).toMatchObject({
      type: 9,
      data: { custom_id: 'crosspost:compose', title: 'New announcement' },
    });

    discord.clearRequests();
    const SUBMIT = '1458000000000000402';
    const modal = loadFixture('interaction_create_modal', { id: SUBMIT, token: 'compose-token' });
    const field = (customId: string, value: string) => ({
      type: 18,
      component: { type: 4, custom_id: customId, value },
    });
    modal.data = {
      custom_id: 'crosspost:compose',
      components: [
        field('title', 'Release 2.0'),
        field('text', 'We shipped **version 2.0** today.'),
        field('link', 'https://example.com/r2'),
        field('hashtags', 'release'),
      ],
    };
    modal.channel_id = GENERAL;
    const preview = (await interact(modal, 'compose-token')) as {
      type: number;
      data: { flags: number; embeds: { title: string; description: string }[]; components: unknown[] };
    };
    expect(preview.type).toBe(4);
    expect(preview.data.flags).toBe(64);
    expect(preview.data.embeds.map((e) => e.title.split(' — ')[0])).toEqual(
      expect.arrayContaining(['Discord', 'X', 'LinkedIn', 'YouTube']) as unknown,
    );
    const x = preview.data.embeds.find((e) => e.title.startsWith('X — '));
    expect(x?.title).toBe('X — 88/280 · 2/3 hashtags');
    expect(x?.description).toBe(
      'Release 2.0\n\nWe shipped version 2.0 today.\n\nhttps://example.com/r2\n\n#release #community',
    );
    expect(preview.data.components).toEqual([
      {
        type: 1,
        components: [
          { type: 2, custom_id: `crosspost:publish:${SUBMIT}`, label: 'Publish', style: 3 },
          { type: 2, custom_id: `crosspost:cancel:${SUBMIT}`, label: 'Cancel', style: 2 },
        ],
      },
    ]);

    discord.clearRequests();
    const PRESS = '1458000000000000403';
    const press = loadFixture('interaction_create_button', { id: PRESS, token: 'publish-token' });
    press.data = { custom_id: `crosspost:publish:${SUBMIT}`, component_type: 2, id: 2 };
    press.channel_id = GENERAL;
    const answer = await interact(press, 'publish-token');
    const writes = discord.requests.filter((r) => r.method !== 'GET');
    const post = writes.find((r) => r.method === 'POST' && r.path === `/channels/${GENERAL}/messages`);
    expect(post?.body).toMatchObject({
      content: '**Release 2.0**\n\nWe shipped **version 2.0** today.\n\nhttps://example.com/r2\n\n#release #community',
      nonce: messageNonce(`crosspost:${SUBMIT}`),
      enforce_nonce: true,
    });
    expect(answer).toMatchObject({ data: { content: expect.stringContaining('Published') as unknown } });

    // A second press publishes nothing more.
    discord.clearRequests();
    const again = loadFixture('interaction_create_button', { id: '1458000000000000404', token: 'again-token' });
    again.data = { custom_id: `crosspost:publish:${SUBMIT}`, component_type: 2, id: 2 };
    again.channel_id = GENERAL;
    await interact(again, 'again-token');
    expect(discord.requestsTo('POST', `/channels/${GENERAL}/messages`)).toEqual([]);
  });
});
