import { describe, expect, it } from 'vitest';
import { isSecretKey } from './secretKeys.js';

describe('isSecretKey', () => {
  it.each([
    'token',
    'secret',
    'password',
    'apiKey',
    'api_key',
    'API_KEY',
    'clientSecret',
    'webhookSecret',
    'botToken',
    'dbPassword',
    'privateKey',
  ])('%s is a secret', (key) => expect(isSecretKey(key)).toBe(true));

  it.each(['tokensPerMessage', 'maxTokens', 'secretSanta', 'keywords', 'welcomeChannel', 'passwordResetChannel'])(
    '%s is not a secret',
    (key) => expect(isSecretKey(key)).toBe(false),
  );
});
