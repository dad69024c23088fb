/**
 * bench/memory: resident memory of one Guildhall process holding a guild of 100,000 members
 * with a day of activity, against the target of 250 MB peak RSS (issue #20).
 *
 * Phases, in one process: the engine with every starter module on a fresh store (SQLite file
 * or DATABASE_URL); 100,000 `member.joined` through `engine.ingest` (or, with `--existing
 * list`, the 100,000 members of an existing community from the platform's member list, as
 * `guildhall start` syncs the member directory); a day of activity
 * (messages from a few thousand active members, reactions, leaves); then the discord.js
 * client as DiscordPlatform builds it, connected to the local fake Discord of test/discord and
 * fed GUILD_MEMBERS_CHUNK dispatches for every member plus MESSAGE_CREATE traffic. RSS and
 * heap are read after each phase (after a forced GC with --expose-gc); peak RSS is sampled
 * every 100 ms over the whole run.
 *
 *   node --expose-gc --import tsx bench/memory.ts [--members 100000] [--messages 150000]
 *                                                 [--existing joins|list] [--heap-snapshot file]
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/test node --expose-gc --import tsx bench/memory.ts
 *   npx tsx bench/memory.ts --part discord --discord-client bare   (attribution runs)
 *
 * tsx itself adds about 95 MB of RSS; for production-like figures compile the bench with tsc
 * to a directory outside the repo and run `node --expose-gc bench/memory.js` (docs/benchmarks.md).
 */
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { writeHeapSnapshot } from 'node:v8';
import { migrateAll } from '../src/app/openAndMigrate.js';
import { ManualClock } from '../src/core/Clock.js';
import type { DomainEvent } from '../src/core/DomainEvent.js';
import { starterConfig } from '../src/config/starterConfig.js';
import { createTestEngine, type TestEngine } from '../test/createTestEngine.js';
import { dayOfActivity, dayStart, joins, listedMembers, type TrafficShape } from './memoryActivity.js';
import { MemberDirectory, type DirectorySyncResult } from '../src/core/members/MemberDirectory.js';
import type { Store } from '../src/store/Store.js';
import { syncMemberDirectory } from '../src/core/members/syncMemberDirectory.js';
import { silentLogger } from '../src/core/Logger.js';
import { DISCORD_CLIENT_KINDS, startDiscordFeed, type DiscordClientKind } from './memoryDiscord.js';
import { gcForced, mb, PeakRss, settledReading, type MemoryReading } from './memorySampler.js';
import { openBenchStore } from './benchStore.js';
import { applyHeapGrowth } from '../src/cli/heapGrowth.js';

const { values } = parseArgs({
  options: {
    members: { type: 'string', default: '100000' },
    messages: { type: 'string', default: '150000' },
    active: { type: 'string', default: '3000' },
    reactions: { type: 'string', default: '30000' },
    leaves: { type: 'string', default: '500' },
    'discord-messages': { type: 'string', default: '10000' },
    'discord-client': { type: 'string', default: 'platform' },
    part: { type: 'string', default: 'all' },
    existing: { type: 'string', default: 'joins' },
    'heap-snapshot': { type: 'string' },
  },
});
const members = Number(values.members);
const clientKind = values['discord-client'] as DiscordClientKind;
if (!DISCORD_CLIENT_KINDS.includes(clientKind)) throw new Error(`--discord-client ${DISCORD_CLIENT_KINDS.join('|')}`);
const part = values.part;
if (part !== 'all' && part !== 'engine' && part !== 'discord') throw new Error('--part all|engine|discord');
const existing = values.existing;
if (existing !== 'joins' && existing !== 'list') throw new Error('--existing joins|list');
const TARGET_MB = 250;
// As `guildhall start` does (GUILDHALL_HEAP_GROWING_PERCENT; 0 leaves V8 its own growth).
const heapGrowth = applyHeapGrowth(process.env);

interface Row {
  phase: string;
  reading: MemoryReading;
  phasePeakRss: number;
  seconds: number;
  note: string;
}

const rows: Row[] = [];
const peak = new PeakRss();
let phaseStarted = performance.now();

async function record(phase: string, note = ''): Promise<void> {
  const phasePeakRss = peak.phasePeak();
  const reading = await settledReading();
  rows.push({ phase, reading, phasePeakRss, seconds: (performance.now() - phaseStarted) / 1000, note });
  process.stderr.write(`[memory] ${phase}: rss ${mb(reading.rss)} MB, heap ${mb(reading.heapUsed)} MB ${note}\n`);
  peak.sample();
  phaseStarted = performance.now();
}

/** Ingests in order as the gateway adapter does (awaiting each), settling every 1,000 events. */
async function ingestAll(engine: TestEngine, events: Iterable<DomainEvent>, label: string): Promise<number> {
  let n = 0;
  for (const event of events) {
    await engine.engine.ingest(event);
    n += 1;
    if (n % 1000 === 0) {
      await engine.settle();
      if (n % 20_000 === 0) process.stderr.write(`[memory] ${label}: ${n} events\n`);
    }
  }
  await engine.settle();
  return n;
}

/**
 * The member directory synced from the platform's member list, as `guildhall start` does
 * (src/app/startGuildhall.ts). In a function so the list is garbage once it returns (a
 * top-level block's constants stay reachable until the module finishes).
 */
async function syncListed(engine: TestEngine, store: Store, shape: TrafficShape): Promise<DirectorySyncResult | null> {
  const directory = new MemberDirectory(store.db, engine.clock);
  const listed = listedMembers(shape);
  const platform = { fetchAllMembers: () => Promise.resolve(listed) };
  return syncMemberDirectory({ directory, platform, clock: engine.clock, log: silentLogger() }, shape.guildId);
}

await record('process start (imports loaded)');
let dbKind = 'none';
let closeEngine = (): Promise<void> => Promise.resolve();
if (part !== 'discord') {
  const bench = await openBenchStore('memory');
  dbKind = bench.kind;
  await migrateAll(bench.store);
  const engine = await createTestEngine({
    store: bench.store,
    configText: starterConfig(),
    clock: new ManualClock(Date.UTC(2026, 0, 1)),
    scheduler: 'none',
  });
  closeEngine = async () => {
    await engine.close();
    await bench.cleanup();
  };
  await record('baseline: store migrated, engine built', `(${dbKind})`);
  const shape: TrafficShape = {
    guildId: engine.guild.id,
    channelIds: engine.guild.channels.filter((c) => c.kind === 'text').map((c) => c.id),
    roleIds: engine.guild.roles.filter((r) => !r.managed && r.id !== engine.guild.id).map((r) => r.id),
    members,
    messages: Number(values.messages),
    activeMembers: Number(values.active),
    reactions: Number(values.reactions),
    leaves: Number(values.leaves),
    start: engine.clock.now(),
  };
  if (existing === 'list') {
    const synced = await syncListed(engine, bench.store, shape);
    await record(`after the member list sync of ${members} members`, JSON.stringify(synced));
  } else {
    const joined = await ingestAll(engine, joins(shape), 'joins');
    await record(`after ${joined} member.joined`);
  }
  engine.clock.set(dayStart(shape));
  const day = await ingestAll(engine, dayOfActivity(shape), 'day');
  engine.clock.set(dayStart(shape) + 86_400_000);
  // For attribution: what the heap holds after the day (open it in Chrome's DevTools).
  if (values['heap-snapshot'] !== undefined) writeHeapSnapshot(values['heap-snapshot']);
  await record(
    `after a day: ${day} events`,
    `(${shape.messages} messages from ${shape.activeMembers} members, ${shape.reactions} reactions, ${shape.leaves} leaves)`,
  );
}
if (part !== 'engine') {
  const feed = await startDiscordFeed(clientKind, members);
  await feed.connected();
  await record(`discord.js ${clientKind}: connected (GUILD_CREATE)`);
  await feed.sendMembers();
  await record(`discord.js ${clientKind}: + ${members} members (GUILD_MEMBERS_CHUNK)`, JSON.stringify(feed.sizes()));
  const discordMessages = Number(values['discord-messages']);
  await feed.sendMessages(discordMessages);
  await record(`discord.js ${clientKind}: + ${discordMessages} MESSAGE_CREATE`, JSON.stringify(feed.sizes()));
  await feed.close();
}
await closeEngine();
const peakRss = peak.peak;
peak.stop();

const header = ['phase', 'RSS MB', 'heap used MB', 'heap total MB', 'external MB', 'phase peak RSS MB', 'seconds'];
const growth = heapGrowth === null ? "V8's own" : `${heapGrowth} %`;
console.log(
  `bench/memory on ${dbKind}, ${members} members, GC forced: ${gcForced ? 'yes' : 'no (use --expose-gc)'}, heap growth: ${growth}`,
);
console.log(`| ${header.join(' | ')} |`);
console.log(`|${header.map(() => '---').join('|')}|`);
for (const r of rows) {
  const cells = [
    r.phase,
    mb(r.reading.rss),
    mb(r.reading.heapUsed),
    mb(r.reading.heapTotal),
    mb(r.reading.external),
    mb(r.phasePeakRss),
  ];
  console.log(`| ${cells.join(' | ')} | ${r.seconds.toFixed(1)} |`);
}
const met = peakRss / 1_000_000 <= TARGET_MB;
console.log(
  `peak RSS (100 ms samples, whole run): ${mb(peakRss)} MB — target ≤ ${TARGET_MB} MB: ${met ? 'met' : 'NOT met'}`,
);
console.log(
  JSON.stringify({
    bench: 'memory',
    db: dbKind,
    members,
    part,
    discordClient: clientKind,
    gcForced,
    heapGrowingPercent: heapGrowth,
    peakRssMB: Number(mb(peakRss)),
    targetMB: TARGET_MB,
    met,
    phases: rows.map((r) => ({
      phase: r.phase,
      rssMB: Number(mb(r.reading.rss)),
      heapUsedMB: Number(mb(r.reading.heapUsed)),
      heapTotalMB: Number(mb(r.reading.heapTotal)),
      externalMB: Number(mb(r.reading.external)),
      phasePeakRssMB: Number(mb(r.phasePeakRss)),
      seconds: Number(r.seconds.toFixed(1)),
      note: r.note,
    })),
  }),
);
