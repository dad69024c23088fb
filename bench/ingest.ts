/**
 * bench/ingest: events per second through the engine (event log + every module of the
 * starter configuration, on the sandbox platform) on a SQLite file (or DATABASE_URL), against
 * the raw insert rate of the same event_log rows into the same kind of database in the same
 * run, batched (--batch rows per multi-row insert, one transaction each) and one row per
 * autocommit; then the latency from the scheduled offer to handled under an open-loop load of
 * --rate events per second. Targets (issue #20): engine ≥ 1/8 of the batched raw rate, p99
 * ≤ 5 ms at 1,000 events/s.
 *
 *   npx tsx bench/ingest.ts [--events 20000] [--members 500] [--joins 200] [--batch 500]
 *                           [--rate 1000] [--offered 5000] [--statements] [--config community.yaml]
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npx tsx bench/ingest.ts
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { loadModules } from '../src/app/loadModules.js';
import { migrateAll } from '../src/app/openAndMigrate.js';
import { ManualClock } from '../src/core/Clock.js';
import { starterConfig } from '../src/config/starterConfig.js';
import { createTestEngine } from '../test/createTestEngine.js';
import { openLoop, type OpenLoopResult } from './ingestOpenLoop.js';
import { rawBatched, rawSingleRows } from './ingestRaw.js';
import { countStatements } from './ingestStatements.js';
import { benchOnPostgres, openBenchStore } from './benchStore.js';
import { makeJoins, makeMessages } from './ingestWorkload.js';

const { values } = parseArgs({
  options: {
    events: { type: 'string', default: '20000' },
    members: { type: 'string', default: '500' },
    joins: { type: 'string', default: '200' },
    batch: { type: 'string', default: '500' },
    rate: { type: 'string', default: '1000' },
    offered: { type: 'string', default: '5000' },
    statements: { type: 'boolean', default: false },
    config: { type: 'string' },
  },
});
const messageCount = Number(values.events);
const members = Number(values.members);
const joinCount = Number(values.joins);
const batch = Number(values.batch);
const offeredRate = Number(values.rate);
const offeredCount = Number(values.offered);
const configText = values.config === undefined ? starterConfig() : readFileSync(values.config, 'utf8');
const counter = values.statements ? countStatements() : undefined;
const STATEMENT_SAMPLE = 1000;
const DAY = 86_400_000;

interface EngineFigures {
  events: number;
  rate: number;
  latency: OpenLoopResult;
  statements:
    | { perMessage: number; perEventBatched: number; topBatched: [string, number][]; top: [string, number][] }
    | undefined;
}

async function engineRun(): Promise<EngineFigures> {
  const { store, cleanup } = await openBenchStore('engine');
  await migrateAll(store);
  const { clock, engine, guild, close } = await createTestEngine({
    store,
    configText,
    clock: new ManualClock(Date.UTC(2026, 0, 1)),
    scheduler: 'none',
  });
  try {
    const general = guild.channels.find((c) => c.name === 'general');
    if (general === undefined) throw new Error('seeded guild has no #general');
    const range = { guildId: guild.id, channelId: general.id, members };
    const start = clock.now();
    const events = [
      ...makeJoins(guild.id, joinCount, start),
      ...makeMessages({ ...range, first: 0, count: messageCount, start: start + joinCount * 50 }),
    ];
    // Throughput: the platform awaits each ingest (recording) as the gateway adapter does;
    // handling is pipelined behind it in the guild's queue.
    counter?.on();
    const started = performance.now();
    for (const event of events) await engine.ingest(event);
    await engine.settle();
    const seconds = (performance.now() - started) / 1000;
    counter?.off();
    // Statements per event of the throughput phase, where events wait and are handled in batches.
    const perEventBatched = (counter?.total() ?? 0) / events.length;
    const topBatched = counter?.counts().slice(0, 40) ?? [];
    counter?.reset();
    // Latency: open loop at the offered rate, later messages (event time 10 days on).
    const offered = makeMessages({ ...range, first: messageCount, count: offeredCount, start: start + 10 * DAY });
    const latency = await openLoop(engine, offered, offeredRate);
    let statements: EngineFigures['statements'];
    if (counter !== undefined) {
      const sample = makeMessages({
        ...range,
        first: messageCount + offeredCount,
        count: STATEMENT_SAMPLE,
        start: start + 20 * DAY,
      });
      counter.on();
      for (const event of sample) await (await engine.ingest(event)).handled;
      await engine.settle();
      counter.off();
      statements = {
        perMessage: counter.total() / STATEMENT_SAMPLE,
        perEventBatched,
        topBatched,
        top: counter.counts().slice(0, 60),
      };
    }
    return { events: events.length, rate: events.length / seconds, latency, statements };
  } finally {
    await close();
    await cleanup();
  }
}

const rows = [
  ...makeJoins('1'.repeat(18), joinCount, Date.UTC(2026, 0, 1)),
  ...makeMessages({
    guildId: '1'.repeat(18),
    channelId: '2'.repeat(18),
    members,
    first: 0,
    count: messageCount,
    start: Date.UTC(2026, 0, 1) + joinCount * 50,
  }),
];
const single = await rawSingleRows(rows);
const batched = await rawBatched(rows, batch);
const run = await engineRun();
const modules = loadModules({ configText }).modules.map((m) => m.definition.id);
const db = benchOnPostgres() ? 'postgresql' : 'sqlite (file, WAL)';
const ratio = run.rate / batched.rate;
const l = run.latency;
const met = (ok: boolean): string => (ok ? 'met' : 'NOT met');
console.log(
  `bench/ingest on ${db}: ${run.events} events (${joinCount} joins, ${messageCount} messages from ${members} members)`,
);
console.log(`  modules on                  : ${modules.join(', ')}`);
console.log(
  `  raw insert, batched         : ${batched.rate.toFixed(0)} rows/s (${batch} rows per insert, 1 transaction each)`,
);
console.log(`  raw insert, single-row      : ${single.rate.toFixed(0)} rows/s (one autocommit per row)`);
console.log(`  engine (log + modules)      : ${run.rate.toFixed(0)} events/s`);
console.log(
  `  engine / batched raw        : ${ratio.toFixed(3)} = 1/${(1 / ratio).toFixed(1)} (target ≥ 1/8 = 0.125: ${met(ratio >= 0.125)})`,
);
console.log(`  engine / single-row raw     : ${(run.rate / single.rate).toFixed(3)}`);
console.log(
  `  open loop ${l.offeredRate} events/s offered, ${l.events} messages: recorded ${l.recordedRate.toFixed(0)}/s, handled ${l.handledRate.toFixed(0)}/s`,
);
console.log(
  `  latency due→handled         : p50 ${l.p50.toFixed(2)} ms, p99 ${l.p99.toFixed(2)} ms, max ${l.max.toFixed(2)} ms (target p99 ≤ 5 ms: ${met(l.p99 <= 5)})`,
);
if (run.statements !== undefined) {
  console.log(
    `  statements per event        : ${run.statements.perEventBatched.toFixed(2)} in the throughput phase (events waiting, handled in batches)`,
  );
  for (const [text, n] of run.statements.topBatched) {
    console.log(`    ${(n / run.events).toFixed(2)}  ${text.slice(0, 160)}`);
  }
  console.log(
    `  statements per message      : ${run.statements.perMessage.toFixed(2)} (${STATEMENT_SAMPLE} messages fed one at a time, each alone)`,
  );
  for (const [text, n] of run.statements.top) {
    console.log(`    ${(n / STATEMENT_SAMPLE).toFixed(2)}  ${text.slice(0, 160)}`);
  }
}
