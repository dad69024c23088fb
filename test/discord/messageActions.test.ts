import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { PlatformRuleError } from '../../src/core/errors.js';
import { connectDiscordPlatform, type ConnectedDiscordPlatform } from './connectDiscordPlatform.js';
import { discordError, TEST_IDS } from './DiscordTestServer.js';

const { general: GENERAL, welcome: WELCOME } = TEST_IDS.channels;
const USER = TEST_IDS.memberUserId;
const DM_CHANNEL = '849000000000000800';
/** Any snowflake the fake API generated. */
const ANY_ID: unknown = expect.stringMatching(/^\d{17,20}$/);

describe('message actions', () => {
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

  it('sendMessage posts content, embeds and components, pinging only the allowed users', async () => {
    const sent = await c.platform.sendMessage(GENERAL, {
      content: 'Welcome <@849000000000000020>! @everyone',
      embeds: [
        {
          title: 'Rules',
          description: 'Be kind',
          color: 0x5865f2,
          fields: [{ name: 'One', value: 'Kindness' }],
          footer: 'Guildhall',
          timestamp: '2026-01-01T00:00:00.000Z',
        },
      ],
      components: [
        {
          components: [
            { kind: 'button', customId: 'onboarding:accept', label: 'Accept', style: 'success' },
            {
              kind: 'select',
              customId: 'onboarding:interests',
              placeholder: 'Pick',
              options: [{ label: 'Rust', value: 'rust', description: 'crabs' }],
              minValues: 1,
              maxValues: 2,
            },
          ],
        },
      ],
      allowedUserMentions: [USER],
    });
    const request = await c.discord.waitForRequest('POST', `/channels/${GENERAL}/messages`);
    expect(sent).toEqual({ id: ANY_ID, channelId: GENERAL });
    expect(request.auditLogReason).toBeNull();
    expect(request.body).toEqual({
      content: 'Welcome <@849000000000000020>! @everyone',
      embeds: [
        {
          title: 'Rules',
          description: 'Be kind',
          color: 0x5865f2,
          timestamp: '2026-01-01T00:00:00.000Z',
          footer: { text: 'Guildhall' },
          fields: [{ name: 'One', value: 'Kindness', inline: false }],
        },
      ],
      components: [
        {
          type: 1,
          components: [
            { type: 2, style: 3, custom_id: 'onboarding:accept', label: 'Accept' },
            {
              type: 3,
              custom_id: 'onboarding:interests',
              placeholder: 'Pick',
              min_values: 1,
              max_values: 2,
              options: [{ label: 'Rust', value: 'rust', description: 'crabs' }],
            },
          ],
        },
      ],
      allowed_mentions: { parse: [], users: [USER] },
    });
  });

  it('sendMessage without allowed mentions sends parse: [] so nobody is pinged', async () => {
    await c.platform.sendMessage(GENERAL, { content: 'hi @everyone' });
    const request = await c.discord.waitForRequest('POST', `/channels/${GENERAL}/messages`);
    expect(request.body).toEqual({ content: 'hi @everyone', allowed_mentions: { parse: [] } });
  });

  it('sendMessage rejects an empty message before sending anything, and fits 2001 characters to 2000', async () => {
    await expect(c.platform.sendMessage(GENERAL, { content: ' ' })).rejects.toBeInstanceOf(PlatformRuleError);
    expect(c.discord.requestsTo('POST', `/channels/${GENERAL}/messages`)).toHaveLength(0);
    await expect(c.platform.sendMessage(GENERAL, { content: 'x'.repeat(2001) })).resolves.toMatchObject({
      channelId: GENERAL,
    });
    const request = await c.discord.waitForRequest('POST', `/channels/${GENERAL}/messages`);
    expect(request.body).toMatchObject({ content: `${'x'.repeat(1999)}…` });
  });

  it('sendDirectMessage opens the DM channel then posts in it', async () => {
    c.discord.replyOnce('POST', '/users/@me/channels', 200, { id: DM_CHANNEL, type: 1 });
    const result = await c.platform.sendDirectMessage(TEST_IDS.guildId, USER, { content: 'Welcome!' }, WELCOME);
    expect(result).toEqual({ deliveredVia: 'dm', message: { id: ANY_ID, channelId: DM_CHANNEL } });
    expect(c.discord.requests.map((r) => [r.method, r.path, r.body])).toEqual([
      ['POST', '/users/@me/channels', { recipient_id: USER }],
      ['POST', `/channels/${DM_CHANNEL}/messages`, { content: 'Welcome!', allowed_mentions: { parse: [] } }],
    ]);
  });

  it('sendDirectMessage falls back to the channel with a mention when Discord answers 50007', async () => {
    c.discord.replyOnce('POST', '/users/@me/channels', 200, { id: DM_CHANNEL, type: 1 });
    c.discord.replyOnce(
      'POST',
      `/channels/${DM_CHANNEL}/messages`,
      403,
      discordError(50007, 'Cannot send messages to this user'),
    );
    const result = await c.platform.sendDirectMessage(TEST_IDS.guildId, USER, { content: 'Welcome!' }, WELCOME);
    expect(result).toEqual({ deliveredVia: 'channel', message: { id: ANY_ID, channelId: WELCOME } });
    const fallback = await c.discord.waitForRequest('POST', `/channels/${WELCOME}/messages`);
    expect(fallback.body).toEqual({ content: `<@${USER}> Welcome!`, allowed_mentions: { parse: [], users: [USER] } });
  });

  it('sendDirectMessage without a fallback channel reports none', async () => {
    c.discord.replyOnce('POST', '/users/@me/channels', 403, discordError(50007, 'Cannot send messages to this user'));
    const result = await c.platform.sendDirectMessage(TEST_IDS.guildId, USER, { content: 'Welcome!' }, null);
    expect(result).toEqual({ deliveredVia: 'none', message: null });
    expect(c.discord.requests.map((r) => r.path)).toEqual(['/users/@me/channels']);
  });

  it('sendDirectMessage fails on other Discord errors instead of falling back', async () => {
    c.discord.replyOnce('POST', '/users/@me/channels', 403, discordError(50001, 'Missing Access'));
    await expect(c.platform.sendDirectMessage(TEST_IDS.guildId, USER, { content: 'Hi' }, WELCOME)).rejects.toThrow(
      'Missing Access',
    );
    expect(c.discord.requestsTo('POST', `/channels/${WELCOME}/messages`)).toEqual([]);
  });

  it('the fallback keeps within 2000 characters after adding the mention', async () => {
    c.discord.replyOnce('POST', '/users/@me/channels', 403, discordError(50007, 'Cannot send messages to this user'));
    await c.platform.sendDirectMessage(TEST_IDS.guildId, USER, { content: 'y'.repeat(2000) }, WELCOME);
    const fallback = await c.discord.waitForRequest('POST', `/channels/${WELCOME}/messages`);
    const content = (fallback.body as { content: string }).content;
    expect(content.length).toBe(2000);
    expect(content.startsWith(`<@${USER}> yyy`)).toBe(true);
    expect(content.endsWith('…')).toBe(true);
  });

  it('deleteMessage sends DELETE with the audit-log reason', async () => {
    await c.platform.deleteMessage(GENERAL, '849000000000000950', 'spam: 5 links in 10 s');
    const request = await c.discord.waitForRequest('DELETE', `/channels/${GENERAL}/messages/849000000000000950`);
    expect(request.auditLogReason).toBe('spam: 5 links in 10 s');
    expect(request.headers['x-audit-log-reason']).toBe(encodeURIComponent('spam: 5 links in 10 s'));
  });
});
