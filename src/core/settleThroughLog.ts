import { performance } from 'node:perf_hooks';
import pWaitFor from 'p-wait-for';
import type { Kysely } from 'kysely';
import type { CoreTables } from '../store/CoreTables.js';
import type { Clock } from './Clock.js';

/** How far the log and the outbox reached when a round of {@link settleThroughLog} began. */
interface Marks {
  seq: number;
  outboxId: number;
}

/**
 * Rounds of "what was there is done": the input (with the actions its handling queued, such as
 * automod deleting the message), then the events it caused (a case opened, its notice sent).
 */
const ROUNDS = 2;
const POLL_MS = 25;

/**
 * A process that only records events (the gateway role, or an api process answering the sandbox)
 * waits for the workers: every event logged so far handled and every outbox action queued so far
 * carried out (or failed), then once more for what those caused (unless nothing new was caused). Events and actions that arrive meanwhile from elsewhere are not waited for, so
 * a busy log does not hold the answer back. Gives up after `waitMs` (a worker that died is
 * replaced within a few seconds; the answer then reports what is known).
 * @param db - the database the workers share
 * @param clock - for the outbox's "not before" (a retry waiting out its backoff is not waited for)
 * @param waitMs - the longest wait (real time)
 */
export async function settleThroughLog(db: Kysely<CoreTables>, clock: Clock, waitMs: number): Promise<void> {
  const until = performance.now() + waitMs;
  let marks = await readMarks(db);
  for (let round = 1; ; round++) {
    const settled = await pWaitFor(async () => (await caughtUp(db, clock, marks)) && pWaitFor.resolveWith(true), {
      interval: POLL_MS,
      timeout: { milliseconds: Math.max(0, Math.ceil(until - performance.now())), fallback: () => false },
    });
    if (!settled || round === ROUNDS) return;
    const next = await readMarks(db);
    if (next.seq === marks.seq && next.outboxId === marks.outboxId) return;
    marks = next;
  }
}

async function readMarks(db: Kysely<CoreTables>): Promise<Marks> {
  const [log, outbox] = await Promise.all([
    db
      .selectFrom('event_log')
      .select((eb) => eb.fn.max<number | string | null>('seq').as('seq'))
      .executeTakeFirst(),
    db
      .selectFrom('outbox')
      .select((eb) => eb.fn.max<number | string | null>('id').as('id'))
      .executeTakeFirst(),
  ]);
  return { seq: Number(log?.seq ?? 0), outboxId: Number(outbox?.id ?? 0) };
}

async function caughtUp(db: Kysely<CoreTables>, clock: Clock, marks: Marks): Promise<boolean> {
  const waitingEvent = await db
    .selectFrom('event_log')
    .select('seq')
    .where('handled_at', 'is', null)
    .where('seq', '<=', marks.seq)
    .limit(1)
    .executeTakeFirst();
  if (waitingEvent !== undefined) return false;
  const waitingAction = await db
    .selectFrom('outbox')
    .select('id')
    .where('status', '=', 'pending')
    .where('id', '<=', marks.outboxId)
    .where('next_at', '<=', clock.now())
    .limit(1)
    .executeTakeFirst();
  return waitingAction === undefined;
}
