import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { PlatformRuleError } from '../../src/core/errors.js';
import { Forbidden, isNotFound } from '../../src/platform/PlatformError.js';
import { connectDiscordPlatform, type ConnectedDiscordPlatform } from './connectDiscordPlatform.js';
import { discordError, TEST_IDS } from './DiscordTestServer.js';

const GENERAL = TEST_IDS.channels.general;
const MESSAGE = '849000000000000900';

describe('editMessage through discord.js', () => {
  let c: ConnectedDiscordPlatform;
  beforeAll(async () => {
    c = await connectDiscordPlatform();
  });
  afterAll(async () => {
    await c.close();
  });
  beforeEach(() => {
    c.discord.clearRequests();
  });

  it('PATCHes the message with its content, embeds and components replaced, pinging nobody', async () => {
    const edited = await c.platform.editMessage(GENERAL, MESSAGE, {
      embeds: [{ title: 'Rust workshop', fields: [{ name: 'Places', value: '9 of 10 left', inline: true }] }],
      components: [
        { components: [{ kind: 'button', customId: 'events:rsvp:going:1', label: 'Going', style: 'success' }] },
      ],
      nonce: 'ignored',
    });
    expect(edited).toEqual({ id: MESSAGE, channelId: GENERAL });
    expect(c.discord.requests.map((r) => [r.method, r.path, r.body])).toEqual([
      [
        'PATCH',
        `/channels/${GENERAL}/messages/${MESSAGE}`,
        {
          content: '',
          embeds: [{ title: 'Rust workshop', fields: [{ name: 'Places', value: '9 of 10 left', inline: true }] }],
          components: [
            { type: 1, components: [{ type: 2, style: 3, custom_id: 'events:rsvp:going:1', label: 'Going' }] },
          ],
          allowed_mentions: { parse: [] },
        },
      ],
    ]);
  });

  it('clears the embeds and buttons a text-only edit leaves out', async () => {
    await c.platform.editMessage(GENERAL, MESSAGE, { content: 'Cancelled' });
    const request = await c.discord.waitForRequest('PATCH', `/channels/${GENERAL}/messages/${MESSAGE}`);
    expect(request.body).toEqual({ content: 'Cancelled', embeds: [], components: [], allowed_mentions: { parse: [] } });
  });

  it('checks the limits before any request', async () => {
    await expect(c.platform.editMessage(GENERAL, MESSAGE, { content: ' ' })).rejects.toBeInstanceOf(PlatformRuleError);
    expect(c.discord.requests).toEqual([]);
  });

  it('maps Unknown Message to NotFound and a member message to Forbidden', async () => {
    c.discord.replyOnce(
      'PATCH',
      `/channels/${GENERAL}/messages/${MESSAGE}`,
      404,
      discordError(10008, 'Unknown Message'),
    );
    const gone = await c.platform.editMessage(GENERAL, MESSAGE, { content: 'x' }).catch((error: unknown) => error);
    expect(isNotFound(gone, 'message')).toBe(true);
    c.discord.replyOnce(
      'PATCH',
      `/channels/${GENERAL}/messages/${MESSAGE}`,
      403,
      discordError(50005, 'Cannot edit a message authored by another user'),
    );
    await expect(c.platform.editMessage(GENERAL, MESSAGE, { content: 'x' })).rejects.toBeInstanceOf(Forbidden);
  });
});
