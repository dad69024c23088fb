/**
 * bench/analytics: imports a DCE archive (≥ 250k messages in ≥ 500 files; a synthetic one from
 * bench/generateDceArchive.ts unless --dir holds one) through `guildhall import dce`'s path
 * (files read side by side in time order, engine replay with analytics) on SQLite (a file) and
 * PostgreSQL, each in its own process with the heap limit `guildhall import` runs with, and compares the import time with merely reading and JSON.parse-ing the same
 * files in the same process; reports peak RSS; then times every analytics query
 * (`analyticsQueries` of the analytics module, when it exports them) at that size.
 *
 *   npx tsx bench/analytics.ts [--dir /tmp/dce-bench] [--files 500] [--messages 250000] [--db sqlite,postgres]
 *     [--batch events-per-unit-of-work]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { randomBytes } from 'node:crypto';
import { dceFiles } from '../src/app/import/dce/dceFiles.js';
import { runDceImport } from '../src/app/import/runDceImport.js';
import { migrateAll } from '../src/app/openAndMigrate.js';
import { openStore, type Store } from '../src/store/Store.js';
import { AnalyticsConfig, analyticsQueries } from '../src/modules/analytics/index.js';
import { createTestEngine } from '../test/createTestEngine.js';
import { generateDceArchive } from './generateDceArchive.js';
import { IMPORT_HEAP_MB } from '../src/cli/relaunchWithHeapLimit.js';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: '/tmp/dce-bench' },
    files: { type: 'string', default: '500' },
    messages: { type: 'string', default: '250000' },
    db: { type: 'string', default: 'sqlite,postgres' },
    batch: { type: 'string' },
    child: { type: 'string' },
  },
});

const PG_URL = process.env.GUILDHALL_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** One database's figures, printed by the child as one JSON line. */
interface ChildResult {
  db: string;
  files: number;
  messages: number;
  recorded: number;
  parseMs: number;
  importMs: number;
  maxRssMb: number;
  /** Bytes this process caused to be written to storage (Linux /proc/self/io), in MB. */
  writtenMb: number | null;
  queries: Record<string, number>;
}

async function parseOnly(dir: string): Promise<number> {
  const files = await dceFiles([dir]);
  const started = performance.now();
  let messages = 0;
  for (const file of files) {
    const parsed = JSON.parse(readFileSync(file.path, 'utf8')) as { messages: unknown[] };
    messages += parsed.messages.length;
  }
  if (messages === 0) throw new Error('no messages');
  return performance.now() - started;
}

async function openBenchStore(db: string): Promise<{ store: Store; cleanup: () => Promise<void> }> {
  if (db === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'gh-bench-'));
    const store = await openStore({ url: join(dir, 'bench.sqlite') });
    return { store, cleanup: () => Promise.resolve(rmSync(dir, { recursive: true, force: true })) };
  }
  const schema = `bench_${randomBytes(4).toString('hex')}`;
  const store = await openStore({ url: PG_URL, schema });
  return {
    store,
    cleanup: async () => {
      const pg = await import('pg');
      const client = new pg.default.Client({ connectionString: PG_URL });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await client.end();
    },
  };
}

async function timeQueries(store: Store, guildId: string): Promise<Record<string, number>> {
  const config = AnalyticsConfig.parse({});
  // The archive spans 2024-01-01 to about 2025-12-31: the last 90 days, and the whole of it.
  const ranges = {
    '90d': { fromDay: dayNumber(2025, 10, 2), toDay: dayNumber(2025, 12, 31) },
    all: { fromDay: dayNumber(2024, 1, 1), toDay: dayNumber(2025, 12, 31) },
  };
  const times: Record<string, number> = {};
  for (const [name, query] of Object.entries(analyticsQueries)) {
    for (const [label, range] of Object.entries(ranges)) {
      await query(store.db, guildId, range, config);
      const started = performance.now();
      await query(store.db, guildId, range, config);
      times[`${name} (${label})`] = performance.now() - started;
    }
  }
  return times;
}

/** Storage bytes written by this process so far (Linux only), in MB. */
function writtenMb(): number | null {
  if (!existsSync('/proc/self/io')) return null;
  const line = readFileSync('/proc/self/io', 'utf8')
    .split('\n')
    .find((l) => l.startsWith('write_bytes:'));
  return line === undefined ? null : Number(line.split(':')[1]) / 1_048_576;
}

function dayNumber(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / 86_400_000);
}

async function child(db: string, dir: string): Promise<void> {
  await parseOnly(dir); // warm the page cache
  const parseMs = await parseOnly(dir);
  const { store, cleanup } = await openBenchStore(db);
  try {
    await migrateAll(store);
    const te = await createTestEngine({ store, scheduler: 'none' });
    const started = performance.now();
    const summary = await runDceImport({
      paths: [dir],
      engine: te.engine,
      store,
      clock: te.clock,
      guild: { guildId: te.guild.id, how: 'forced' },
      awardPoints: false,
      err: (line) => process.stderr.write(`  [${db}] ${line}\n`),
      progressEveryMs: 10_000,
      ...(values.batch === undefined ? {} : { batchSize: Number(values.batch) }),
    });
    const importMs = performance.now() - started;
    const queries = await timeQueries(store, te.guild.id);
    const result: ChildResult = {
      db,
      files: summary.files,
      messages: summary.messages,
      recorded: summary.recorded,
      parseMs,
      importMs,
      maxRssMb: process.resourceUsage().maxRSS / 1024,
      writtenMb: writtenMb(),
      queries,
    };
    process.stdout.write(`${JSON.stringify(result)}\n`);
    await te.close();
  } finally {
    await store.destroy();
    await cleanup();
  }
}

async function main(): Promise<void> {
  const dir = values.dir;
  if (values.child !== undefined) return child(values.child, dir);
  if (!existsSync(dir)) {
    process.stderr.write(`generating ${values.messages} messages in ${values.files} files under ${dir}…\n`);
    await generateDceArchive({ out: dir, files: Number(values.files), messages: Number(values.messages) });
  }
  for (const db of values.db.split(',')) {
    // The child runs with the heap limit `guildhall import` gives itself (relaunchWithHeapLimit).
    const heap = `--max-old-space-size=${IMPORT_HEAP_MB}`;
    const args = [...process.execArgv, heap, process.argv[1] ?? '', '--child', db, '--dir', dir];
    if (values.batch !== undefined) args.push('--batch', values.batch);
    const out = spawnSync(process.execPath, args, {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
      maxBuffer: 16 * 1024 * 1024,
    });
    const line = out.stdout.trim().split('\n').at(-1) ?? '';
    if (out.status !== 0 || line === '') {
      process.stderr.write(`${db}: failed (exit ${out.status})\n`);
      continue;
    }
    const r = JSON.parse(line) as ChildResult;
    const rate = Math.round(r.messages / (r.importMs / 1000));
    process.stdout.write(
      `${r.db}: ${r.messages} messages in ${r.files} files: import ${(r.importMs / 1000).toFixed(1)} s (${rate}/s), ` +
        `read + JSON.parse ${(r.parseMs / 1000).toFixed(1)} s, ratio ${(r.importMs / r.parseMs).toFixed(1)}×, ` +
        `peak RSS ${Math.round(r.maxRssMb)} MB` +
        (r.writtenMb === null ? '' : `, wrote ${Math.round(r.writtenMb)} MB`) +
        '\n',
    );
    for (const [name, ms] of Object.entries(r.queries)) process.stdout.write(`  ${name}: ${ms.toFixed(1)} ms\n`);
  }
}

await main();
