import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { openContentCommunity, type ContentCommunity } from '../content/contentCommunity.js';
import { testDialect } from '../testStore.js';
import { deliver, deliverPayload, deliveryRows, payload, SECRET } from './deliveriesHarness.js';

describe(`the github webhook (${testDialect})`, () => {
  let c: ContentCommunity;
  beforeAll(async () => {
    vi.stubEnv('GITHUB_WEBHOOK_SECRET', SECRET);
    vi.stubEnv('GITHUB_WEBHOOK_SECRET_OLD', 'the-old-secret');
    c = await openContentCommunity(
      {
        github: {
          deliveries: {
            previousSecretEnv: 'GITHUB_WEBHOOK_SECRET_OLD',
            routes: [{ events: ['issues'], channel: 'development' }],
          },
        },
      },
      { channels: ['development'] },
    );
  });
  afterAll(async () => {
    await c.close();
    vi.unstubAllEnvs();
  });
  afterEach(() => {
    vi.stubEnv('GITHUB_WEBHOOK_SECRET', SECRET);
  });

  const issue = JSON.stringify(payload('issues.opened'));

  it('accepts a delivery signed with the secret and posts it', async () => {
    const result = await deliver(c, { event: 'issues', id: 'd-good', body: issue });
    expect(result).toEqual({ status: 200, body: { accepted: true, deliveryId: 'd-good' } });
    const [posted] = await c.messagesIn(c.channels.development ?? '');
    expect(posted?.embeds[0]?.title).toBe(
      '[Codertocat/Hello-World] Issue opened: #1 Spelling error in the README file',
    );
    expect((await deliveryRows(c))['d-good']).toMatchObject({
      status: 'routed',
      event: 'issues',
      sender: 'Codertocat',
    });
  });

  it('accepts a delivery signed with the previous secret during a rotation', async () => {
    const result = await deliver(c, { event: 'issues', id: 'd-rotated', body: issue, secret: 'the-old-secret' });
    expect(result.status).toBe(200);
  });

  it('refuses a forged, a missing or a malformed signature with 401 and records nothing', async () => {
    expect(await deliver(c, { event: 'issues', id: 'd-forged', body: issue, secret: 'guessed' })).toEqual({
      status: 401,
      error: 'the X-Hub-Signature-256 signature is missing or does not match the webhook secret',
    });
    expect((await deliver(c, { event: 'issues', id: 'd-unsigned', body: issue, secret: null })).status).toBe(401);
    expect((await deliver(c, { event: 'issues', id: 'd-sha1', body: issue, signature: 'sha1=abc' })).status).toBe(401);
    const tampered = await deliver(c, {
      event: 'issues',
      id: 'd-tampered',
      body: issue.replace('Spelling', 'Spelling!'),
      signature: `sha256=${'0'.repeat(64)}`,
    });
    expect(tampered.status).toBe(401);
    const rows = await deliveryRows(c);
    expect(Object.keys(rows).filter((id) => ['d-forged', 'd-unsigned', 'd-sha1', 'd-tampered'].includes(id))).toEqual(
      [],
    );
  });

  it('answers 400 without the event or delivery header, or with a body that is not JSON', async () => {
    expect(await deliver(c, { id: 'd-noevent', body: issue })).toEqual({
      status: 400,
      error: 'the X-GitHub-Event header is missing',
    });
    expect(await deliver(c, { event: 'issues', body: issue })).toEqual({
      status: 400,
      error: 'the X-GitHub-Delivery header is missing',
    });
    expect(await deliver(c, { event: 'issues', id: 'd-notjson', body: '{"action": "opened",' })).toEqual({
      status: 400,
      error: 'the body is not JSON',
    });
    expect(await deliver(c, { event: 'issues', id: 'd-noissue', body: '{"action":"opened"}' })).toMatchObject({
      status: 400,
    });
  });

  it('reads a form-encoded delivery (payload=…)', async () => {
    const form = new URLSearchParams({ payload: JSON.stringify(payload('issues.labeled')) }).toString();
    const result = await deliver(c, {
      event: 'issues',
      id: 'd-form',
      body: form,
      contentType: 'application/x-www-form-urlencoded',
    });
    expect(result.status).toBe(200);
    expect((await deliveryRows(c))['d-form']).toMatchObject({ status: 'routed', action: 'labeled' });
  });

  it('answers ping with pong', async () => {
    expect(await deliverPayload(c, 'ping', 'd-ping', payload('ping'))).toEqual({ status: 200, body: { pong: true } });
  });

  it('takes a redelivery once: 200 duplicate, nothing posted twice', async () => {
    const before = (await c.messagesIn(c.channels.development ?? '')).length;
    const body = payload('issues.opened');
    expect((await deliverPayload(c, 'issues', 'd-twice', body)).status).toBe(200);
    expect(await deliverPayload(c, 'issues', 'd-twice', body)).toEqual({
      status: 200,
      body: { duplicate: true, deliveryId: 'd-twice' },
    });
    expect(await c.messagesIn(c.channels.development ?? '')).toHaveLength(before + 1);
  });

  it('records an unknown event as unknown, with a warning, never dropped', async () => {
    expect((await deliverPayload(c, 'sponsorship', 'd-unknown', payload('sponsorship.created'))).status).toBe(200);
    expect((await deliveryRows(c))['d-unknown']).toMatchObject({
      status: 'unknown',
      event: 'sponsorship',
      action: 'created',
      reason: 'unknown event; no route for the event',
    });
    const [emitted] = (await c.emitted<{ deliveryId: string; subject: unknown }>('github.delivery_received')).filter(
      (d) => d.deliveryId === 'd-unknown',
    );
    expect(emitted?.subject).toBeNull();
  });

  it('answers 404 saying what to set when no secret is in the environment', async () => {
    vi.stubEnv('GITHUB_WEBHOOK_SECRET', '');
    expect(await deliver(c, { event: 'issues', id: 'd-nosecret', body: issue })).toEqual({
      status: 404,
      error: 'github webhooks are not configured: set GITHUB_WEBHOOK_SECRET',
    });
  });
});

describe(`the github webhook's repository allowlist (${testDialect})`, () => {
  let c: ContentCommunity;
  beforeAll(async () => {
    vi.stubEnv('GITHUB_WEBHOOK_SECRET', SECRET);
    c = await openContentCommunity(
      {
        github: {
          deliveries: { repositories: ['miyabi-ai/core'], routes: [{ events: ['*'], channel: 'development' }] },
        },
      },
      { channels: ['development'] },
    );
  });
  afterAll(async () => {
    await c.close();
    vi.unstubAllEnvs();
  });

  it('records a repository outside the allowlist as ignored (202) and posts nothing', async () => {
    const result = await deliverPayload(c, 'issues', 'd-other-repo', payload('issues.opened'));
    expect(result).toEqual({
      status: 202,
      body: { ignored: true, reason: 'repository not allowed', deliveryId: 'd-other-repo' },
    });
    expect((await deliveryRows(c))['d-other-repo']).toMatchObject({
      status: 'ignored',
      reason: 'repository Codertocat/Hello-World is not allowed',
    });
    expect(await c.messagesIn(c.channels.development ?? '')).toEqual([]);
    expect(await c.emitted('github.delivery_received')).toEqual([]);
  });

  it('takes an allowed repository, case-insensitively', async () => {
    const body = { ...payload('issues.opened'), repository: { full_name: 'Miyabi-AI/Core' } };
    expect((await deliverPayload(c, 'issues', 'd-allowed', body)).status).toBe(200);
    expect(await c.messagesIn(c.channels.development ?? '')).toHaveLength(1);
  });
});
