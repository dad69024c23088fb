import Fastify, { type FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createTestEngine, type TestEngine } from '../../test/createTestEngine.js';
import { testDialect } from '../../test/testStore.js';
import { loadModules } from '../app/loadModules.js';
import { starterConfig } from '../config/starterConfig.js';
import { defineModule, type AnyModuleContext } from '../core/defineModule.js';
import { defineRoute } from '../core/defineRoute.js';
import type { DashboardUser } from './auth/DashboardAccess.js';
import { registerModuleRoutes } from './registerModuleRoutes.js';

const ADA: DashboardUser = { userId: '300000000000000001', name: 'Ada', role: 'moderator', devLogin: true };

/** A made-up module: a GET echoing what it was given, a POST that writes and posts (or refuses). */
const notesModule = defineModule({
  id: 'notes',
  description: 'test module',
  config: z.object({}).default({}),
  routes: [
    defineRoute({
      method: 'GET',
      path: '/notes/:noteId',
      access: 'viewer',
      summary: 'Read a note',
      params: z.object({ noteId: z.coerce.number().int().min(1) }),
      query: z.object({ verbose: z.enum(['yes', 'no']).default('no') }),
      response: z.object({ noteId: z.number(), verbose: z.string(), actor: z.string(), guildId: z.string() }),
      handle: ({ params, query, actor, guildId }) =>
        Promise.resolve({
          status: 200,
          body: { noteId: params.noteId, verbose: query.verbose, actor: actor.name, guildId },
        }),
    }),
    defineRoute({
      method: 'POST',
      path: '/notes',
      access: 'moderator',
      summary: 'Write a note',
      body: z.object({ text: z.string().min(1), channelId: z.string() }),
      response: z.object({ posted: z.string() }),
      async handle({ body, actor, guildId }, ctx: AnyModuleContext) {
        await ctx.audit({ guildId, actor: `discord:${actor.userId}`, action: 'notes.write', target: null });
        const sent = await ctx.platform.sendMessage(body.channelId, { content: body.text });
        if (body.text === 'refuse') return { status: 409, error: 'This note is refused.' };
        return { status: 200, body: { posted: sent.id } };
      },
    }),
  ],
});

const offModule = defineModule({
  id: 'off',
  description: 'disabled test module',
  config: z.object({ enabled: z.boolean().default(true) }).default({ enabled: true }),
  routes: [
    defineRoute({
      method: 'GET',
      path: '/ping',
      access: 'viewer',
      summary: 'Ping',
      response: z.object({}),
      handle: () => Promise.resolve({ status: 200, body: {} }),
    }),
  ],
});

interface SeenRoute {
  method: string;
  url: string;
  access: string | undefined;
  tags: unknown;
  summary: unknown;
}

describe(`module routes over HTTP (${testDialect})`, () => {
  let t: TestEngine;
  let app: FastifyInstance;
  const seen: SeenRoute[] = [];
  let channelId = '';

  beforeEach(async () => {
    const { community } = loadModules({ configText: starterConfig() });
    t = await createTestEngine({
      loaded: {
        community,
        modules: [
          { definition: notesModule, config: {} },
          { definition: offModule, config: { enabled: false } },
        ],
      },
      scheduler: 'none',
    });
    channelId = t.channel('general').id;
    app = Fastify();
    seen.length = 0;
    app.addHook('onRoute', (route) => {
      const methods = Array.isArray(route.method) ? route.method : [route.method];
      for (const method of methods) {
        seen.push({
          method,
          url: route.url,
          access: route.config?.access,
          tags: route.schema?.tags,
          summary: route.schema?.summary,
        });
      }
    });
    // Test-only stand-in for the access hook: the caller named by a header is signed in.
    app.addHook('preHandler', (request, _reply, done) => {
      if (request.headers['x-test-user'] === 'ada') request.dashboardUser = ADA;
      done();
    });
    await registerModuleRoutes(app, { engine: t.engine, guildId: t.guild.id });
  });

  afterEach(async () => {
    await app.close();
    await t.close();
  });

  it('mounts each enabled module route at /api/<module><path> with its access, tag and summary', () => {
    expect(seen.filter((r) => r.method !== 'HEAD')).toEqual([
      { method: 'GET', url: '/api/notes/notes/:noteId', access: 'viewer', tags: ['notes'], summary: 'Read a note' },
      { method: 'POST', url: '/api/notes/notes', access: 'moderator', tags: ['notes'], summary: 'Write a note' },
    ]);
  });

  it('parses params and query with the route schemas and gives the handler the signed-in actor', async () => {
    const ok = await app.inject({ url: '/api/notes/notes/12?verbose=yes', headers: { 'x-test-user': 'ada' } });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toEqual({ noteId: 12, verbose: 'yes', actor: 'Ada', guildId: t.guild.id });
    const bad = await app.inject({ url: '/api/notes/notes/0', headers: { 'x-test-user': 'ada' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ error: string }>().error).toMatch(/^noteId: /);
    const badQuery = await app.inject({ url: '/api/notes/notes/3?verbose=maybe', headers: { 'x-test-user': 'ada' } });
    expect(badQuery.statusCode).toBe(400);
    expect(badQuery.json<{ error: string }>().error).toMatch(/^verbose: /);
  });

  it('answers 401 when nobody is signed in (a server without the access hook)', async () => {
    const res = await app.inject({ url: '/api/notes/notes/1' });
    expect(res.statusCode).toBe(401);
    expect(res.json()).toEqual({ error: 'sign in' });
    expect((await app.inject({ url: '/api/off/ping', headers: { 'x-test-user': 'ada' } })).statusCode).toBe(404);
  });

  it('runs a POST as one unit of work: its writes commit and its effects go out through the outbox', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/notes/notes',
      headers: { 'x-test-user': 'ada' },
      payload: { text: 'hello from the dashboard', channelId },
    });
    expect(res.statusCode).toBe(200);
    // Queued in the unit, answered with the outbox's stand-in id keyed by the request.
    expect(res.json<{ posted: string }>().posted).toMatch(/^outbox:http:[0-9a-f-]{36}#0$/);
    await t.settle();
    const messages = await t.sandbox.listMessages(channelId, { limit: 10 });
    expect(messages.map((m) => m.content)).toContain('hello from the dashboard');
    expect((await t.engine.audit.list({ actionPrefix: 'notes.' })).map((r) => r.actor)).toEqual([
      `discord:${ADA.userId}`,
    ]);
  });

  it('rolls a refused POST back: no write, no effect, the refusal as { error }', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/notes/notes',
      headers: { 'x-test-user': 'ada' },
      payload: { text: 'refuse', channelId },
    });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toEqual({ error: 'This note is refused.' });
    await t.settle();
    expect((await t.sandbox.listMessages(channelId, { limit: 10 })).map((m) => m.content)).not.toContain('refuse');
    expect(await t.engine.audit.list({ actionPrefix: 'notes.' })).toEqual([]);
    const missing = await app.inject({
      method: 'POST',
      url: '/api/notes/notes',
      headers: { 'x-test-user': 'ada' },
      payload: { channelId },
    });
    expect(missing.statusCode).toBe(400);
    expect(missing.json<{ error: string }>().error).toMatch(/^text: /);
  });
});
