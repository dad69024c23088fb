import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestEngine, type TestEngine } from '../../../../test/createTestEngine.js';
import type { AuditResponse } from './AuditApi.js';
import { registerAuditRoutes } from './registerAuditRoutes.js';

const STRANGER = '123456789012345678';

let t: TestEngine;
let app: FastifyInstance;
let noor: string;
let sam: string;

async function get(url: string): Promise<AuditResponse> {
  const response = await app.inject({ method: 'GET', url });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<AuditResponse>();
}

beforeEach(async () => {
  t = await createTestEngine({ scheduler: 'none' });
  const members = await t.sandbox.listMembers();
  const id = (username: string): string => members.find((m) => m.username === username)?.userId ?? '';
  noor = id('noor');
  sam = id('sam');
  const guildId = t.guild.id;
  const audit = t.engine.audit;
  await audit.record({
    guildId,
    actor: `discord:${noor}`,
    action: 'moderation.warn',
    target: sam,
    details: { reason: 'spam' },
  });
  t.clock.advance(1000);
  await audit.record({ guildId, actor: 'cli:alice', action: 'server.apply', target: null, details: { changes: 3 } });
  t.clock.advance(1000);
  await audit.record({ guildId, actor: `discord:${noor}`, action: 'moderation.appeal_uphold', target: 'case#4' });
  t.clock.advance(1000);
  await audit.record({ guildId, actor: `discord:${STRANGER}`, action: 'privacy.erase', target: STRANGER });
  await audit.record({ guildId: '999999999999999999', actor: 'cli:bob', action: 'server.apply', target: null });

  app = Fastify();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  // Stands in for the auth hook (written apart): a signed-in moderator.
  app.addHook('preHandler', (request, _reply, done) => {
    request.dashboardUser = { userId: noor, name: 'Noor', role: 'moderator', devLogin: true };
    done();
  });
  registerAuditRoutes(app, {
    store: t.store,
    audit,
    guildId,
    now: () => t.clock.now(),
    fetchMember: (g, userId) => t.sandbox.fetchMember(g, userId),
  });
  await app.ready();
});

afterEach(async () => {
  await app.close();
  await t.close();
});

describe('GET /api/v2/audit', () => {
  it('lists the guild’s staff actions newest first, actors and member targets named', async () => {
    const { entries, nextBefore } = await get('/api/v2/audit');
    expect(nextBefore).toBeNull();
    expect(entries.map((e) => [e.action, e.actorKind, e.actorName, e.target, e.targetName])).toEqual([
      ['privacy.erase', 'discord', 'user …5678', STRANGER, null],
      ['moderation.appeal_uphold', 'discord', 'Noor', 'case#4', null],
      ['server.apply', 'cli', 'alice', null, null],
      ['moderation.warn', 'discord', 'Noor', sam, 'Sam'],
    ]);
    expect(entries[3]?.details).toEqual({ reason: 'spam' });
    expect(entries[2]?.details).toEqual({ changes: 3 });
  });

  it('filters by actor and by action prefix', async () => {
    const byNoor = await get(`/api/v2/audit?actor=discord:${noor}`);
    expect(byNoor.entries.map((e) => e.action)).toEqual(['moderation.appeal_uphold', 'moderation.warn']);
    const moderation = await get('/api/v2/audit?action=moderation.');
    expect(moderation.entries.map((e) => e.action)).toEqual(['moderation.appeal_uphold', 'moderation.warn']);
    expect((await get('/api/v2/audit?actor=cli:alice&action=moderation.')).entries).toEqual([]);
  });

  it('pages older records with before = nextBefore', async () => {
    const first = await get('/api/v2/audit?limit=3');
    expect(first.entries.map((e) => e.action)).toEqual(['privacy.erase', 'moderation.appeal_uphold', 'server.apply']);
    expect(first.nextBefore).toBe(first.entries[2]?.id);
    const second = await get(`/api/v2/audit?limit=3&before=${first.nextBefore ?? 0}`);
    expect(second.entries.map((e) => e.action)).toEqual(['moderation.warn']);
    expect(second.nextBefore).toBeNull();
  });

  it('refuses a limit out of range and a before that is no id', async () => {
    expect((await app.inject({ method: 'GET', url: '/api/v2/audit?limit=500' })).statusCode).toBe(400);
    expect((await app.inject({ method: 'GET', url: '/api/v2/audit?before=latest' })).statusCode).toBe(400);
  });
});
