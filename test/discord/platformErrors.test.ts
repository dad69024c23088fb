import { DiscordAPIError } from 'discord.js';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { PlatformRuleError } from '../../src/core/errors.js';
import { Forbidden, InvalidRequest, isNotFound, NotFound } from '../../src/platform/PlatformError.js';
import { connectDiscordPlatform, type ConnectedDiscordPlatform } from './connectDiscordPlatform.js';
import { discordError, TEST_IDS } from './DiscordTestServer.js';

const G = TEST_IDS.guildId;
const USER = TEST_IDS.memberUserId;
const CHANNEL = TEST_IDS.channels.general;

/** What `promise` rejected with. */
async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (error: unknown) => error,
  );
}

describe('Discord REST failures become typed platform errors', () => {
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

  it("unbanning a user who is not banned throws NotFound('ban') with Discord's code and error", async () => {
    c.discord.replyOnce('DELETE', `/guilds/${G}/bans/${USER}`, 404, discordError(10026, 'Unknown Ban'));
    const error = await rejection(c.platform.unbanMember(G, USER, 'appeal accepted'));
    expect(error).toBeInstanceOf(NotFound);
    expect(isNotFound(error, 'ban')).toBe(true);
    expect(isNotFound(error, 'member')).toBe(false);
    expect(error).toMatchObject({ resource: 'ban', id: USER, code: 10026, message: `Unknown Ban: ${USER}` });
    expect((error as NotFound).cause).toBeInstanceOf(DiscordAPIError);
  });

  it('a 403 throws Forbidden with the code, still a PlatformRuleError', async () => {
    const path = `/guilds/${G}/members/${USER}/roles/${TEST_IDS.roles.admin}`;
    c.discord.replyOnce('PUT', path, 403, discordError(50013, 'Missing Permissions'));
    const error = await rejection(c.platform.addRole(G, USER, TEST_IDS.roles.admin, 'promote'));
    expect(error).toBeInstanceOf(Forbidden);
    expect(error).toBeInstanceOf(PlatformRuleError);
    expect(error).toMatchObject({ name: 'Forbidden', code: 50013, message: 'Missing Permissions' });
  });

  it('a 400 Invalid Form Body throws InvalidRequest', async () => {
    c.discord.replyOnce('POST', `/channels/${CHANNEL}/messages`, 400, discordError(50035, 'Invalid Form Body'));
    const error = await rejection(c.platform.sendMessage(CHANNEL, { content: 'hello' }));
    expect(error).toBeInstanceOf(InvalidRequest);
    expect(error).toMatchObject({ code: 50035 });
  });

  it('Unknown Member, Unknown Message and Unknown Channel name the resource and id', async () => {
    c.discord.replyOnce('DELETE', `/guilds/${G}/members/${USER}`, 404, discordError(10007, 'Unknown Member'));
    expect(await rejection(c.platform.kickMember(G, USER, 'x'))).toMatchObject({ resource: 'member', id: USER });
    const path = `/channels/${CHANNEL}/messages/849000000000000900`;
    c.discord.replyOnce('DELETE', path, 404, discordError(10008, 'Unknown Message'));
    expect(await rejection(c.platform.deleteMessage(CHANNEL, '849000000000000900', 'x'))).toMatchObject({
      resource: 'message',
      id: '849000000000000900',
      code: 10008,
    });
    expect(await rejection(c.platform.deleteChannel('849000000000000999', 'x'))).toMatchObject({
      resource: 'channel',
      id: '849000000000000999',
    });
  });

  it('a 404 without a known code is attributed to the innermost resource of the route', async () => {
    const rule = '849000000000000950';
    c.discord.replyOnce('DELETE', `/guilds/${G}/auto-moderation/rules/${rule}`, 404, {
      message: '404: Not Found',
      code: 0,
    });
    const error = await rejection(c.platform.deleteAutoModerationRule(G, rule, 'x'));
    expect(isNotFound(error, 'auto_moderation_rule')).toBe(true);
    expect(error).toMatchObject({ id: rule, code: 0 });
  });

  it('DMs closed (50007) still fall back to the channel: the mapped error keeps its code', async () => {
    c.discord.replyOnce('POST', '/users/@me/channels', 403, discordError(50007, 'Cannot send messages to this user'));
    const result = await c.platform.sendDirectMessage(G, USER, { content: 'hi' }, CHANNEL);
    expect(result.deliveredVia).toBe('channel');
  });
});
