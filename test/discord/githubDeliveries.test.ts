import { readFileSync } from 'node:fs';
import { sign } from '@octokit/webhooks-methods';
import { stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ManualClock } from '../../src/core/Clock.js';
import { messageNonce } from '../../src/platform/messageNonce.js';
import { startOnFakeDiscord, type GuildhallOnFakeDiscord } from '../app/startOnFakeDiscord.js';
import { testDialect } from '../testStore.js';
import { TEST_IDS } from './DiscordTestServer.js';

/**
 * A signed GitHub delivery (a real example payload) through the engine's webhook, posted by
 * the real discord.js client: the exact POST /channels/{id}/messages with the embed; a forged
 * one posts nothing.
 */
const G = TEST_IDS.guildId;
const GENERAL = TEST_IDS.channels.general;
const SECRET = 'discord-test-secret';

const config = stringify({
  version: 1,
  community: { name: 'Test Guild', guildId: G },
  privacy: { messageContentDays: 0 },
  analytics: { enabled: false },
  automod: { builtInRules: { 'new-member-spam': false } },
  onboarding: { journey: [], reengagement: { enabled: false } },
  github: { deliveries: { routes: [{ events: ['pull_request'], branches: ['master'], channel: 'general' }] } },
});

const body = readFileSync(new URL('../fixtures/github/pull_request.opened.json', import.meta.url), 'utf8');

describe(`GitHub deliveries through discord.js (${testDialect})`, () => {
  const clock = new ManualClock(Date.UTC(2026, 2, 1, 12));
  let running: GuildhallOnFakeDiscord;

  beforeAll(async () => {
    vi.stubEnv('GITHUB_WEBHOOK_SECRET', SECRET);
    running = await startOnFakeDiscord({ configText: config, clock });
  });
  afterAll(async () => {
    await running.close();
    vi.unstubAllEnvs();
  });

  async function deliver(id: string, signature: string) {
    const { app } = running;
    const entry = app.engine.moduleWebhooks().find((w) => w.moduleId === 'github');
    if (entry === undefined) throw new Error('no github webhook');
    const result = await app.engine.runWebhook('github', entry.webhook, {
      headers: {
        'content-type': 'application/json',
        'x-github-event': 'pull_request',
        'x-github-delivery': id,
        'x-hub-signature-256': signature,
      },
      rawBody: Buffer.from(body, 'utf8'),
      guildId: G,
      requestId: `req-${id}`,
    });
    await app.engine.settle();
    return result;
  }

  it('posts the pull request embed in the routed channel', async () => {
    const { discord } = running;
    discord.clearRequests();
    const result = await deliver('72d3162e-cc78-11e3-81ab-4c9367dc0958', await sign(SECRET, body));
    expect(result.status).toBe(200);
    await discord.waitForRequest('POST', `/channels/${GENERAL}/messages`);
    const writes = discord.requests.filter((r) => r.method !== 'GET');
    expect(writes.map((r) => `${r.method} ${r.path}`)).toEqual([`POST /channels/${GENERAL}/messages`]);
    expect(writes[0]?.body).toEqual({
      embeds: [
        {
          title: '[Codertocat/Hello-World] Pull request opened: #2 Update the README with new information.',
          description: 'https://github.com/Codertocat/Hello-World/pull/2',
          color: 0x2da44e,
          fields: [
            { name: 'Author', value: 'Codertocat', inline: true },
            { name: 'Branch', value: 'master ← changes', inline: true },
            { name: 'Merged', value: 'no', inline: true },
            { name: 'Labels', value: 'none', inline: false },
          ],
          footer: { text: 'pull_request · opened · by Codertocat' },
          timestamp: new Date(clock.now()).toISOString(),
        },
      ],
      allowed_mentions: { parse: [] },
      nonce: messageNonce(`github:delivery:72d3162e-cc78-11e3-81ab-4c9367dc0958:${GENERAL}`),
      enforce_nonce: true,
    });
  });

  it('refuses a forged delivery with 401 and posts nothing', async () => {
    const { discord } = running;
    discord.clearRequests();
    const result = await deliver('forged-1', await sign('not-the-secret', body));
    expect(result).toEqual({
      status: 401,
      error: 'the X-Hub-Signature-256 signature is missing or does not match the webhook secret',
    });
    expect(discord.requests.filter((r) => r.method !== 'GET')).toEqual([]);
  });
});
