/**
 * bench/ingest's latency run: events offered on a fixed schedule (open loop: an event is due
 * at its time whether or not the ones before it are handled), recorded in turn as the gateway
 * adapter does, and timed from the scheduled offer to the end of their handling by every module.
 */
import { performance } from 'node:perf_hooks';
import { setImmediate as nextTurn, setTimeout as sleep } from 'node:timers/promises';
import type { DomainEvent } from '../src/core/DomainEvent.js';
import type { Engine } from '../src/core/Engine.js';
import { percentile } from './ingestWorkload.js';

/** What an open-loop run measured (milliseconds, events per second). */
export interface OpenLoopResult {
  events: number;
  offeredRate: number;
  /** Events recorded per second, first due time to the last record. */
  recordedRate: number;
  /** Events handled per second, first due time to the last handled. */
  handledRate: number;
  p50: number;
  p99: number;
  max: number;
}

async function until(due: number): Promise<void> {
  const wait = due - performance.now();
  if (wait >= 2) await sleep(Math.floor(wait) - 1);
  while (performance.now() < due) await nextTurn();
}

/**
 * Offers `events` at `rate` per second and times each from its due time to handled.
 * @param engine - a started engine
 */
export async function openLoop(engine: Engine, events: readonly DomainEvent[], rate: number): Promise<OpenLoopResult> {
  const interval = 1000 / rate;
  const latencies = new Array<number>(events.length).fill(0);
  const handled: Promise<void>[] = [];
  const first = performance.now() + 20;
  let lastRecorded = first;
  for (const [i, event] of events.entries()) {
    const due = first + i * interval;
    await until(due);
    const result = await engine.ingest(event);
    lastRecorded = performance.now();
    handled.push(
      result.handled.then(() => {
        latencies[i] = performance.now() - due;
      }),
    );
  }
  await Promise.all(handled);
  await engine.settle();
  const lastHandled = performance.now();
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    events: events.length,
    offeredRate: rate,
    recordedRate: events.length / ((lastRecorded - first) / 1000),
    handledRate: events.length / ((lastHandled - first) / 1000),
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    max: sorted.at(-1) ?? 0,
  };
}
