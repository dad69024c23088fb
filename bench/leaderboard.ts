/**
 * bench/leaderboard: leaderboard and rank queries of the recognition module with many members
 * and point events, on a SQLite file (default) or PostgreSQL (DATABASE_URL).
 *
 * Loads a year of history the way live processing leaves it: the award ledger
 * (`recognition_awards`, one row per point event) and the totals it maintains
 * (`recognition_members`, and `recognition_totals` per week, month, season and all time, for
 * points and the helpful-answers category), with multi-row inserts inside transactions.
 * Then times the queries behind /leaderboard, /rank and the dashboard, the same query as an
 * aggregate over the ledger (what the totals save), and live awards at that scale.
 *
 *   npx tsx bench/leaderboard.ts [--members 100000] [--events 10000000] [--runs 20]
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npx tsx bench/leaderboard.ts
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { CompiledQuery, sql, type Kysely } from 'kysely';
import {
  creditMember,
  recognitionModule,
  recognitionReadModel,
  type PeriodWindow,
  type RecognitionReadModel,
} from '../src/modules/recognition/index.js';
import type { CoreTables } from '../src/store/CoreTables.js';
import { migrate } from '../src/store/migrate.js';
import { openStore, type Store } from '../src/store/Store.js';
import { seededRandom } from '../test/seededRandom.js';

const { values } = parseArgs({
  options: {
    members: { type: 'string', default: '100000' },
    events: { type: 'string', default: '10000000' },
    runs: { type: 'string', default: '20' },
  },
});
const memberCount = Number(values.members);
const eventCount = Number(values.events);
const runs = Number(values.runs);

const GUILD = '849000000000000001';
const DAY = 86_400_000;
const NOW = Date.UTC(2026, 2, 4, 12);
const START = NOW - 364 * DAY;
/** Recognition's tables the benchmark loads. */
type LoadedTable = 'recognition_awards' | 'recognition_totals' | 'recognition_members';

/** Kinds of point event, with their seed 002 points and share of events. */
const KINDS = [
  { reason: 'message', points: 1, share: 0.92 },
  { reason: 'helpful_answer', points: 5, share: 0.05 },
  { reason: 'bug_reported', points: 10, share: 0.015 },
  { reason: 'tutorial', points: 25, share: 0.01 },
  { reason: 'event_hosted', points: 50, share: 0.004 },
  { reason: 'code_contribution', points: 100, share: 0.001 },
] as const;

const userId = (index: number): string => String(1_000_000_000_000_000n + BigInt(index));

async function open(): Promise<{ store: Store; label: string; size: () => string; cleanup: () => Promise<void> }> {
  const url = process.env.DATABASE_URL;
  if (url?.startsWith('postgres') === true) {
    const schema = `bench_lb_${randomBytes(4).toString('hex')}`;
    const store = await openStore({ url, schema, poolSize: 2 });
    return {
      store,
      label: 'PostgreSQL',
      size: () => 'n/a',
      cleanup: async () => {
        await sql.raw(`DROP SCHEMA ${schema} CASCADE`).execute(store.db);
        await store.destroy();
      },
    };
  }
  const dir = mkdtempSync(join(tmpdir(), 'guildhall-bench-leaderboard-'));
  const file = join(dir, 'bench.sqlite');
  const store = await openStore({ url: file });
  return {
    store,
    label: 'SQLite file (WAL, synchronous=NORMAL)',
    size: () => `${(statSync(file).size / 1e9).toFixed(2)} GB`,
    cleanup: async () => {
      await store.destroy();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

const statements = new Map<string, string>();

/**
 * Inserts rows with multi-row INSERTs (as many rows per statement as the dialect allows), in
 * one transaction. The statement text is built once per shape and run with plain parameters
 * (compiling a 30,000-parameter query per batch would cost more than the insert).
 */
async function insertMany(
  db: Kysely<CoreTables>,
  dialect: Store['dialect'],
  table: LoadedTable,
  rows: readonly Record<string, unknown>[],
): Promise<void> {
  const first = rows[0];
  if (first === undefined) return;
  const columns = Object.keys(first);
  // SQLite allows 32,766 bound parameters per statement, PostgreSQL 65,535.
  const perStatement = Math.floor((dialect === 'sqlite' ? 32_000 : 65_000) / columns.length);
  const statement = (count: number): string => {
    const key = `${table}:${count}`;
    let text = statements.get(key);
    if (text === undefined) {
      let n = 0;
      const tuple = () => `(${columns.map(() => (dialect === 'sqlite' ? '?' : `$${++n}`)).join(', ')})`;
      text = `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${Array.from({ length: count }, tuple).join(', ')}`;
      statements.set(key, text);
    }
    return text;
  };
  await db.transaction().execute(async (trx) => {
    for (let i = 0; i < rows.length; i += perStatement) {
      const chunk = rows.slice(i, i + perStatement);
      const parameters = chunk.flatMap((row) => columns.map((column) => row[column]));
      await trx.executeQuery(CompiledQuery.raw(statement(chunk.length), parameters));
    }
  });
}

/** Totals of one open period, per member index. */
class PeriodTotals {
  readonly points = new Map<number, number>();
  readonly helpful = new Map<number, number>();
  constructor(readonly window: PeriodWindow) {}

  add(member: number, points: number, helpful: boolean): void {
    this.points.set(member, (this.points.get(member) ?? 0) + points);
    if (helpful) this.helpful.set(member, (this.helpful.get(member) ?? 0) + 1);
  }

  rows(): Record<string, unknown>[] {
    const rows: Record<string, unknown>[] = [];
    for (const [category, map] of [
      ['points', this.points],
      ['helpful_answers', this.helpful],
    ] as const) {
      for (const [member, value] of map) {
        rows.push({ guild_id: GUILD, period: this.window.key, category, user_id: userId(member), value });
      }
    }
    return rows;
  }
}

async function load(
  store: Store,
  recognition: RecognitionReadModel,
): Promise<{ awardsMs: number; totalsMs: number; totalsRows: number }> {
  const db = store.db;
  const next = seededRandom(42);
  const step = (NOW - START) / eventCount;
  const open: Partial<Record<'week' | 'month' | 'season', PeriodTotals>> = {};
  const all = new PeriodTotals(recognition.periodAt('all', NOW));
  const messages = new Map<number, number>();
  let pendingTotals: Record<string, unknown>[] = [];
  let totalsRows = 0;
  let totalsMs = 0;
  const flushTotals = async (force = false): Promise<void> => {
    if (pendingTotals.length < 200_000 && !force) return;
    const started = performance.now();
    await insertMany(db, store.dialect, 'recognition_totals', pendingTotals);
    totalsMs += performance.now() - started;
    totalsRows += pendingTotals.length;
    pendingTotals = [];
  };
  let awardsMs = 0;
  let batch: Record<string, unknown>[] = [];
  const started = performance.now();
  for (let i = 0; i < eventCount; i += 1) {
    const at = Math.floor(START + i * step);
    for (const period of ['week', 'month', 'season'] as const) {
      const current = open[period];
      if (current === undefined || at >= current.window.end) {
        if (current !== undefined) pendingTotals = pendingTotals.concat(current.rows());
        open[period] = new PeriodTotals(recognition.periodAt(period, at));
      }
    }
    await flushTotals();
    const member = Math.floor(memberCount * next() ** 2);
    let roll = next();
    const kind = KINDS.find((k) => (roll -= k.share) < 0) ?? KINDS[0];
    for (const totals of [open.week, open.month, open.season, all]) {
      totals?.add(member, kind.points, kind.reason === 'helpful_answer');
    }
    if (kind.reason === 'message') messages.set(member, (messages.get(member) ?? 0) + 1);
    batch.push({
      guild_id: GUILD,
      user_id: userId(member),
      points: kind.points,
      reason: kind.reason,
      source_event_id: `bench:message.created:${String(i).padStart(10, '0')}`,
      awarded_at: at,
    });
    if (batch.length === 100_000 || i === eventCount - 1) {
      const t0 = performance.now();
      await insertMany(db, store.dialect, 'recognition_awards', batch);
      awardsMs += performance.now() - t0;
      batch = [];
      if ((i + 1) % 1_000_000 === 0) {
        const rate = Math.round((i + 1) / ((performance.now() - started) / 1000));
        process.stdout.write(`  … ${(i + 1).toLocaleString('en')} events loaded (${rate.toLocaleString('en')}/s)\n`);
      }
    }
  }
  for (const totals of [open.week, open.month, open.season, all]) {
    if (totals !== undefined) pendingTotals = pendingTotals.concat(totals.rows());
  }
  await flushTotals(true);
  const members: Record<string, unknown>[] = [];
  for (let member = 0; member < memberCount; member += 1) {
    members.push({
      guild_id: GUILD,
      user_id: userId(member),
      points: all.points.get(member) ?? 0,
      messages: messages.get(member) ?? 0,
      last_message_award_at: null,
      updated_at: NOW,
    });
  }
  const t0 = performance.now();
  await insertMany(db, store.dialect, 'recognition_members', members);
  totalsMs += performance.now() - t0;
  // Fresh statistics, as autovacuum (PostgreSQL) or `PRAGMA optimize` (SQLite) would have.
  await sql`ANALYZE`.execute(store.db);
  return { awardsMs, totalsMs, totalsRows: totalsRows + members.length };
}

async function time(label: string, times: number, run: () => Promise<unknown>): Promise<void> {
  await run();
  const samples: number[] = [];
  for (let i = 0; i < times; i += 1) {
    const started = performance.now();
    await run();
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  const at = (p: number) => samples[Math.min(samples.length - 1, Math.floor(p * samples.length))] ?? 0;
  process.stdout.write(`| ${label} | ${at(0.5).toFixed(2)} ms | ${at(0.95).toFixed(2)} ms |\n`);
}

async function main(): Promise<void> {
  const { store, label, size, cleanup } = await open();
  try {
    await migrate(store, [{ owner: 'recognition', migrations: recognitionModule.migrations ?? [] }]);
    const recognition = recognitionReadModel(store.db);
    const { rules } = recognition;
    process.stdout.write(
      `${label}: ${memberCount.toLocaleString('en')} members, ${eventCount.toLocaleString('en')} point events over a year\n`,
    );
    const loadStarted = performance.now();
    // PostgreSQL: the usual bulk-load practice, secondary indexes built once after the load
    // rather than row by row (SQLite cannot drop a table's UNIQUE constraint; it keeps them).
    const deferred = store.dialect === 'postgres';
    if (deferred) {
      await sql`ALTER TABLE recognition_awards DROP CONSTRAINT recognition_awards_once_per_member`.execute(store.db);
      await sql`DROP INDEX recognition_awards_member`.execute(store.db);
      await sql`DROP INDEX recognition_totals_rank`.execute(store.db);
    }
    const loaded = await load(store, recognition);
    let indexMs = 0;
    if (deferred) {
      const started = performance.now();
      await sql`ALTER TABLE recognition_awards ADD CONSTRAINT recognition_awards_once_per_member UNIQUE (source_event_id, reason, user_id)`.execute(
        store.db,
      );
      await sql`CREATE INDEX recognition_awards_member ON recognition_awards (guild_id, user_id, awarded_at)`.execute(
        store.db,
      );
      await sql`CREATE INDEX recognition_totals_rank ON recognition_totals (guild_id, period, category, value, user_id)`.execute(
        store.db,
      );
      // What autovacuum does after a bulk load: statistics, and the visibility map that lets
      // the rank counts be index-only scans.
      await sql`VACUUM ANALYZE`.execute(store.db);
      indexMs = performance.now() - started;
    }
    const loadMs = performance.now() - loadStarted;
    process.stdout.write(
      `load: ${(loadMs / 1000).toFixed(1)} s in all; ledger ${(loaded.awardsMs / 1000).toFixed(1)} s ` +
        `(${Math.round(eventCount / (loaded.awardsMs / 1000)).toLocaleString('en')} rows/s), ` +
        `${loaded.totalsRows.toLocaleString('en')} total rows ${(loaded.totalsMs / 1000).toFixed(1)} s` +
        (deferred ? `, indexes built and VACUUM ANALYZE after the load ${(indexMs / 1000).toFixed(1)} s` : '') +
        `; database ${size()}\n\n`,
    );

    const week = recognition.periodAt('week', NOW).key;
    const month = recognition.periodAt('month', NOW).key;
    const season = recognition.periodAt('season', NOW).key;
    const board = await recognition.periodLeaderboard(GUILD, 'all', 'points', memberCount);
    const top = board[0]?.userId ?? userId(0);
    const median = board[Math.floor(board.length / 2)]?.userId ?? userId(1);
    const last = board.at(-1)?.userId ?? userId(2);
    const weekly = await recognition.periodLeaderboard(GUILD, week, 'points', memberCount);
    const weeklyMedian = weekly[Math.floor(weekly.length / 2)]?.userId ?? median;
    process.stdout.write(
      `ranked: ${board.length.toLocaleString('en')} all time, ${weekly.length.toLocaleString('en')} this week\n\n`,
    );
    process.stdout.write('| query | median | p95 |\n|---|---|---|\n');
    await time('top 10 all time (recognition_totals)', runs, () =>
      recognition.periodLeaderboard(GUILD, 'all', 'points', 10),
    );
    await time('top 10 all time (recognition_members, dashboard)', runs, () => recognition.leaderboard(GUILD, 10));
    await time(`top 10 this week (${week})`, runs, () => recognition.periodLeaderboard(GUILD, week, 'points', 10));
    await time(`top 10 this month, helpful answers`, runs, () =>
      recognition.periodLeaderboard(GUILD, month, 'helpful_answers', 10),
    );
    await time(`top 10 this season (${season})`, runs, () =>
      recognition.periodLeaderboard(GUILD, season, 'points', 10),
    );
    await time('rank all time: #1', runs, () => recognition.periodRank(GUILD, 'all', 'points', top));
    await time('rank all time: median member', runs, () => recognition.periodRank(GUILD, 'all', 'points', median));
    await time('rank all time: last member', runs, () => recognition.periodRank(GUILD, 'all', 'points', last));
    await time('rank this week: median member', runs, () =>
      recognition.periodRank(GUILD, week, 'points', weeklyMedian),
    );
    await time('/rank headline (memberRank on recognition_members)', runs, () => recognition.memberRank(GUILD, median));
    const window = recognition.periodAt('week', NOW - 7 * DAY);
    // What the totals save: the same board aggregated from the ledger.
    await time('top 10 last week from the ledger (GROUP BY, no totals)', 3, () =>
      sql`SELECT user_id, SUM(points) AS value FROM recognition_awards
          WHERE guild_id = ${GUILD} AND awarded_at >= ${window.start} AND awarded_at < ${window.end}
          GROUP BY user_id ORDER BY value DESC, user_id LIMIT 10`.execute(store.db),
    );
    let n = 0;
    await time('one live award (creditMember: ledger, member, counters, 4 periods)', runs * 5, () =>
      store.db.transaction().execute((trx) => {
        n += 1;
        return creditMember(trx, rules, GUILD, {
          userId: userId(n % memberCount),
          kind: 'helpful_answer',
          points: 5,
          count: 1,
          sourceEventId: `bench:live:${n}`,
          at: NOW,
        });
      }),
    );
  } finally {
    await cleanup();
  }
}

await main();
