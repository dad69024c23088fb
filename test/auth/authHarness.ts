import Fastify, { type FastifyInstance, type LightMyRequestResponse } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { SessionResponse } from '../../src/server/auth/authSchemas.js';
import { registerAuth, type AuthPlatform } from '../../src/server/auth/registerAuth.js';
import { createTestEngine, type TestEngine } from '../createTestEngine.js';

/** community.yaml of the auth tests: Admin → admin, Moderator → moderator, Member → viewer. */
export const AUTH_CONFIG = `version: 1
community:
  name: Auth Test
dashboard:
  roles:
    admin: [Admin]
    moderator: [Moderator]
    viewer: [Member]
  sessionTtl: 7d
  roleRefresh: 5m
`;

/** A server with sign-in and a route per access level, on the seeded sandbox. */
export interface AuthHarness {
  t: TestEngine;
  app: FastifyInstance;
  /** The seeded member with this username. */
  member(username: string): Promise<{ userId: string; displayName: string }>;
  close(): Promise<void>;
}

/** How to build the harness. */
export interface AuthHarnessOptions {
  env?: Record<string, string | undefined>;
  /** Pretend the platform is Discord (the sandbox still answers the lookups). */
  platformKind?: 'sandbox' | 'discord';
  configText?: string;
}

/**
 * Builds the seeded sandbox (no modules) and a Fastify server with `registerAuth` and test
 * routes: `GET /api/viewer` (viewer), `POST /api/moderator` (moderator), `GET /api/admin`
 * (no access stated: admin), `GET /healthz` and `GET /metrics` (public).
 * @param options - environment, platform kind, config
 */
export async function createAuthHarness(options: AuthHarnessOptions = {}): Promise<AuthHarness> {
  const t = await createTestEngine({ configText: options.configText ?? AUTH_CONFIG, moduleIds: [], scheduler: 'none' });
  const sandbox = t.sandbox;
  const platform: AuthPlatform = {
    kind: options.platformKind ?? 'sandbox',
    fetchGuild: (id) => sandbox.fetchGuild(id),
    fetchMember: (id, userId) => sandbox.fetchMember(id, userId),
    fetchAllMembers: (id) => sandbox.fetchAllMembers(id),
  };
  const app = Fastify();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  await registerAuth(app, {
    store: t.store,
    platform,
    guildId: t.guild.id,
    community: t.community,
    audit: t.engine.audit,
    env: options.env ?? {},
    now: () => t.clock.now(),
  });
  app.get('/api/viewer', { config: { access: 'viewer' } }, (request) => ({ user: request.dashboardUser ?? null }));
  app.post('/api/moderator', { config: { access: 'moderator' } }, () => ({ done: true }));
  app.get('/api/admin', () => ({ admin: true }));
  app.get('/healthz', { config: { access: 'public' } }, () => ({ status: 'ok' }));
  app.get('/metrics', { config: { access: 'public' } }, () => 'guildhall_up 1\n');
  await app.ready();
  return {
    t,
    app,
    member: async (username) => {
      const found = (await sandbox.listMembers()).find((m) => m.username === username);
      if (found === undefined) throw new Error(`no seeded member ${username}`);
      return { userId: found.userId, displayName: found.displayName };
    },
    close: async () => {
      await app.close();
      await t.close();
    },
  };
}

/** Cookies a browser would keep, from the answers it got. */
export class CookieJar {
  readonly #cookies = new Map<string, string>();

  /** Keeps the cookies an answer sets (and drops the ones it clears). */
  take(response: LightMyRequestResponse): void {
    for (const cookie of response.cookies) {
      const expired = cookie.maxAge === 0 || (cookie.expires !== undefined && cookie.expires.getTime() <= Date.now());
      if (expired || cookie.value === '') this.#cookies.delete(cookie.name);
      else this.#cookies.set(cookie.name, cookie.value);
    }
  }

  /** The `Cookie` header. */
  header(): string {
    return [...this.#cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  get(name: string): string | undefined {
    return this.#cookies.get(name);
  }

  set(name: string, value: string): void {
    this.#cookies.set(name, value);
  }
}

/**
 * A browser-like client of the harness: keeps cookies, and sends the CSRF token from
 * `GET /api/session` with state-changing calls.
 */
export class TestBrowser {
  readonly jar = new CookieJar();
  csrfToken: string | null = null;
  readonly #app: FastifyInstance;

  constructor(app: FastifyInstance) {
    this.#app = app;
  }

  /** `GET /api/session`, remembering its CSRF token. */
  async session(): Promise<SessionResponse> {
    const body = (await this.get('/api/session')).json<SessionResponse>();
    this.csrfToken = body.csrfToken;
    return body;
  }

  async get(url: string, headers: Record<string, string> = {}): Promise<LightMyRequestResponse> {
    const response = await this.#app.inject({ method: 'GET', url, headers: { cookie: this.jar.header(), ...headers } });
    this.jar.take(response);
    return response;
  }

  async post(url: string, body?: object, options: { csrf?: boolean | string } = {}): Promise<LightMyRequestResponse> {
    const csrf = options.csrf ?? true;
    const token = typeof csrf === 'string' ? csrf : csrf ? (this.csrfToken ?? '') : undefined;
    const response = await this.#app.inject({
      method: 'POST',
      url,
      headers: { cookie: this.jar.header(), ...(token === undefined ? {} : { 'x-csrf-token': token }) },
      ...(body === undefined ? {} : { payload: body }),
    });
    this.jar.take(response);
    return response;
  }

  /** Signs in with the sandbox's dev login as `userId`. */
  async devLogin(userId: string): Promise<LightMyRequestResponse> {
    if (this.csrfToken === null) await this.session();
    return this.post('/auth/dev-login', { userId });
  }
}
