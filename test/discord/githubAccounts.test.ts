import { getGlobalDispatcher, MockAgent } from 'undici';
import { stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/core/Clock.js';
import { domainEvent } from '../../src/core/DomainEvent.js';
import { messageNonce } from '../../src/platform/messageNonce.js';
import { startOnFakeDiscord, type GuildhallOnFakeDiscord } from '../app/startOnFakeDiscord.js';
import { actor, mergedPull } from '../github/accountsFixture.js';
import { testDialect } from '../testStore.js';
import { TEST_IDS } from './DiscordTestServer.js';
import { loadFixture } from './fixtures.js';

/**
 * `/github link` through the real discord.js client: the ephemeral answer with the code and the
 * Verify button; the press deferred (type 5) and answered by editing the original once GitHub
 * (an undici MockAgent) shows the code in the bio; then a merged pull request's delivery posts
 * the thank-you mentioning the member.
 */
const G = TEST_IDS.guildId;
const GENERAL = TEST_IDS.channels.general;
const ORIGINAL = /^\/webhooks\/(\d+)\/([^/]+)\/messages\/(@|%40)original$/;
const MEMBER = '114941315417899012';

const config = stringify({
  version: 1,
  community: { name: 'Test Guild', guildId: G },
  privacy: { messageContentDays: 0 },
  analytics: { enabled: false },
  automod: { builtInRules: { 'new-member-spam': false } },
  onboarding: { journey: [], reengagement: { enabled: false } },
  github: { accounts: { thanks: { channel: 'general' } } },
});

describe(`/github link through discord.js (${testDialect})`, () => {
  const clock = new ManualClock(Date.UTC(2026, 2, 1, 12));
  let running: GuildhallOnFakeDiscord;

  beforeAll(async () => {
    running = await startOnFakeDiscord({ configText: config, clock });
    running.discord.reply('PATCH', ORIGINAL, 200, { id: '1457999999999999999', channel_id: GENERAL, content: '' });
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

  it('links with the code from the bio and thanks the member on merge', async () => {
    const { discord, app } = running;
    discord.clearRequests();
    const command = loadFixture('interaction_create_command', {
      id: '1458200000000000001',
      token: 'link-token',
      data: {
        id: '1444840420147204201',
        name: 'github',
        type: 1,
        options: [{ name: 'link', type: 1, options: [{ name: 'login', type: 3, value: 'Octo-Cat' }] }],
      },
    });
    const answer = await interact(command, 'link-token');
    const code = /guildhall-[a-z2-7]{12}/.exec(JSON.stringify(answer))?.[0] ?? 'missing';
    expect(answer).toEqual({
      type: 4,
      data: {
        content: [
          'To link **octo-cat**, put this code in your GitHub profile bio or in the description of a public gist:',
          `\`${code}\``,
          'Then press **Verify**. The code works once and expires in 1 hour; remove it from GitHub once you are linked.',
        ].join('\n'),
        flags: 64,
        components: [
          { type: 1, components: [{ type: 2, custom_id: 'github:accounts-verify', label: 'Verify', style: 1 }] },
        ],
        allowed_mentions: { parse: [] },
      },
    });

    // GitHub's API, on the MockAgent the fake Discord installed as the global dispatcher.
    const dispatcher = getGlobalDispatcher();
    if (!(dispatcher instanceof MockAgent)) throw new Error('expected the MockAgent of the fake Discord');
    const api = dispatcher.get('https://api.github.com');
    api.intercept({ path: '/users/octo-cat', method: 'GET' }).reply(200, { login: 'Octo-Cat', id: 583231, bio: code });
    api.intercept({ path: '/users/octo-cat/gists?per_page=30', method: 'GET' }).reply(200, []);

    discord.clearRequests();
    const press = loadFixture('interaction_create_button', { id: '1458200000000000002', token: 'verify-token' });
    press.data = { custom_id: 'github:accounts-verify', component_type: 2, id: 2 };
    press.channel_id = GENERAL;
    expect(await interact(press, 'verify-token')).toEqual({ type: 5, data: { flags: 64 } });
    const edit = await discord.waitForRequest('PATCH', ORIGINAL);
    expect(edit.path).toContain(`/webhooks/${TEST_IDS.applicationId}/verify-token/messages/`);
    expect(edit.body).toMatchObject({
      content:
        'Linked: you are **Octo-Cat** on GitHub. Merged pull requests, reviews and bug reports now earn you points; you can remove the code from GitHub.',
    });

    discord.clearRequests();
    await app.engine.ingest(
      domainEvent('github.delivery_received', {
        id: 'github:github.delivery_received:merge-1',
        guildId: G,
        occurredAt: clock.now(),
        source: 'github',
        payload: mergedPull('merge-1', actor('Octo-Cat')),
      }),
    );
    const post = await discord.waitForRequest('POST', `/channels/${GENERAL}/messages`);
    expect(post.body).toEqual({
      content: `🎉 Thank you <@${MEMBER}> for your contribution: **Faster search** (acme/core#7) is merged! https://github.com/acme/core/pull/7`,
      allowed_mentions: { parse: [], users: [MEMBER] },
      nonce: messageNonce(`github:thanks:https://github.com/acme/core/pull/7:${GENERAL}`),
      enforce_nonce: true,
    });
  });
});
