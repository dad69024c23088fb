/**
 * bench/catchUp: what catch-up after downtime costs at start, on a SQLite file (or
 * DATABASE_URL): reading the event log into `catch_up_members` / `catch_up_channels` the first
 * time (an install upgrading with a long history), then a whole catch-up on the sandbox with
 * members who joined and messages posted while Guildhall was down.
 *
 *   npx tsx bench/catchUp.ts [--log 200000] [--members 5000] [--missed 2000] [--channels 10]
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npx tsx bench/catchUp.ts
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { migrateAll } from '../src/app/openAndMigrate.js';
import { CatchUp } from '../src/core/catchUp/CatchUp.js';
import { catchUpDb } from '../src/core/catchUp/CatchUpTables.js';
import { projectEventLog } from '../src/core/catchUp/projectEventLog.js';
import { ManualClock } from '../src/core/Clock.js';
import { EventLog } from '../src/core/EventLog.js';
import { silentLogger } from '../src/core/Logger.js';
import { SandboxPlatform } from '../src/platform/sandbox/SandboxPlatform.js';
import { openStore, type Store } from '../src/store/Store.js';

const { values } = parseArgs({
  options: {
    log: { type: 'string', default: '200000' },
    members: { type: 'string', default: '5000' },
    missed: { type: 'string', default: '2000' },
    channels: { type: 'string', default: '10' },
  },
});
const logSize = Number(values.log);
const memberCount = Number(values.members);
const missed = Number(values.missed);
const channelCount = Number(values.channels);

async function open(): Promise<{ store: Store; cleanup: () => Promise<void> }> {
  const pgUrl = process.env.DATABASE_URL;
  if (pgUrl?.startsWith('postgres') === true) {
    const schema = `bench_catchup_${randomBytes(4).toString('hex')}`;
    const store = await openStore({ url: pgUrl, schema });
    return {
      store,
      cleanup: async () => {
        await store.db.schema.dropSchema(schema).ifExists().cascade().execute();
        await store.destroy();
      },
    };
  }
  const dir = mkdtempSync(join(tmpdir(), 'guildhall-bench-'));
  const store = await openStore({ url: join(dir, 'bench.sqlite') });
  return {
    store,
    cleanup: async () => {
      await store.destroy();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

const { store, cleanup } = await open();
try {
  await migrateAll(store);
  const clock = new ManualClock(Date.UTC(2026, 0, 1));
  const sandbox = new SandboxPlatform({ store, clock });
  const guild = await sandbox.ensureGuild('Bench');
  const channels = await Promise.all(
    Array.from({ length: channelCount }, (_, i) => sandbox.createChannelAsOwner({ name: `c${i}`, kind: 'text' })),
  );

  // 1. A long history: joins and messages recorded live, read once into the catch-up tables.
  const log = new EventLog(store.db, clock);
  const rows = Array.from({ length: logSize }, (_, i) => {
    const join = i % 20 === 0;
    return join
      ? {
          id: `bench:member.joined:${i}`,
          guildId: guild.id,
          type: 'member.joined' as const,
          occurredAt: clock.now(),
          source: 'bench',
          payload: {
            userId: `${1_000_000 + i}`,
            username: `u${i}`,
            displayName: `u${i}`,
            bot: false,
            joinedAt: clock.now(),
            accountCreatedAt: 0,
            roles: [],
          },
        }
      : {
          id: `bench:message.created:${i}`,
          guildId: guild.id,
          type: 'message.created' as const,
          occurredAt: clock.now(),
          source: 'bench',
          payload: {
            messageId: (1_400_000_000_000_000_000n + BigInt(i)).toString(),
            channelId: channels[i % channelCount]?.id ?? '',
            authorId: '1',
            authorBot: false,
            content: 'x'.repeat(80),
            mentionedUserIds: [],
            mentionedRoleIds: [],
            referencedMessageId: null,
            attachmentCount: 0,
          },
        };
  });
  for (const event of rows) await log.record(event, true);
  let started = performance.now();
  const projection = await projectEventLog(catchUpDb(store.db), guild.id, 0, clock.now());
  const projectMs = performance.now() - started;
  console.log(
    `project ${logSize} logged events (${projection.memberships} memberships) into the catch-up tables: ${projectMs.toFixed(0)} ms (${Math.round(logSize / (projectMs / 1000))} events/s)`,
  );

  // 2. A whole catch-up: the first run (baseline), then members and messages while down.
  const ingested: number[] = [];
  const catchUp = new CatchUp({
    store,
    platform: sandbox,
    guildId: guild.id,
    clock,
    log: silentLogger(),
    settings: { enabled: true, maxMessagesPerChannel: 1000 },
    ingest: async (event) => {
      ingested.push(1);
      return { recorded: await log.record(event, true) };
    },
  });
  await catchUp.run('start');
  clock.advance(60_000);
  const newcomers = [];
  for (let i = 0; i < memberCount; i += 1) newcomers.push(await sandbox.addMember({ username: `m${i}` }));
  for (let i = 0; i < missed; i += 1) {
    const author = newcomers[i % newcomers.length]?.userId ?? '';
    await sandbox.postMessage({ userId: author, channelId: channels[i % channelCount]?.id ?? '', content: `m${i}` });
  }
  clock.advance(60_000);
  started = performance.now();
  const summary = await catchUp.run('start');
  const runMs = performance.now() - started;
  console.log(
    `catch-up of ${summary?.joined} joins and ${summary?.messages} messages in ${summary?.channels} channels (sandbox): ${runMs.toFixed(0)} ms`,
  );
} finally {
  await cleanup();
}
