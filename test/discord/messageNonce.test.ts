import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { messageNonce } from '../../src/platform/messageNonce.js';
import { connectDiscordPlatform, type ConnectedDiscordPlatform } from './connectDiscordPlatform.js';
import { TEST_IDS } from './DiscordTestServer.js';

const { general: GENERAL } = TEST_IDS.channels;

describe('idempotent message create on Discord', () => {
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

  it('sends a 25-character nonce derived from the key, with enforce_nonce', async () => {
    const key = 'onboarding:welcome:discord:member.joined:849000000000000020:1767225600000';
    await c.platform.sendMessage(GENERAL, { content: 'Welcome!', nonce: key });
    const request = await c.discord.waitForRequest('POST', `/channels/${GENERAL}/messages`);
    const body = request.body as { nonce?: unknown; enforce_nonce?: unknown };
    expect(body.enforce_nonce).toBe(true);
    expect(body.nonce).toBe(messageNonce(key));
    expect(body.nonce).toMatch(/^[A-Za-z0-9_-]{25}$/);
    expect(messageNonce(key)).not.toBe(messageNonce(`${key}:2`));
  });

  it('sends neither without a nonce', async () => {
    await c.platform.sendMessage(GENERAL, { content: 'Plain' });
    const request = await c.discord.waitForRequest('POST', `/channels/${GENERAL}/messages`);
    expect(request.body).not.toHaveProperty('nonce');
    expect(request.body).not.toHaveProperty('enforce_nonce');
  });
});
