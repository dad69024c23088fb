import { describe, expect, it } from 'vitest';
import { UserError } from '../../core/errors.js';
import { readDiscordEnv } from './readDiscordEnv.js';

describe('readDiscordEnv', () => {
  it('is null without a token (the sandbox runs instead)', () => {
    expect(readDiscordEnv({})).toBeNull();
    expect(readDiscordEnv({ DISCORD_TOKEN: '  ' })).toBeNull();
  });

  it('reads the token and the optional API URL', () => {
    expect(readDiscordEnv({ DISCORD_TOKEN: 'abc' })).toEqual({ token: 'abc' });
    expect(readDiscordEnv({ DISCORD_TOKEN: 'abc', DISCORD_API_URL: 'http://127.0.0.1:4000/api' })).toEqual({
      token: 'abc',
      apiUrl: 'http://127.0.0.1:4000/api',
    });
  });

  it('rejects an API URL that is not http(s)', () => {
    expect(() => readDiscordEnv({ DISCORD_TOKEN: 'abc', DISCORD_API_URL: 'localhost:4000' })).toThrow(UserError);
    expect(() => readDiscordEnv({ DISCORD_TOKEN: 'abc', DISCORD_API_URL: 'not a url' })).toThrow(UserError);
  });
});
