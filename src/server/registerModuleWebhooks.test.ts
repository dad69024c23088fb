import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Validator } from '@seriousme/openapi-schema-validator';
import type { FastifyInstance } from 'fastify';
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createTestEngine, type TestEngine } from '../../test/createTestEngine.js';
import { testDialect } from '../../test/testStore.js';
import { CoreConfig } from '../config/CommunityConfig.js';
import { defineModule, type AnyModuleContext } from '../core/defineModule.js';
import { defineWebhook } from '../core/defineWebhook.js';
import type { DashboardUser } from './auth/DashboardAccess.js';
import { registerAccessHook } from './auth/registerAccessHook.js';
import { registerSecurityPlugins } from './auth/registerSecurityPlugins.js';
import type { SessionGate } from './auth/SessionGate.js';
import { createHttpServer } from './createHttpServer.js';
import { registeredRoutes } from './listRoutes.js';
import { flatHeaders, registerModuleWebhooks } from './registerModuleWebhooks.js';

const SECRET = 'hook-secret';
const PUBLIC_HOST = 'guildhall.example.org';
const SAM: DashboardUser = { userId: '300000000000000002', name: 'Sam', role: 'viewer', devLogin: true };

function signatureOf(body: Buffer | string): string {
  return `sha256=${createHmac('sha256', SECRET).update(body).digest('hex')}`;
}

/** A made-up module whose webhook checks an HMAC over the raw body, as GitHub's does. */
const hooksModule = defineModule({
  id: 'hooks',
  description: 'test module',
  config: z.object({}).default({}),
  webhooks: [
    defineWebhook({
      name: 'signed',
      summary: 'Receive a signed delivery',
      bodyLimit: 256,
      async handle({ headers, rawBody, guildId, requestId }, ctx: AnyModuleContext) {
        const digest = createHash('sha256').update(rawBody).digest('hex');
        // Written before the check, so a refusal shows its writes are rolled back.
        await ctx.audit({ guildId, actor: 'webhook:hooks', action: 'hooks.received', target: digest });
        const expected = Buffer.from(signatureOf(rawBody));
        const given = Buffer.from(headers['x-signature-256'] ?? '');
        if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
          return { status: 401, error: 'bad signature' };
        }
        return {
          status: 202,
          body: {
            bytes: rawBody.length,
            text: rawBody.toString('utf8'),
            contentType: headers['content-type'] ?? null,
            repeated: headers['x-repeated'] ?? null,
            requestId,
          },
        };
      },
    }),
    defineWebhook({
      name: 'broken',
      summary: 'Always fails',
      handle: () => Promise.reject(new Error('the handler broke')),
    }),
  ],
});

const offModule = defineModule({
  id: 'off',
  description: 'disabled test module',
  config: z.object({ enabled: z.boolean().default(true) }).default({ enabled: true }),
  webhooks: [
    defineWebhook({
      name: 'off-hook',
      summary: 'Never mounted',
      handle: () => Promise.resolve({ status: 200, body: {} }),
    }),
  ],
});

describe(`module webhooks over HTTP (${testDialect})`, () => {
  let t: TestEngine;
  let app: FastifyInstance;
  let webRoot = '';
  const logged: string[] = [];

  beforeEach(async () => {
    // The core part only: the test modules need no other section.
    const community = CoreConfig.parse({ community: { name: 'Webhook Guild' } });
    t = await createTestEngine({
      loaded: {
        community,
        modules: [
          { definition: hooksModule, config: {} },
          { definition: offModule, config: { enabled: false } },
        ],
      },
      scheduler: 'none',
    });
    webRoot = mkdtempSync(join(tmpdir(), 'guildhall-webhooks-'));
    logged.length = 0;
    // Only a viewer named by a header is signed in: no session cookie anywhere in these tests.
    const gate = {
      identify: (request: { headers: Record<string, unknown> }) =>
        Promise.resolve(
          request.headers['x-test-user'] === 'sam'
            ? { user: SAM, sessionId: 'session' }
            : { user: null, sessionId: null },
        ),
    } as unknown as SessionGate;
    app = await createHttpServer({
      store: t.store,
      metrics: t.metrics,
      log: pino({ level: 'error' }, { write: (line: string) => logged.push(line) }),
      platformKind: 'sandbox',
      webRoot,
      allowedHosts: [PUBLIC_HOST],
      beforeRoutes: async (server) => {
        await registerSecurityPlugins(server);
        registerAccessHook(server, { gate, metricsToken: null });
      },
    });
    await registerModuleWebhooks(app, { engine: t.engine, guildId: t.guild.id });
    await app.ready();
  });

  afterEach(async () => {
    await app.close();
    await t.close();
    rmSync(webRoot, { recursive: true, force: true });
  });

  async function deliver(payload: Buffer | string, headers: Record<string, string | string[]> = {}) {
    return app.inject({
      method: 'POST',
      url: '/webhooks/signed',
      headers: { host: PUBLIC_HOST, 'content-type': 'application/json', ...headers },
      payload,
    });
  }

  it('hands the handler the exact bytes, without a session or CSRF token, on the public host', async () => {
    // Odd spacing, escapes and non-ASCII: any re-serialisation would break the signature.
    const body = '{ "zen" :"Ünïcödé ✓ 🚀",\n\t"n": 1.50, "esc":"\\u00e9" }  ';
    const res = await deliver(body, {
      'x-signature-256': signatureOf(body),
      'X-Repeated': 'one, two',
    });
    expect(res.statusCode).toBe(202);
    const answer = res.json<Record<string, unknown>>();
    expect(answer).toMatchObject({
      bytes: Buffer.byteLength(body),
      text: body,
      contentType: 'application/json',
      repeated: 'one, two',
    });
    expect(answer.requestId).toMatch(/^[0-9a-f-]{36}$/);
    const digest = createHash('sha256').update(body).digest('hex');
    expect((await t.engine.audit.list({ actionPrefix: 'hooks.' })).map((r) => r.target)).toEqual([digest]);
    // Each delivery its own request id.
    const again = await deliver(body, { 'x-signature-256': signatureOf(body) });
    expect(again.json<Record<string, unknown>>().requestId).not.toBe(answer.requestId);
  });

  it('passes a form-encoded body on raw, and an empty body as no bytes', async () => {
    const form = 'payload=%7B%22a%22%3A+1%7D&x=%C3%A9';
    const res = await deliver(form, {
      'content-type': 'application/x-www-form-urlencoded',
      'x-signature-256': signatureOf(form),
    });
    expect(res.statusCode).toBe(202);
    expect(res.json()).toMatchObject({ text: form, contentType: 'application/x-www-form-urlencoded' });
    const empty = await deliver('', { 'x-signature-256': signatureOf('') });
    expect(empty.statusCode).toBe(202);
    expect(empty.json()).toMatchObject({ bytes: 0, text: '' });
    const bare = await app.inject({
      method: 'POST',
      url: '/webhooks/signed',
      headers: { host: PUBLIC_HOST, 'x-signature-256': signatureOf('') },
    });
    expect(bare.statusCode).toBe(202);
    expect(bare.json()).toMatchObject({ bytes: 0, contentType: null });
    const binary = Buffer.from([0, 255, 1, 254]);
    const odd = await deliver(binary, {
      'content-type': 'application/octet-stream',
      'x-signature-256': signatureOf(binary),
    });
    expect(odd.statusCode).toBe(202);
    expect(odd.json()).toMatchObject({ bytes: 4 });
  });

  it('passes a refusal on as { error } and rolls its writes back', async () => {
    const res = await deliver('{"a":1}', { 'x-signature-256': signatureOf('{"a": 1}') });
    expect(res.statusCode).toBe(401);
    expect(res.json()).toEqual({ error: 'bad signature' });
    const unsigned = await deliver('{"a":1}');
    expect(unsigned.statusCode).toBe(401);
    expect(await t.engine.audit.list({ actionPrefix: 'hooks.' })).toEqual([]);
  });

  it('answers 413 { error } above the webhook’s body limit, without running it', async () => {
    const body = JSON.stringify({ padding: 'x'.repeat(300) });
    const res = await deliver(body, { 'x-signature-256': signatureOf(body) });
    expect(res.statusCode).toBe(413);
    expect(res.json()).toEqual({ error: 'the body is larger than 256 bytes' });
    expect(await t.engine.audit.list({ actionPrefix: 'hooks.' })).toEqual([]);
  });

  it('answers 500 and logs it when the handler throws', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/webhooks/broken',
      headers: { host: PUBLIC_HOST, 'content-type': 'application/json' },
      payload: '{}',
    });
    expect(res.statusCode).toBe(500);
    expect(res.json()).toEqual({ error: 'internal error: see the server log' });
    expect(logged.some((line) => line.includes('the handler broke'))).toBe(true);
  });

  it('refuses a host that is not allowed and mounts no webhook of a disabled module', async () => {
    const other = await deliver('{}', { host: 'evil.example.com' });
    expect(other.statusCode).toBe(421);
    const off = await app.inject({
      method: 'POST',
      url: '/webhooks/off-hook',
      headers: { host: PUBLIC_HOST, 'content-type': 'application/json' },
      payload: '{}',
    });
    expect(off.statusCode).toBe(404);
    const mounted = registeredRoutes(app)
      .filter((route) => route.url.startsWith('/webhooks/'))
      .map((route) => `${route.method} ${route.url} ${route.access ?? ''}`);
    expect(mounted).toEqual(['POST /webhooks/signed public', 'POST /webhooks/broken public']);
  });

  it('gives the handler header names lower-cased and repeated values joined with a comma', () => {
    expect(flatHeaders({ 'X-GitHub-Event': 'push', 'set-cookie': ['a=1', 'b=2'], absent: undefined })).toEqual({
      'x-github-event': 'push',
      'set-cookie': 'a=1, b=2',
      absent: undefined,
    });
  });

  it('lists each webhook in a valid /openapi.json under its module', async () => {
    const res = await app.inject({ url: '/openapi.json', headers: { host: PUBLIC_HOST, 'x-test-user': 'sam' } });
    expect(res.statusCode).toBe(200);
    const spec = res.json<Record<string, unknown>>();
    const result = await new Validator().validate(spec);
    expect(result.errors ?? []).toEqual([]);
    const paths = spec.paths as Record<string, Record<string, Record<string, unknown>>>;
    const operation = paths['/webhooks/signed']?.post;
    expect(operation).toMatchObject({ tags: ['hooks'], summary: 'Receive a signed delivery' });
    expect(Object.keys(operation?.responses ?? {}).sort()).toEqual([
      '200',
      '202',
      '400',
      '401',
      '403',
      '404',
      '409',
      '413',
      '415',
      '422',
    ]);
    expect(Object.keys((operation?.requestBody as { content: object } | undefined)?.content ?? {})).toEqual([
      'application/json',
    ]);
    expect(Object.keys(paths)).not.toContain('/webhooks/off-hook');
  });
});
