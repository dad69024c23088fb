import { DiscordAPIError, HTTPError, RateLimitError } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { Forbidden, InvalidRequest, NotFound, RateLimited } from '../PlatformError.js';
import { hasDiscordErrorCode, toPlatformError } from './discordErrors.js';

const API = 'https://discord.com/api/v10';
const body = { body: undefined, files: undefined };
const apiError = (status: number, code: number, method: string, path: string, extra = {}): DiscordAPIError =>
  new DiscordAPIError({ code, message: `error ${code}`, ...extra }, code, status, method, `${API}${path}`, body);

describe('toPlatformError', () => {
  it('maps Unknown … codes to NotFound of that resource, with the id from the route', () => {
    const ban = toPlatformError(apiError(404, 10026, 'DELETE', '/guilds/1/bans/2'));
    expect(ban).toBeInstanceOf(NotFound);
    expect(ban).toMatchObject({ resource: 'ban', id: '2', code: 10026 });
    expect(toPlatformError(apiError(404, 10011, 'PUT', '/guilds/1/members/2/roles/3'))).toMatchObject({
      resource: 'role',
      id: '3',
    });
    expect(toPlatformError(apiError(404, 10013, 'PUT', '/guilds/1/bans/2'))).toMatchObject({
      resource: 'user',
      id: '2',
    });
    expect(toPlatformError(apiError(404, 10062, 'POST', '/interactions/5/token/callback'))).toMatchObject({
      resource: 'interaction',
      id: '5',
    });
    expect(toPlatformError(apiError(404, 0, 'GET', '/guilds/1/scheduled-events/9?with_user_count=true'))).toMatchObject(
      {
        resource: 'scheduled_event',
        id: '9',
        code: 0,
      },
    );
  });

  it('maps 403 and 50001/50013/50007 to Forbidden, 429 to RateLimited, 400/50035 to InvalidRequest', () => {
    expect(toPlatformError(apiError(403, 50013, 'PATCH', '/guilds/1/members/2'))).toBeInstanceOf(Forbidden);
    expect(toPlatformError(apiError(400, 50007, 'POST', '/channels/3/messages'))).toBeInstanceOf(Forbidden);
    expect(toPlatformError(apiError(403, 50001, 'GET', '/channels/3'))).toMatchObject({ code: 50001 });
    const limited = toPlatformError(apiError(429, 20016, 'POST', '/channels/3/messages', { retry_after: 1.5 }));
    expect(limited).toBeInstanceOf(RateLimited);
    expect(limited).toMatchObject({ retryAfterMs: 1500 });
    expect(toPlatformError(apiError(400, 50035, 'POST', '/channels/3/messages'))).toBeInstanceOf(InvalidRequest);
    expect(toPlatformError(apiError(400, 40060, 'POST', '/interactions/5/t/callback'))).toBeInstanceOf(InvalidRequest);
  });

  it("maps discord.js's RateLimitError and HTTPError, and leaves server errors and others alone", () => {
    const rateLimit = new RateLimitError({
      timeToReset: 2000,
      limit: 5,
      method: 'post',
      hash: 'h',
      url: `${API}/channels/3/messages`,
      route: '/channels/:id/messages',
      majorParameter: '3',
      global: false,
      retryAfter: 2000,
      sublimitTimeout: 0,
      scope: 'user',
    });
    expect(toPlatformError(rateLimit)).toMatchObject({ name: 'RateLimited', retryAfterMs: 2000 });
    expect(toPlatformError(new HTTPError(404, 'Not Found', 'GET', `${API}/channels/3`, body))).toMatchObject({
      resource: 'channel',
      id: '3',
      code: null,
    });
    const serverError = new HTTPError(502, 'Bad Gateway', 'GET', `${API}/channels/3`, body);
    expect(toPlatformError(serverError)).toBe(serverError);
    const other = new Error('socket hang up');
    expect(toPlatformError(other)).toBe(other);
  });

  it('hasDiscordErrorCode reads the code of mapped and unmapped errors', () => {
    const raw = apiError(403, 50007, 'POST', '/users/@me/channels');
    expect(hasDiscordErrorCode(raw, 50007)).toBe(true);
    expect(hasDiscordErrorCode(toPlatformError(raw), 50007)).toBe(true);
    expect(hasDiscordErrorCode(toPlatformError(raw), 50013)).toBe(false);
  });
});
