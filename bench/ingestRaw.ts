/**
 * bench/ingest's baselines: the same `event_log` rows the engine records, inserted without
 * the engine, one row per autocommit (what recording one event costs) and in batches (many
 * rows per multi-row insert, one transaction per batch: the most a database takes in).
 */
import { performance } from 'node:perf_hooks';
import type { DomainEvent } from '../src/core/DomainEvent.js';
import type { Insertable } from 'kysely';
import type { EventLogTable } from '../src/store/CoreTables.js';
import type { Store } from '../src/store/Store.js';
import { openBenchStore } from './benchStore.js';
import { migrateAll } from '../src/app/openAndMigrate.js';

/** Rows per second and how many rows. */
export interface RawRate {
  rate: number;
  rows: number;
}

function row(e: DomainEvent): Insertable<EventLogTable> {
  return {
    id: e.id,
    guild_id: e.guildId,
    type: e.type,
    source: e.source,
    occurred_at: e.occurredAt,
    recorded_at: e.occurredAt,
    payload: JSON.stringify(e.payload),
    handled_at: null,
  };
}

async function timed(
  label: string,
  events: readonly DomainEvent[],
  insert: (store: Store) => Promise<void>,
): Promise<RawRate> {
  const { store, cleanup } = await openBenchStore(label);
  try {
    await migrateAll(store);
    const started = performance.now();
    await insert(store);
    const seconds = (performance.now() - started) / 1000;
    return { rate: events.length / seconds, rows: events.length };
  } finally {
    await cleanup();
  }
}

/**
 * One single-row autocommit insert per event, awaited in turn.
 * @param events - the rows to insert
 */
export function rawSingleRows(events: readonly DomainEvent[]): Promise<RawRate> {
  return timed('rawsingle', events, async (store) => {
    for (const e of events) await store.db.insertInto('event_log').values(row(e)).execute();
  });
}

/**
 * One multi-row insert of `batch` rows per transaction, awaited in turn.
 * @param events - the rows to insert
 */
export function rawBatched(events: readonly DomainEvent[], batch: number): Promise<RawRate> {
  return timed('rawbatch', events, async (store) => {
    for (let i = 0; i < events.length; i += batch) {
      const rows = events.slice(i, i + batch).map(row);
      await store.db.transaction().execute(async (trx) => {
        await trx.insertInto('event_log').values(rows).execute();
      });
    }
  });
}
