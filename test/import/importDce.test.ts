import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { importDce } from '../../src/app/import/importDce.js';
import { planDceImport } from '../../src/app/import/planDceImport.js';
import { runDceImport } from '../../src/app/import/runDceImport.js';
import { domainEvent } from '../../src/core/DomainEvent.js';
import { createTestEngine, type TestEngine } from '../createTestEngine.js';

const fixtures = fileURLToPath(new URL('../fixtures/dce/', import.meta.url));
const ARCHIVE = `${fixtures}archive`;

let te: TestEngine | undefined;
afterEach(async () => {
  await te?.close();
  te = undefined;
});

async function setUp(): Promise<TestEngine> {
  te = await createTestEngine({ scheduler: 'none' });
  await te.settle();
  return te;
}

function run(t: TestEngine, paths: string[], options: { awardPoints?: boolean; batchSize?: number } = {}) {
  return runDceImport({
    paths,
    engine: t.engine,
    store: t.store,
    clock: t.clock,
    guild: { guildId: t.guild.id, how: 'forced' },
    awardPoints: options.awardPoints ?? false,
    err: () => undefined,
    ...(options.batchSize === undefined ? {} : { batchSize: options.batchSize }),
  });
}

async function importedByType(t: TestEngine): Promise<Record<string, number>> {
  const rows = await t.store.db
    .selectFrom('event_log')
    .select(['type', (eb) => eb.fn.countAll<number>().as('n')])
    .where('source', '=', 'import')
    .groupBy('type')
    .orderBy('type')
    .execute();
  return Object.fromEntries(rows.map((r) => [r.type, r.n]));
}

async function count(
  t: TestEngine,
  table: 'outbox' | 'event_handlings' | 'handler_failures',
  where?: [string, string],
): Promise<number> {
  let query = t.store.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n'));
  if (where !== undefined) query = query.where(sql.ref(where[0]), '=', where[1]);
  return (await query.executeTakeFirstOrThrow()).n;
}

/** Recognition awards recorded (one per awarded event). */
async function awards(t: TestEngine): Promise<number> {
  const row = await t.store.db
    .selectFrom('recognition_awards' as never)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return row.n;
}

/** The archive fixture: 9 messages (1 pin skipped), 6 posts, 1 join, 1 thread (2 sources), 4 reaction users. */
const ARCHIVE_EVENTS = { 'member.joined': 1, 'message.created': 6, 'reaction.added': 4, 'thread.created': 1 };

describe('guildhall import dce', () => {
  it('records every message, join, thread and reaction once, already handled, with no platform action', async () => {
    const t = await setUp();
    const outboxBefore = await count(t, 'outbox');
    const summary = await run(t, [ARCHIVE]);
    expect(summary).toMatchObject({
      files: 3,
      messages: 9,
      recorded: 12,
      known: 1,
      joins: 1,
      reactions: 4,
      threads: 2,
      authors: 4,
      skipped: { 'system message ChannelPinnedMessage': 1 },
      failures: 0,
    });
    expect(await importedByType(t)).toEqual(ARCHIVE_EVENTS);
    const unhandled = await t.store.db.selectFrom('event_log').select('id').where('handled_at', 'is', null).execute();
    expect(unhandled).toEqual([]);
    // Onboarding and automod subscribe to these types but never ran: no welcome, no outbox row.
    expect(await count(t, 'outbox')).toBe(outboxBefore);
    expect(await count(t, 'event_handlings', ['handler', 'onboarding'])).toBe(0);
    expect(await count(t, 'event_handlings', ['handler', 'automod'])).toBe(0);
    const joined = await t.store.db
      .selectFrom('event_log')
      .select(['id', 'guild_id', 'occurred_at'])
      .where('type', '=', 'member.joined')
      .where('source', '=', 'import')
      .executeTakeFirstOrThrow();
    expect(joined).toEqual({
      id: `discord:member.joined:${t.guild.id}:400000000000000002:${Date.UTC(2024, 1, 1, 9)}`,
      guild_id: t.guild.id,
      occurred_at: Date.UTC(2024, 1, 1, 9),
    });
  });

  it('fills the analytics rollups from the history (bots not counted)', async () => {
    const t = await setUp();
    await run(t, [ARCHIVE]);
    const totals = await t.store.db
      .selectFrom('analytics_days' as never)
      .select((eb) => [
        eb.fn.sum<number>(sql.ref('messages')).as('messages'),
        eb.fn.sum<number>(sql.ref('replies')).as('replies'),
        eb.fn.sum<number>(sql.ref('reactions')).as('reactions'),
        eb.fn.sum<number>(sql.ref('joins')).as('joins'),
      ])
      .where(sql.ref('guild_id'), '=', t.guild.id)
      .executeTakeFirstOrThrow();
    // 6 posts, one by the bot: 5 messages, 2 of them replies (the forward is not); 4 reactions; 1 join.
    expect(
      Object.fromEntries(Object.entries(totals as Record<string, unknown>).map(([k, v]) => [k, Number(v)])),
    ).toEqual({
      messages: 5,
      replies: 2,
      reactions: 4,
      joins: 1,
    });
  });

  it('names the archive authors in the member directory', async () => {
    const t = await setUp();
    await run(t, [ARCHIVE]);
    const rows = await t.store.db
      .selectFrom('member_directory')
      .select(['user_id', 'username', 'display_name', 'bot'])
      .where('guild_id', '=', t.guild.id)
      .where('user_id', 'in', ['400000000000000001', '400000000000000002', '400000000000000003', '400000000000000009'])
      .orderBy('user_id')
      .execute();
    expect(rows.map((r) => [r.user_id, r.username, r.display_name, Boolean(r.bot)])).toEqual([
      ['400000000000000001', 'ada', 'Ada L.', false],
      ['400000000000000002', 'ben', 'Ben', false],
      ['400000000000000003', 'cy', 'Cy', false],
      ['400000000000000009', 'helperbot', 'Helper', true],
    ]);
  });

  it('imports twice, records once: a rerun skips finished files, and an overlapping import knows every event', async () => {
    const t = await setUp();
    await run(t, [ARCHIVE]);
    const again = await run(t, [ARCHIVE]);
    expect(again).toMatchObject({ files: 0, filesAlreadyDone: 3, recorded: 0 });
    await t.store.db.deleteFrom('import_progress').execute();
    const overlap = await run(t, [ARCHIVE]);
    expect(overlap).toMatchObject({ files: 3, recorded: 0, known: 13 });
    expect(await importedByType(t)).toEqual(ARCHIVE_EVENTS);
  });

  it('keeps a message seen live once: the import finds it known', async () => {
    const t = await setUp();
    await t.engine.ingest(
      domainEvent('message.created', {
        id: 'discord:message.created:1200000000000000002',
        guildId: t.guild.id,
        occurredAt: Date.UTC(2024, 1, 1, 9, 5),
        source: 'discord',
        payload: {
          messageId: '1200000000000000002',
          channelId: '200000000000000001',
          authorId: '400000000000000001',
          authorBot: false,
          content: 'Welcome @ben!',
          mentionedUserIds: ['400000000000000002'],
          mentionedRoleIds: [],
          referencedMessageId: null,
          attachmentCount: 0,
        },
      }),
    );
    await t.settle();
    const summary = await run(t, [ARCHIVE]);
    expect(summary).toMatchObject({ recorded: 11, known: 2 });
    const rows = await t.store.db
      .selectFrom('event_log')
      .select('source')
      .where('id', '=', 'discord:message.created:1200000000000000002')
      .execute();
    expect(rows).toEqual([{ source: 'discord' }]);
  });

  it('runs recognition only with --award-points', async () => {
    const t = await setUp();
    await run(t, [ARCHIVE]);
    expect(await awards(t)).toBe(0);
    const other = await setUp2();
    await run(other, [ARCHIVE], { awardPoints: true });
    expect(await awards(other)).toBeGreaterThan(0);
    expect(await count(other, 'outbox')).toBe(await outboxOfSeed(other));
    await other.close();
  });

  it('resumes after an interruption: committed batches stay, the rerun continues, nothing twice', async () => {
    const t = await setUp();
    const plan = await planDceImport([ARCHIVE], { guildId: t.guild.id, how: 'forced' });
    let calls = 0;
    const sink = {
      store: t.store,
      clock: t.clock,
      modules: ['analytics'],
      remember: () => Promise.resolve(),
      batchSize: 2,
      replay: (events: Parameters<typeof t.engine.replay>[0], options: Parameters<typeof t.engine.replay>[1]) => {
        calls += 1;
        if (calls === 3) return Promise.reject(new Error('power cut'));
        return t.engine.replay(events, options);
      },
    };
    await expect(importDce(plan, sink)).rejects.toThrow('power cut');
    const afterCrash = await importedByType(t);
    // Two batches of the first file committed (the join, the welcome and its 3 reactions; the
    // reply and the thread), the third (part 2) was cut off.
    expect(afterCrash).toEqual({ 'member.joined': 1, 'message.created': 2, 'reaction.added': 3, 'thread.created': 1 });
    const resumed = await importDce(plan, { ...sink, replay: (events, options) => t.engine.replay(events, options) });
    // Part 2's two posts, the thread's two posts and its reaction; the thread file's
    // thread.created is the one already recorded. The first file's "finished" mark was in the
    // lost batch (batches span files), so the rerun opens it again and finds nothing after
    // its saved position.
    expect(resumed).toMatchObject({ files: 3, filesAlreadyDone: 0, recorded: 5, known: 1 });
    expect(await importedByType(t)).toEqual(ARCHIVE_EVENTS);
  });

  it('stops at a message of an unknown type, naming file and message, keeping what came before', async () => {
    const t = await setUp();
    await expect(run(t, [`${fixtures}bad/Unknown type - general [200000000000000001].json`])).rejects.toThrow(
      /Unknown type - general \[200000000000000001\]\.json: message 1: unknown message type "SomethingNew"/,
    );
    expect(await importedByType(t)).toEqual({ 'message.created': 1, 'reaction.added': 3 });
  });

  it('refuses a file that is not DCE before importing anything', async () => {
    const t = await setUp();
    await expect(run(t, [ARCHIVE, `${fixtures}bad/not-dce.json`])).rejects.toThrow(
      /not-dce\.json: header: not a DiscordChatExporter export/,
    );
    expect(await importedByType(t)).toEqual({});
  });

  it('refuses an archive of another guild than community.guildId unless forced', async () => {
    const t = await setUp();
    await expect(
      runDceImport({
        paths: [ARCHIVE],
        engine: t.engine,
        store: t.store,
        clock: t.clock,
        guild: { guildId: '100000000000000777', how: 'configured' },
        awardPoints: false,
        err: () => undefined,
      }),
    ).rejects.toThrow(
      'The archive is of guild 100000000000000001 (Guildhall Test), but community.guildId is 100000000000000777: nothing was imported. Import it into 100000000000000777 anyway with --guild-id 100000000000000777.',
    );
    expect(await importedByType(t)).toEqual({});
  });

  it('imports an old export and a CSV export', async () => {
    const t = await setUp();
    const summary = await run(t, [`${fixtures}old`, `${fixtures}csv`]);
    expect(summary).toMatchObject({ messages: 4, recorded: 4, reactionsWithoutUsers: 6 });
    const ids = await t.store.db
      .selectFrom('event_log')
      .select('id')
      .where('source', '=', 'import')
      .orderBy('id')
      .execute();
    expect(ids.map((r) => r.id)).toEqual([
      `discord:member.joined:${t.guild.id}:400000000000000004:${Date.UTC(2020, 5, 1, 12)}`,
      'discord:message.created:700000000000000002',
      `import:message.created:200000000000000002:400000000000000001:${Date.UTC(2024, 1, 3, 8)}`,
      `import:message.created:200000000000000002:400000000000000002:${Date.UTC(2024, 1, 3, 8, 1, 30, 250)}`,
    ]);
  });
});

/** A second engine on its own database (the award-points case). */
async function setUp2(): Promise<TestEngine> {
  const other = await createTestEngine({ scheduler: 'none' });
  await other.settle();
  return other;
}

async function outboxOfSeed(t: TestEngine): Promise<number> {
  const rows = await t.store.db
    .selectFrom('outbox')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('key', 'like', 'discord:%')
    .executeTakeFirstOrThrow();
  return rows.n;
}
