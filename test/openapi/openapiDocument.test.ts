import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Validator } from '@seriousme/openapi-schema-validator';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditLog } from '../../src/core/AuditLog.js';
import { ManualClock } from '../../src/core/Clock.js';
import { silentLogger } from '../../src/core/Logger.js';
import { MemberData } from '../../src/core/MemberData.js';
import { corePrivacyOwners } from '../../src/core/privacy/corePrivacyOwners.js';
import { Metrics } from '../../src/metrics/Metrics.js';
import { moduleMigrations } from '../../src/modules/moduleList.js';
import { SandboxPlatform } from '../../src/platform/sandbox/SandboxPlatform.js';
import { sandboxMigrationSet } from '../../src/platform/sandbox/sandboxMigrations.js';
import { seedSandboxCommunity } from '../../src/platform/sandbox/seedSandboxCommunity.js';
import { createHttpServer } from '../../src/server/createHttpServer.js';
import { registerDashboardRoutes } from '../../src/server/dashboard/registerDashboardRoutes.js';
import { registeredRoutes, type RegisteredRoute } from '../../src/server/listRoutes.js';
import { registerPrivacyRoutes } from '../../src/server/privacyRoutes.js';
import { registerSandboxRoutes } from '../../src/server/sandbox/registerSandboxRoutes.js';
import { openApiPath, undocumented, type OpenApiDocument } from './openApiRoutes.js';
import { openTestStore, testDialect, type TestStore } from '../testStore.js';

describe(`OpenAPI document (${testDialect})`, () => {
  let store: TestStore;
  let app: FastifyInstance;
  let routes: readonly RegisteredRoute[] = [];
  const webRoot = mkdtempSync(join(tmpdir(), 'guildhall-web-'));

  beforeAll(async () => {
    writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>Guildhall</title>');
    store = await openTestStore([sandboxMigrationSet, ...moduleMigrations()]);
    const clock = new ManualClock(Date.UTC(2026, 2, 1, 12));
    const sandbox = new SandboxPlatform({ store, clock });
    const guild = await seedSandboxCommunity(sandbox, { name: 'Docs Guild' });
    const audit = new AuditLog(store.db, clock);
    app = await createHttpServer({
      store,
      metrics: new Metrics(),
      log: silentLogger(),
      platformKind: 'sandbox',
      webRoot,
    });
    registerDashboardRoutes(app, {
      store,
      community: { version: 1, community: { name: 'Docs Community', guildId: guild.id } },
      platformKind: 'sandbox',
      guildId: guild.id,
      now: () => clock.now(),
    });
    registerPrivacyRoutes(app, {
      audit,
      memberData: new MemberData(() => corePrivacyOwners(store), audit),
      guildId: guild.id,
    });
    await registerSandboxRoutes(app, { sandbox, settle: () => Promise.resolve() });
    await app.ready();
    routes = registeredRoutes(app);
  });

  afterAll(async () => {
    await app.close();
    await store.destroy();
    rmSync(webRoot, { recursive: true, force: true });
  });

  async function document(): Promise<OpenApiDocument> {
    const response = await app.inject({ url: '/openapi.json' });
    expect(response.statusCode).toBe(200);
    return response.json<OpenApiDocument>();
  }

  it('is a valid OpenAPI 3.1 document named after the package', async () => {
    const spec = await document();
    const result = await new Validator().validate(spec as unknown as Record<string, unknown>);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(spec.openapi).toBe('3.1.0');
    expect(spec.info.title).toBe('guildhall');
    expect(spec.info.version).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('lists every registered route with its method and a response schema', async () => {
    const spec = await document();
    const documented = routes.filter((route) => !undocumented(route));
    // The dashboard, the privacy routes and the whole sandbox API are there.
    expect(documented.length).toBeGreaterThan(30);
    for (const route of documented) {
      const operation = spec.paths[openApiPath(route.url)]?.[route.method.toLowerCase()];
      expect(operation, `${route.method} ${route.url} is in /openapi.json`).toBeDefined();
      const success = Object.keys(operation?.responses ?? {}).filter((status) => status.startsWith('2'));
      expect(success, `${route.method} ${route.url} documents its answer`).not.toEqual([]);
    }
    expect(Object.keys(spec.paths)).not.toContain('/openapi.json');
    expect(Object.keys(spec.paths).some((path) => path.startsWith('/api/docs'))).toBe(false);
  });

  it('has every route declare who may call it', () => {
    const withoutAccess = routes.filter((route) => route.access === undefined).map((r) => `${r.method} ${r.url}`);
    expect(withoutAccess).toEqual([]);
    const accessOf = (method: string, url: string): string | undefined =>
      routes.find((route) => route.method === method && route.url === url)?.access;
    expect(accessOf('GET', '/healthz')).toBe('public');
    expect(accessOf('GET', '/metrics')).toBe('public');
    expect(accessOf('GET', '/index.html')).toBe('public');
    expect(accessOf('GET', '/openapi.json')).toBe('viewer');
    expect(accessOf('GET', '/api/docs')).toBe('viewer');
    expect(accessOf('GET', '/api/overview')).toBe('viewer');
    expect(accessOf('POST', '/api/sandbox/members')).toBe('viewer');
    expect(accessOf('GET', '/api/members/:userId/export')).toBe('admin');
  });

  it('serves the browsable docs at /api/docs', async () => {
    const response = await app.inject({ url: '/api/docs/' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/html');
  });

  it('answers an unknown /api path 404 JSON and any other unknown page with the dashboard', async () => {
    const api = await app.inject({ url: '/api/nothing-here?x=1' });
    expect(api.statusCode).toBe(404);
    expect(api.json()).toEqual({ error: 'no route GET /api/nothing-here' });
    const page = await app.inject({ url: '/members/123' });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<title>Guildhall</title>');
  });

  it('answers an invalid query 400 { error: "<param>: <message>" }', async () => {
    const response = await app.inject({ url: '/api/leaderboard?limit=1000' });
    expect(response.statusCode).toBe(400);
    expect(response.json<{ error: string }>().error).toMatch(/^limit: /);
    const sandbox = await app.inject({ method: 'POST', url: '/api/sandbox/invites', payload: {} });
    expect(sandbox.statusCode).toBe(400);
    expect(sandbox.json<{ error: string }>().error).toMatch(/^invalid body: userId: /);
  });

  it('answers with the fields its schemas document', async () => {
    const members = await app.inject({ url: '/api/sandbox/members' });
    expect(members.statusCode).toBe(200);
    const first = members.json<Record<string, unknown>[]>()[0];
    expect(Object.keys(first ?? {}).sort()).toEqual(
      [
        'accountCreatedAt',
        'bot',
        'displayName',
        'dmsOpen',
        'joinedAt',
        'roles',
        'timeoutUntil',
        'userId',
        'username',
        'voice',
      ].sort(),
    );
    expect((await app.inject({ url: '/healthz' })).json()).toEqual({
      status: 'ok',
      platform: 'sandbox',
      database: testDialect,
    });
    expect((await app.inject({ url: '/metrics' })).headers['content-type']).toContain('text/plain');
  });
});
