/**
 * bench/analyticsQueries: times every analytics query (`analyticsQueries`) on the rollups of a
 * large community without importing it: the daily rollup rows (`analytics_days`,
 * `analytics_member_days`, `analytics_active_days`, `analytics_channel_days`,
 * `analytics_channel_blocks`, `analytics_topics`, the counts by response time, `analytics_member_starts`,
 * `analytics_member_activity`) and the member directory that `--messages` messages over `--days` days
 * by `--members` members would leave, written directly (deterministic).
 *
 *   npx tsx bench/analyticsQueries.ts [--messages 10000000] [--days 365] [--members 20000] [--db sqlite|postgres]
 *                                     [--vacuum] [--keep] [--schema NAME] [--runs N] [--only q1,q2]
 *
 * `--vacuum` runs `VACUUM ANALYZE` (PostgreSQL) or `ANALYZE` (SQLite) after the load, as a
 * server's autovacuum does after a bulk insert (PostgreSQL 13+ vacuums on inserts too); without
 * it the queries run on tables never vacuumed nor analysed (the test server runs with
 * `autovacuum = off`). `--keep` leaves the PostgreSQL schema in place (its name is printed) to
 * look at plans with EXPLAIN; `--schema NAME` times the queries on such a kept schema again
 * without loading (and keeps it). Each query is run once to warm up, then `--runs` times (the
 * median is printed); `--only` names the queries to time.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { migrateAll } from '../src/app/openAndMigrate.js';
import {
  AnalyticsConfig,
  analyticsQueries,
  rebuildChannelBlocks,
  rebuildResponseCounts,
} from '../src/modules/analytics/index.js';
import { openStore, type Store } from '../src/store/Store.js';
import { seededRandom } from '../test/seededRandom.js';

const { values } = parseArgs({
  options: {
    messages: { type: 'string', default: '10000000' },
    db: { type: 'string', default: 'sqlite' },
    days: { type: 'string', default: '365' },
    members: { type: 'string', default: '20000' },
    vacuum: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    schema: { type: 'string' },
    runs: { type: 'string', default: '1' },
    only: { type: 'string' },
  },
});

const GUILD = '920000000000000001';
const DAYS = Number(values.days);
const FIRST_DAY = Math.floor(Date.UTC(2025, 0, 1) / 86_400_000);
const WINDOWS = { dau: 1, wau: 7, mau: 30 } as const;
const PG_URL = process.env.GUILDHALL_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

async function insert(store: Store, table: string, rows: Record<string, unknown>[]): Promise<void> {
  const columns = Object.keys(rows[0] ?? {});
  for (let i = 0; i < rows.length; i += 400) {
    const chunk = rows.slice(i, i + 400);
    await sql`insert into ${sql.table(table)} (${sql.join(columns.map((c) => sql.ref(c)))}) values ${sql.join(
      chunk.map((row) => sql`(${sql.join(columns.map((c) => row[c]))})`),
    )}`.execute(store.db);
  }
}

async function fill(store: Store, messages: number): Promise<number> {
  const rand = seededRandom(7);
  const members = Number(values.members);
  // DAU / WAU / MAU as the incremental rollup keeps them: days arrive in order here, so a new
  // active day counts on max(d, previous + W) … d + W − 1 (difference arrays).
  const lastActive = new Map<number, number>();
  const delta = Array.from({ length: DAYS + 31 }, () => ({ dau: 0, wau: 0, mau: 0 }));
  const channels = 50;
  const perDay = messages / DAYS;
  const day0 = FIRST_DAY * 86_400_000;
  let rows = 0;
  const directory: (Record<string, unknown> & { user_id: string; joined_at: number; first_message_at: number })[] = [];
  // Every member's active days (each with a message here), for their kept start rows.
  const activeDays = new Map<string, number[]>();
  await store.unitOfWork(async () => {
    for (let m = 0; m < members; m += 1) {
      const joined = day0 + Math.floor(rand() * DAYS) * 86_400_000;
      directory.push({
        guild_id: GUILD,
        user_id: String(930000000000000000n + BigInt(m)),
        username: `m${m}`,
        display_name: `M ${m}`,
        bot: 0,
        roles: '[]',
        joined_at: joined,
        left_at: rand() < 0.2 ? joined + Math.floor(rand() * 200) * 86_400_000 : null,
        first_seen_at: joined,
        first_message_at: joined + 3_600_000,
        last_active_at: joined + 30 * 86_400_000,
        updated_at: joined,
      });
    }
    await insert(store, 'member_directory', directory);
    rows += directory.length;
  });
  for (let d = 0; d < DAYS; d += 1) {
    const day = FIRST_DAY + d;
    const total = Math.round(perDay * (0.6 + rand() * 0.8));
    const active = Math.max(1, Math.round(total / 4.5));
    const memberDays: Record<string, unknown>[] = [];
    const seen = new Set<number>();
    let left = total;
    for (let a = 0; a < active && left > 0; a += 1) {
      let who = Math.floor(rand() ** 2 * members);
      while (seen.has(who)) who = (who + 1) % members;
      seen.add(who);
      const p = lastActive.get(who);
      lastActive.set(who, d);
      for (const [key, w] of Object.entries(WINDOWS) as [keyof typeof WINDOWS, number][]) {
        const from = p === undefined ? d : Math.max(d, p + w);
        const to = d + w - 1;
        if (from > to) continue;
        const start = delta[from];
        const end = delta[to + 1];
        if (start !== undefined) start[key] += 1;
        if (end !== undefined) end[key] -= 1;
      }
      const n = a === active - 1 ? left : Math.min(left, 1 + Math.floor(rand() * 8));
      left -= n;
      const userId = String(930000000000000000n + BigInt(who));
      const days = activeDays.get(userId);
      if (days === undefined) activeDays.set(userId, [day]);
      else days.push(day);
      memberDays.push({
        guild_id: GUILD,
        day,
        user_id: userId,
        messages: n,
        replies: Math.floor(n * 0.3),
        reactions: Math.floor(n * 0.2),
      });
    }
    const channelDays = Array.from({ length: channels }, (_, c) => ({
      guild_id: GUILD,
      day,
      channel_id: String(940000000000000000n + BigInt(c)),
      messages: Math.round(total / channels),
      replies: Math.round((total * 0.3) / channels),
      reactions: Math.round((total * 0.2) / channels),
    }));
    const topics = Array.from({ length: Math.round(total * 0.05) }, (_, t) => {
      const posted = day * 86_400_000 + Math.floor(rand() * 86_400_000);
      return {
        guild_id: GUILD,
        message_id: `${day}${t}`,
        channel_id: String(940000000000000000n + BigInt(t % channels)),
        author_id: String(930000000000000000n + BigInt(Math.floor(rand() * members))),
        posted_at: posted,
        day,
        first_response_at: rand() < 0.8 ? posted + Math.floor(rand() * 3_600_000) : null,
        responder_id: null,
      };
    });
    await store.unitOfWork(async () => {
      await insert(store, 'analytics_days', [
        {
          guild_id: GUILD,
          day,
          messages: total,
          replies: Math.round(total * 0.3),
          reactions: Math.round(total * 0.2),
          joins: Math.round(members / DAYS),
          leaves: Math.round(members / DAYS / 5),
        },
      ]);
      await insert(store, 'analytics_member_days', memberDays);
      await insert(store, 'analytics_channel_days', channelDays);
      if (topics.length > 0) await insert(store, 'analytics_topics', topics);
    });
    rows += 1 + memberDays.length + channelDays.length + topics.length;
  }
  const running = { dau: 0, wau: 0, mau: 0 };
  const active: Record<string, unknown>[] = [];
  delta.forEach((change, i) => {
    running.dau += change.dau;
    running.wau += change.wau;
    running.mau += change.mau;
    if (running.mau > 0) active.push({ guild_id: GUILD, day: FIRST_DAY + i, ...running });
  });
  await store.unitOfWork(() => insert(store, 'analytics_active_days', active));
  const starts = memberStarts(directory, activeDays);
  await store.unitOfWork(() => insert(store, 'analytics_member_starts', starts));
  const sets = activitySets(activeDays);
  await store.unitOfWork(() => insert(store, 'analytics_member_activity', sets));
  // The topic counts by response time and the channels' blocks of days the handlers keep.
  await store.unitOfWork(() => rebuildResponseCounts(store.db, GUILD));
  await store.unitOfWork(() => rebuildChannelBlocks(store.db, GUILD));
  return rows + active.length + starts.length + sets.length;
}

/**
 * The rows of `analytics_member_starts` the handlers keep (docs/analytics.md, "Kept per member"):
 * per member and basis, the start day and its bits (week k after the start, days 1 … 30, a
 * message on days 0 … 7). Every active day here holds a message.
 */
function memberStarts(
  directory: readonly { user_id: string; joined_at: number; first_message_at: number }[],
  activeDays: ReadonlyMap<string, readonly number[]>,
): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  for (const m of directory) {
    for (const [basis, at] of [
      ['join', m.joined_at],
      ['first-message', m.first_message_at],
    ] as const) {
      const start = Math.floor(at / 86_400_000);
      let mask = 0;
      for (const day of activeDays.get(m.user_id) ?? []) {
        const offset = day - start;
        if (offset >= 1 && offset <= 84) mask |= 2 ** Math.floor((offset - 1) / 7);
        if (offset >= 1 && offset <= 30) mask |= 2 ** 12;
        if (offset >= 0 && offset <= 7) mask |= 2 ** 13;
      }
      out.push({ guild_id: GUILD, user_id: m.user_id, basis, start_day: start, mask });
    }
  }
  return out;
}

/**
 * The rows of `analytics_member_activity` the handlers keep: each member's active days as a bit
 * set (bit i of byte j: day origin + 8j + i, origin a multiple of 8).
 */
function activitySets(activeDays: ReadonlyMap<string, readonly number[]>): Record<string, unknown>[] {
  return [...activeDays].map(([userId, days]) => {
    const origin = Math.floor(Math.min(...days) / 8) * 8;
    const bits = new Uint8Array(Math.floor((Math.max(...days) - origin) / 8) + 1);
    for (const day of days) bits[(day - origin) >> 3] = (bits[(day - origin) >> 3] ?? 0) | (1 << ((day - origin) & 7));
    return { guild_id: GUILD, user_id: userId, origin, days: bits };
  });
}

async function main(): Promise<void> {
  const db = values.db;
  const dir = mkdtempSync(join(tmpdir(), 'gh-queries-'));
  const reuse = db !== 'sqlite' && values.schema !== undefined;
  const schema = values.schema ?? `bench_${randomBytes(4).toString('hex')}`;
  const store =
    db === 'sqlite' ? await openStore({ url: join(dir, 'r.sqlite') }) : await openStore({ url: PG_URL, schema });
  try {
    let started = performance.now();
    if (reuse) process.stdout.write(`${db}: reusing the kept schema ${schema}\n`);
    else {
      await migrateAll(store);
      const rows = await fill(store, Number(values.messages));
      process.stdout.write(
        `${db}: ${rows} rollup and directory rows for ${values.messages} messages written in ${((performance.now() - started) / 1000).toFixed(0)} s\n`,
      );
    }
    if (values.vacuum) {
      started = performance.now();
      if (db === 'sqlite') await sql`ANALYZE`.execute(store.db);
      else {
        const { rows: tables } = await sql<{ name: string }>`SELECT table_name AS name
          FROM information_schema.tables WHERE table_schema = current_schema()`.execute(store.db);
        await sql`VACUUM ANALYZE ${sql.join(tables.map((t) => sql.table(t.name)))}`.execute(store.db);
      }
      process.stdout.write(`${db}: vacuumed and analysed in ${((performance.now() - started) / 1000).toFixed(0)} s\n`);
    }
    const config = AnalyticsConfig.parse({});
    const last = FIRST_DAY + DAYS - 1;
    const ranges = {
      '30d': { fromDay: last - 29, toDay: last },
      '90d': { fromDay: last - 89, toDay: last },
      '365d': { fromDay: last - 364, toDay: last },
    };
    const only = values.only?.split(',');
    const runs = Math.max(1, Number(values.runs));
    for (const [name, query] of Object.entries(analyticsQueries)) {
      if (only !== undefined && !only.includes(name)) continue;
      const parts: string[] = [];
      for (const [label, range] of Object.entries(ranges)) {
        await query(store.db, GUILD, range, config);
        const times: number[] = [];
        for (let run = 0; run < runs; run += 1) {
          started = performance.now();
          await query(store.db, GUILD, range, config);
          times.push(performance.now() - started);
        }
        times.sort((a, b) => a - b);
        parts.push(`${label} ${(times[Math.floor((times.length - 1) / 2)] ?? 0).toFixed(1)} ms`);
      }
      process.stdout.write(`  ${name}: ${parts.join(', ')}\n`);
    }
  } finally {
    await store.destroy();
    rmSync(dir, { recursive: true, force: true });
    if (db !== 'sqlite' && (values.keep || reuse)) process.stdout.write(`postgres: kept schema ${schema}\n`);
    else if (db !== 'sqlite') {
      const pg = await import('pg');
      const client = new pg.default.Client({ connectionString: PG_URL });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await client.end();
    }
  }
}

await main();
