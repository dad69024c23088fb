import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestStore, testDialect, type TestStore } from '../../../test/testStore.js';
import { sandboxMigrationSet } from '../../platform/sandbox/sandboxMigrations.js';
import { AuditLog } from '../AuditLog.js';
import { ManualClock } from '../Clock.js';
import { domainEvent, type DomainEvent, type EventPayloads } from '../DomainEvent.js';
import { EventLog } from '../EventLog.js';
import { MemberData } from '../MemberData.js';
import { corePrivacyOwners } from './corePrivacyOwners.js';
import { loadPrivacyKey, PRIVACY_KEY_ENV } from './privacyKey.js';
import { tombstoneId } from './tombstone.js';

const GUILD = '100000000000000001';
const ADA = '200000000000000001';
const BOB = '200000000000000002';
const GENERAL = '300000000000000001';

let store: TestStore;
let clock: ManualClock;
let log: EventLog;
let members: MemberData;
let seq = 0;

function message(id: string, authorId: string, content: string, mentioned: string[] = []): DomainEvent {
  const payload: EventPayloads['message.created'] = {
    messageId: id,
    channelId: GENERAL,
    authorId,
    authorBot: false,
    content,
    mentionedUserIds: mentioned,
    mentionedRoleIds: [],
    referencedMessageId: null,
    attachmentCount: 0,
  };
  return domainEvent('message.created', {
    id: `sandbox:message.created:${id}`,
    guildId: GUILD,
    occurredAt: clock.now(),
    source: 'sandbox',
    payload,
  });
}

function joined(userId: string, username: string, displayName: string): DomainEvent {
  seq += 1;
  return domainEvent('member.joined', {
    id: `sandbox:member.joined:${userId}:${seq}`,
    guildId: GUILD,
    occurredAt: clock.now(),
    source: 'sandbox',
    payload: { userId, username, displayName, bot: false, joinedAt: clock.now(), accountCreatedAt: 0, roles: [] },
  });
}

async function countsByType(): Promise<Record<string, number>> {
  const rows = await store.db
    .selectFrom('event_log')
    .select(['type', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy('type')
    .execute();
  return Object.fromEntries(rows.map((r) => [r.type, r.n]));
}

async function dumpEventLog(): Promise<string> {
  const rows = await store.db.selectFrom('event_log').selectAll().execute();
  return JSON.stringify(rows);
}

describe(`event log privacy (${testDialect})`, () => {
  beforeEach(async () => {
    store = await openTestStore([sandboxMigrationSet]);
    clock = new ManualClock(Date.UTC(2026, 2, 1, 12));
    log = new EventLog(store.db, clock);
    members = new MemberData(() => corePrivacyOwners(store, { now: () => clock.now() }), new AuditLog(store.db, clock));
  });
  afterEach(async () => {
    await store.destroy();
  });

  it('rewrites the member out of the log, keeps counts, and refuses a redelivery of their events', async () => {
    const events = [
      joined(ADA, 'ada_zyx', 'Ada Quillfeather'),
      joined(BOB, 'bob', 'Bob'),
      message('m1', ADA, 'my secret plan: glorbnax'),
      message('m2', BOB, 'hi <@200000000000000001>, Ada Quillfeather told me about it', [ADA]),
      message('m3', BOB, 'unrelated text'),
    ];
    for (const event of events) expect(await log.record(event)).toBe(true);
    const before = await countsByType();

    const exported = await members.exportMember(GUILD, ADA);
    const ownIds = (exported.core?.events as { id: string }[]).map((e) => e.id);
    expect(ownIds).toEqual([events[0]!.id, 'sandbox:message.created:m1']);

    const report = await members.eraseMember(GUILD, ADA, `discord:${BOB}`, { keepModerationRecords: false });
    expect(report.changed.core).toBe(3);

    const dump = await dumpEventLog();
    for (const trace of [ADA, 'ada_zyx', 'Ada Quillfeather', 'Quillfeather', 'glorbnax'])
      expect(dump).not.toContain(trace);
    expect(await countsByType()).toEqual(before);
    expect(dump).toContain('unrelated text');
    // Bob's message stays Bob's (same id), without Ada in it.
    const bobs = await store.db
      .selectFrom('event_log')
      .select('payload')
      .where('id', '=', 'sandbox:message.created:m2')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(bobs.payload)).toMatchObject({
      content: 'hi <@erased>, [erased] told me about it',
      mentionedUserIds: ['erased'],
    });

    // Redelivered (or re-imported) events of Ada are not stored again; others still dedupe by id.
    expect(await log.record(events[2]!)).toBe(false);
    expect(await log.record(events[0]!)).toBe(false);
    expect(await log.record(events[3]!)).toBe(false);
    expect(await countsByType()).toEqual(before);
    expect(await log.record(message('m4', BOB, 'new'))).toBe(true);

    // The erase is audited without saying whose data it was.
    const audit = await new AuditLog(store.db, clock).list();
    expect(audit).toMatchObject([{ actor: `discord:${BOB}`, action: 'privacy.erase', target: null }]);
    expect(JSON.stringify(audit)).not.toContain(ADA);
  });

  it('erasing twice changes nothing more; the tombstone id is the keyed hash of the old id', async () => {
    const event = message('m1', ADA, 'hello');
    await log.record(event);
    await members.eraseMember(GUILD, ADA, 'cli:test', { keepModerationRecords: false });
    const key = await loadPrivacyKey(store.db);
    const row = await store.db.selectFrom('event_log').select(['id', 'handled_at']).executeTakeFirstOrThrow();
    expect(row.id).toBe(tombstoneId(key, event.id));
    expect(row.handled_at).not.toBeNull();
    const again = await members.eraseMember(GUILD, ADA, 'cli:test', { keepModerationRecords: false });
    expect(again.changed.core).toBe(0);
  });

  it('scrubs jobs, handler failures and audit records about the member', async () => {
    const event = message('m1', ADA, 'hello');
    await log.record(event);
    await log.recordFailure(event.id, 'recognition', `no member ${ADA}`);
    const job = (key: string, payload: object, module = 'moderation') => ({
      key,
      module,
      name: 'expire',
      payload: JSON.stringify(payload),
      run_at: 0,
      status: 'pending' as const,
      attempts: 0,
      max_attempts: 5,
      created_at: 0,
      updated_at: 0,
    });
    await store.db
      .insertInto('jobs')
      .values([
        job(`moderation:expire:${ADA}`, { userId: ADA }),
        job('recognition:x', { note: 'for bob' }, 'recognition'),
      ])
      .execute();
    const audit = new AuditLog(store.db, clock);
    await audit.record({
      guildId: GUILD,
      actor: `discord:${BOB}`,
      action: 'moderation.warn',
      target: ADA,
      details: { reason: 'spam' },
    });
    await audit.record({
      guildId: GUILD,
      actor: `discord:${ADA}`,
      action: 'moderation.warn',
      target: BOB,
      details: {},
    });

    await members.eraseMember(GUILD, ADA, 'cli:test', { keepModerationRecords: false });
    const jobs = await store.db.selectFrom('jobs').select('key').execute();
    expect(jobs.map((j) => j.key)).toEqual(['recognition:x']);
    const failures = await store.db.selectFrom('handler_failures').selectAll().execute();
    expect(failures).toHaveLength(1);
    expect(failures[0]!.event_id).toMatch(/^erased:[0-9a-f]{64}$/);
    expect(failures[0]!.error).toBe('no member erased');
    const records = await audit.list();
    expect(JSON.stringify(records)).not.toContain(ADA);
    expect(records.map((r) => [r.actor, r.target])).toEqual([
      ['cli:test', null],
      ['discord:erased', BOB],
      [`discord:${BOB}`, null],
    ]);
  });

  it('keeps moderation jobs and audit targets with keepModerationRecords', async () => {
    await store.db
      .insertInto('jobs')
      .values({
        key: `moderation:expire:${ADA}`,
        module: 'moderation',
        name: 'expire',
        payload: JSON.stringify({ userId: ADA }),
        run_at: 0,
        status: 'pending',
        attempts: 0,
        max_attempts: 5,
        created_at: 0,
        updated_at: 0,
      })
      .execute();
    const audit = new AuditLog(store.db, clock);
    await audit.record({ guildId: GUILD, actor: `discord:${BOB}`, action: 'moderation.ban', target: ADA, details: {} });
    await members.eraseMember(GUILD, ADA, 'cli:test', { keepModerationRecords: true });
    expect(await store.db.selectFrom('jobs').select('key').execute()).toHaveLength(1);
    expect((await audit.list()).find((r) => r.action === 'moderation.ban')?.target).toBe(ADA);
  });

  it('blanks message content older than the retention cut, keeping ids and counts', async () => {
    await log.record(message('old', ADA, 'old words'));
    clock.advance(10 * 86_400_000);
    await log.record(message('new', ADA, 'new words'));
    const changed = await members.blankContentBefore(clock.now() - 86_400_000);
    expect(changed.core).toBe(1);
    const rows = await store.db.selectFrom('event_log').select(['id', 'payload']).orderBy('seq').execute();
    expect(rows.map((r) => [r.id, (JSON.parse(r.payload) as { content: string }).content])).toEqual([
      ['sandbox:message.created:old', ''],
      ['sandbox:message.created:new', 'new words'],
    ]);
    expect((await members.blankContentBefore(clock.now() - 86_400_000)).core).toBe(0);
  });

  it('uses GUILDHALL_PRIVACY_KEY when set, and refuses a short one', async () => {
    const env = { [PRIVACY_KEY_ENV]: 'k'.repeat(40) };
    expect((await loadPrivacyKey(store.db, env)).toString()).toBe('k'.repeat(40));
    await expect(loadPrivacyKey(store.db, { [PRIVACY_KEY_ENV]: 'short' })).rejects.toThrow(/at least 32/);
    const generated = await loadPrivacyKey(store.db, {});
    expect(generated).toHaveLength(32);
    expect(await loadPrivacyKey(store.db, {})).toEqual(generated);
  });
});
