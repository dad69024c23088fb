import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { InteractionRef } from '../../src/platform/Platform.js';
import { connectDiscordPlatform, type ConnectedDiscordPlatform } from './connectDiscordPlatform.js';
import { TEST_IDS } from './DiscordTestServer.js';
import { multipartOf } from './multipartOf.js';

/** Deferring, editing the original response and follow-ups, through the real discord.js client. */
const APP = TEST_IDS.applicationId;
const ref = (id: string, token: string): InteractionRef => ({
  interactionId: id,
  token,
  channelId: TEST_IDS.channels.general,
  userId: TEST_IDS.memberUserId,
});
const ORIGINAL = /^\/webhooks\/(\d+)\/([^/]+)\/messages\/(@|%40)original$/;

describe('deferred interaction answers through discord.js', () => {
  let c: ConnectedDiscordPlatform;
  beforeAll(async () => {
    c = await connectDiscordPlatform();
    const message = { id: '1456999999999999999', channel_id: TEST_IDS.channels.general, content: '' };
    c.discord.reply('PATCH', ORIGINAL, 200, message);
    c.discord.reply('POST', /^\/webhooks\/\d+\/[^/]+$/, 200, message);
  });
  afterAll(async () => {
    await c.close();
  });
  beforeEach(() => {
    c.discord.clearRequests();
  });

  it('defers with callback type 5 (flags 64 when ephemeral), then edits @original with the answer', async () => {
    const interaction = ref('1456255637913604800', 'tok-defer');
    await c.platform.deferReply(interaction, { ephemeral: true });
    await c.platform.editReply(interaction, { content: 'Locked 12 channels.', ephemeral: true });
    const requests = c.discord.requests.map((r) => ({ method: r.method, path: r.path, body: r.body }));
    expect(requests).toEqual([
      {
        method: 'POST',
        path: '/interactions/1456255637913604800/tok-defer/callback',
        body: { type: 5, data: { flags: 64 } },
      },
      {
        method: 'PATCH',
        path: expect.stringMatching(ORIGINAL) as string,
        body: { content: 'Locked 12 channels.', allowed_mentions: { parse: [] } },
      },
    ]);
    expect(requests[1]?.path).toContain(`/webhooks/${APP}/tok-defer/messages/`);
    // Both authorised by the interaction token in the URL, not the bot token.
    expect(c.discord.requests.map((r) => r.headers.authorization)).toEqual([undefined, undefined]);
  });

  it('defers a public answer without flags', async () => {
    await c.platform.deferReply(ref('1456255637913604801', 'tok-public'));
    const [callback] = c.discord.requestsTo('POST', '/interactions/1456255637913604801/tok-public/callback');
    expect(callback?.body).toEqual({ type: 5 });
  });

  it('defers a component update with callback type 6', async () => {
    await c.platform.deferUpdate(ref('1456255637913604802', 'tok-update'));
    const [callback] = c.discord.requestsTo('POST', '/interactions/1456255637913604802/tok-update/callback');
    expect(callback?.body).toEqual({ type: 6 });
  });

  it('sends a follow-up to the webhook, flags 64 when ephemeral', async () => {
    await c.platform.followUp(ref('1456255637913604803', 'tok-follow'), { content: 'One more thing', ephemeral: true });
    const [post] = c.discord.requestsTo('POST', `/webhooks/${APP}/tok-follow`);
    expect(post?.body).toEqual({ content: 'One more thing', allowed_mentions: { parse: [] }, flags: 64 });
    expect(post?.headers.authorization).toBeUndefined();
  });

  it('edits @original with files as multipart', async () => {
    await c.platform.editReply(ref('1456255637913604804', 'tok-files'), {
      content: 'Your export',
      files: [{ name: 'export.json', data: '{"a":1}', contentType: 'application/json' }],
    });
    const [patch] = c.discord.requestsTo('PATCH', ORIGINAL);
    const parts = await multipartOf(patch ?? c.discord.requests[0]!);
    expect(parts.map((p) => [p.field, p.filename])).toEqual([
      ['files[0]', 'export.json'],
      ['payload_json', null],
    ]);
    expect(JSON.parse(parts[1]?.data.toString('utf8') ?? '')).toEqual({
      content: 'Your export',
      allowed_mentions: { parse: [] },
      attachments: [{ id: 0, filename: 'export.json' }],
    });
  });
});
