import type { Kysely } from 'kysely';
import { setTimeout as sleep } from 'node:timers/promises';
import type { OnboardingTables } from '../../src/modules/onboarding/OnboardingTables.js';
import type { ModerationTables } from '../../src/modules/moderation/ModerationTables.js';
import type { RecognitionTables } from '../../src/modules/recognition/RecognitionTables.js';
import type { SandboxTables } from '../../src/platform/sandbox/SandboxTables.js';
import type { CoreTables } from '../../src/store/CoreTables.js';
import { openStore, type Store } from '../../src/store/Store.js';
import type { DatabaseTarget } from './crashWorkspace.js';

/** Every table the verification reads. */
export type CrashTables = CoreTables & SandboxTables & ModerationTables & RecognitionTables & OnboardingTables;
export type CrashDb = Kysely<CrashTables>;

/** The run's database, opened from outside the process (read only, by convention). */
export interface CrashDatabase {
  db: CrashDb;
  store: Store;
  destroy(): Promise<void>;
}

/** Opens the database `guildhall start` uses in this run. */
export async function openCrashDatabase(target: DatabaseTarget): Promise<CrashDatabase> {
  const store = await openStore({ url: target.url, ...(target.schema === undefined ? {} : { schema: target.schema }) });
  return { db: store.db.withTables<Omit<CrashTables, keyof CoreTables>>(), store, destroy: () => store.destroy() };
}

/** What is still to do in the database. */
export interface Backlog {
  unhandledEvents: number;
  pendingOutbox: number;
  /** Timed cases in force whose end is due (their expiry job has not closed them yet). */
  dueTimedCases: number;
  /** Jobs due or running. */
  dueJobs: number;
  /** The latest end of a timed case still in force (0: none). */
  lastExpiry: number;
}

/** Reads the backlog. */
export async function readBacklog(db: CrashDb, now: number): Promise<Backlog> {
  const count = (row: { n: number | string | bigint } | undefined): number => Number(row?.n ?? 0);
  const unhandled = await db
    .selectFrom('event_log')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('handled_at', 'is', null)
    .executeTakeFirst();
  const pending = await db
    .selectFrom('outbox')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('status', '=', 'pending')
    .executeTakeFirst();
  const timed = await db
    .selectFrom('moderation_cases')
    .select(['expires_at'])
    .where('status', '=', 'active')
    .where('expires_at', 'is not', null)
    .where('apply_error', 'is', null)
    .execute();
  const jobs = await db
    .selectFrom('jobs')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('status', 'in', ['pending', 'running'])
    .where('run_at', '<=', now)
    .executeTakeFirst();
  const ends = timed.map((c) => c.expires_at ?? 0);
  return {
    unhandledEvents: count(unhandled),
    pendingOutbox: count(pending),
    dueTimedCases: ends.filter((end) => end <= now).length,
    dueJobs: count(jobs),
    lastExpiry: Math.max(0, ...ends),
  };
}

/** How many events the log holds. */
export async function countEvents(db: CrashDb): Promise<number> {
  const row = await db
    .selectFrom('event_log')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** Bound on how late a timed sanction may end (the leases' 15 s plus a heartbeat and a poll, doubled). */
export const JOB_LATENESS_BOUND_MS = 30_000;

/**
 * Waits until every event is handled, the outbox is empty and every timed case in force has
 * ended (polling; the deadline is generous: past the last expiry plus the lateness bound plus
 * `marginMs`). Returns the backlog left when it gave up, or the empty one.
 */
export async function waitSettled(db: CrashDb, marginMs: number): Promise<{ backlog: Backlog; timedOut: boolean }> {
  const started = Date.now();
  for (;;) {
    const now = Date.now();
    const backlog = await readBacklog(db, now);
    const quiet =
      backlog.unhandledEvents === 0 &&
      backlog.pendingOutbox === 0 &&
      backlog.dueTimedCases === 0 &&
      backlog.dueJobs === 0 &&
      backlog.lastExpiry === 0;
    if (quiet) return { backlog, timedOut: false };
    const deadline = Math.max(started, backlog.lastExpiry + JOB_LATENESS_BOUND_MS) + marginMs;
    if (now > deadline) return { backlog, timedOut: true };
    await sleep(1_000);
  }
}
