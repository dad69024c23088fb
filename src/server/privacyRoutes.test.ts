import Fastify, { type FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestStore, testDialect, type TestStore } from '../../test/testStore.js';
import { AuditLog } from '../core/AuditLog.js';
import { ManualClock } from '../core/Clock.js';
import { domainEvent } from '../core/DomainEvent.js';
import { EventLog } from '../core/EventLog.js';
import { MemberData } from '../core/MemberData.js';
import { corePrivacyOwners } from '../core/privacy/corePrivacyOwners.js';
import { sandboxMigrationSet } from '../platform/sandbox/sandboxMigrations.js';
import { registerPrivacyRoutes, type AuditResponse, type MemberExportResponse } from './privacyRoutes.js';

const GUILD = '100000000000000001';
const ADA = '200000000000000001';

let store: TestStore;
let app: FastifyInstance;
let audit: AuditLog;

describe(`audit and member export API (${testDialect})`, () => {
  beforeEach(async () => {
    store = await openTestStore([sandboxMigrationSet]);
    const clock = new ManualClock(Date.UTC(2026, 2, 1, 12));
    audit = new AuditLog(store.db, clock);
    const memberData = new MemberData(() => corePrivacyOwners(store), audit);
    app = Fastify();
    registerPrivacyRoutes(app, { audit, memberData, guildId: GUILD });
    await new EventLog(store.db, clock).record(
      domainEvent('member.joined', {
        id: `sandbox:member.joined:${ADA}:1`,
        guildId: GUILD,
        occurredAt: clock.now(),
        source: 'sandbox',
        payload: {
          userId: ADA,
          username: 'ada',
          displayName: 'Ada',
          bot: false,
          joinedAt: 0,
          accountCreatedAt: 0,
          roles: [],
        },
      }),
    );
    for (const [actor, action] of [
      ['cli:alice', 'server.apply'],
      ['discord:300000000000000001', 'moderation.warn'],
      ['discord:300000000000000001', 'moderation.ban'],
    ] as const) {
      await audit.record({ guildId: GUILD, actor, action, target: null });
    }
  });
  afterEach(async () => {
    await app.close();
    await store.destroy();
  });

  it('GET /api/audit lists records newest first, filtered and paged', async () => {
    const all = (await app.inject('/api/audit')).json<AuditResponse>();
    expect(all.records.map((r) => r.action)).toEqual(['moderation.ban', 'moderation.warn', 'server.apply']);
    const moderation = (await app.inject('/api/audit?action=moderation.&limit=1')).json<AuditResponse>();
    expect(moderation.records.map((r) => r.action)).toEqual(['moderation.ban']);
    const older = (
      await app.inject(`/api/audit?action=moderation.&before=${moderation.records[0]!.id}`)
    ).json<AuditResponse>();
    expect(older.records.map((r) => r.action)).toEqual(['moderation.warn']);
    const byAlice = (await app.inject('/api/audit?actor=cli:alice')).json<AuditResponse>();
    expect(byAlice.records).toMatchObject([{ actor: 'cli:alice', action: 'server.apply', target: null }]);
    const bad = await app.inject('/api/audit?limit=0');
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toEqual({ error: 'limit: Too small: expected number to be >=1' });
  });

  it('GET /api/members/:userId/export downloads the member as JSON and audits it', async () => {
    const response = await app.inject(`/api/members/${ADA}/export`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toBe(`attachment; filename="guildhall-member-${ADA}.json"`);
    const body = response.json<MemberExportResponse>();
    expect(body).toMatchObject({ userId: ADA, guildId: GUILD });
    expect(body.data.core?.events).toMatchObject([{ type: 'member.joined', payload: { username: 'ada' } }]);
    const [latest] = await audit.list({ limit: 1 });
    expect(latest).toMatchObject({ actor: 'dashboard:local', action: 'privacy.export', target: ADA });
    expect((await app.inject('/api/members/ada/export')).statusCode).toBe(400);
  });
});
