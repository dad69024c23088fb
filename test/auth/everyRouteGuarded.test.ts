import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGuildhall, type RunningGuildhall } from '../../src/app/startGuildhall.js';
import { starterConfig } from '../../src/config/starterConfig.js';
import { silentLogger } from '../../src/core/Logger.js';
import type { DashboardRole } from '../../src/server/auth/DashboardAccess.js';
import { registeredRoutes, type RegisteredRoute } from '../../src/server/listRoutes.js';
import { openApiPath, undocumented, type OpenApiDocument } from '../openapi/openApiRoutes.js';
import { dropSchema, testDialect, testPostgresUrl } from '../testStore.js';
import { devSession, type SignedInHeaders } from './devSession.js';

const dir = mkdtempSync(join(tmpdir(), 'guildhall-guard-'));
const schema = `guard_${randomBytes(5).toString('hex')}`;

/** A URL for a route pattern: each `:param` filled with a plausible id. */
function urlOf(route: RegisteredRoute): string {
  return route.url.replace(/:(\w+)/g, (_match, name: string) => (/id$/i.test(name) ? '123456789012345678' : '1'));
}

/** The routes behind the sign-in, one per method (HEAD is GET's twin). */
function guarded(routes: readonly RegisteredRoute[]): RegisteredRoute[] {
  return routes.filter((route) => route.method !== 'HEAD' && route.access !== 'public');
}

describe(`every route of a started Guildhall is behind the sign-in (${testDialect})`, () => {
  let app: RunningGuildhall;
  const signedIn = new Map<DashboardRole, SignedInHeaders>();

  beforeAll(async () => {
    const webRoot = join(dir, 'web');
    mkdtempSync(join(dir, 'x'));
    rmSync(webRoot, { recursive: true, force: true });
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Guildhall</title>');
    app = await startGuildhall({
      configText: starterConfig(),
      ...(testDialect === 'postgres'
        ? { databaseUrl: testPostgresUrl, databaseSchema: schema }
        : { databaseUrl: join(dir, 'guildhall.sqlite') }),
      port: 0,
      // Discord login configured too, so its routes are counted (nothing calls the provider).
      env: {
        DASHBOARD_URL: 'http://127.0.0.1:1',
        DISCORD_CLIENT_ID: '123456789012345678',
        DISCORD_CLIENT_SECRET: 'not-a-real-secret',
        DISCORD_OAUTH_BASE_URL: 'http://127.0.0.1:1',
        DISCORD_API_BASE_URL: 'http://127.0.0.1:1/api',
      },
      webRoot: dir,
      log: silentLogger(),
      runScheduler: false,
    });
    // The starter's dashboard roles: Admin → admin, Moderator → moderator, Member → viewer.
    signedIn.set('admin', await devSession(app.url, 'mira'));
    signedIn.set('moderator', await devSession(app.url, 'noor'));
    signedIn.set('viewer', await devSession(app.url, 'sam'));
  });

  afterAll(async () => {
    await app.stop();
    rmSync(dir, { recursive: true, force: true });
    if (testDialect === 'postgres') await dropSchema(schema);
  });

  async function statusOf(route: RegisteredRoute, headers: Partial<SignedInHeaders>): Promise<number> {
    const response = await app.http.inject({
      method: route.method as 'GET',
      url: urlOf(route),
      headers: {
        host: new URL(app.url).host,
        ...headers,
        ...(route.method === 'GET' ? {} : { 'content-type': 'application/json' }),
      },
      ...(route.method === 'GET' ? {} : { payload: '{}' }),
    });
    return response.statusCode;
  }

  it('leaves open only /healthz, /metrics, the sign-in routes, the dashboard shell and the iCalendar feeds', () => {
    const open = registeredRoutes(app.http)
      .filter((route) => route.access === 'public' && route.method !== 'HEAD' && !route.hidden)
      .map((route) => `${route.method} ${route.url}`)
      .sort();
    expect(open).toEqual(
      [
        'GET /api/session',
        // The events module's feeds check by themselves (events.calendar.public; the secret token).
        'GET /api/events/calendar.ics',
        'GET /api/events/feeds/:token.ics',
        'GET /auth/callback',
        'GET /auth/login',
        'GET /healthz',
        'GET /metrics',
        // Incoming webhooks authenticate their sender themselves (GitHub: a signature over the body).
        'POST /webhooks/github',
        'POST /auth/dev-login',
        'POST /auth/logout',
      ].sort(),
    );
  });

  it('answers 401 to every other route without a session', async () => {
    const routes = guarded(registeredRoutes(app.http));
    expect(routes.length).toBeGreaterThan(50);
    const answers = await Promise.all(
      routes.map(async (route) => `${route.method} ${route.url} → ${await statusOf(route, {})}`),
    );
    expect(answers.filter((line) => !line.endsWith('→ 401'))).toEqual([]);
  });

  it('answers 403 to a role below the route’s', async () => {
    const routes = guarded(registeredRoutes(app.http));
    const viewer = signedIn.get('viewer') ?? {};
    const moderator = signedIn.get('moderator') ?? {};
    const wrong: string[] = [];
    for (const route of routes) {
      if (route.access === 'moderator' || route.access === 'admin') {
        const status = await statusOf(route, viewer);
        if (status !== 403) wrong.push(`viewer: ${route.method} ${route.url} → ${status}`);
      }
      if (route.access === 'admin') {
        const status = await statusOf(route, moderator);
        if (status !== 403) wrong.push(`moderator: ${route.method} ${route.url} → ${status}`);
      }
    }
    expect(wrong).toEqual([]);
    // Each level has routes, so the loop above checked something of each.
    expect(routes.some((r) => r.access === 'moderator')).toBe(true);
    expect(routes.some((r) => r.access === 'admin')).toBe(true);
  });

  it('lets each role through to its own routes', async () => {
    const routes = guarded(registeredRoutes(app.http)).filter((route) => route.method === 'GET');
    const refused: string[] = [];
    for (const route of routes) {
      const role = route.access === undefined || route.access === 'public' ? 'admin' : route.access;
      const status = await statusOf(route, signedIn.get(role) ?? {});
      if (status === 401 || status === 403) refused.push(`${role}: ${route.method} ${route.url} → ${status}`);
    }
    // The moderation routes ask the guild too: noor holds the Moderator role there.
    expect(refused).toEqual([]);
  });

  it('lists every route in a valid /openapi.json, module and sign-in routes included', async () => {
    const response = await app.http.inject({
      url: '/openapi.json',
      headers: { host: new URL(app.url).host, ...signedIn.get('viewer') },
    });
    expect(response.statusCode).toBe(200);
    const spec = response.json<OpenApiDocument>();
    const result = await new Validator().validate(spec as unknown as Record<string, unknown>);
    expect(result.errors ?? []).toEqual([]);
    const missing = registeredRoutes(app.http)
      .filter((route) => !undocumented(route))
      .filter((route) => spec.paths[openApiPath(route.url)]?.[route.method.toLowerCase()] === undefined)
      .map((route) => `${route.method} ${route.url}`);
    expect(missing).toEqual([]);
    for (const path of ['/api/moderation/appeals/{appealId}/decision', '/auth/login', '/api/session', '/api/members']) {
      expect(Object.keys(spec.paths)).toContain(path);
    }
  });
});
