import type { Kysely } from 'kysely';
import type { CoreTables } from '../../store/CoreTables.js';
import type { DomainEvent } from '../DomainEvent.js';
import { tombstoneId } from '../privacy/tombstone.js';
import { chunks } from '../chunks.js';

/** Rows per INSERT: 8 columns each, well under SQLite's and PostgreSQL's parameter limits. */
const ROWS_PER_STATEMENT = 500;

/**
 * Records replayed events in the event log as already handled, many rows per statement
 * (`INSERT … ON CONFLICT (id) DO NOTHING RETURNING id`), skipping events already recorded
 * (live or by an earlier import) and events of erased members (their tombstone is there).
 * Run inside the caller's unit of work.
 * @param db - the database
 * @param events - events to record (ids may repeat: the first is kept)
 * @param key - the tombstone key
 * @param now - epoch ms for `recorded_at` and `handled_at`
 * @returns the events that were new, in input order
 */
export async function recordReplayed(
  db: Kysely<CoreTables>,
  events: readonly DomainEvent[],
  key: Buffer,
  now: number,
): Promise<DomainEvent[]> {
  const unique = new Map<string, DomainEvent>();
  for (const event of events) if (!unique.has(event.id)) unique.set(event.id, event);
  const candidates = [...unique.values()];
  const erased = await erasedIds(db, candidates, key);
  const fresh = new Set<string>();
  const rows = candidates
    .filter((event) => !erased.has(event.id))
    .map((event) => ({
      id: event.id,
      guild_id: event.guildId,
      type: event.type,
      source: event.source,
      occurred_at: event.occurredAt,
      recorded_at: now,
      payload: JSON.stringify(event.payload),
      handled_at: now,
    }));
  for (const piece of chunks(rows, ROWS_PER_STATEMENT)) {
    const inserted = await db
      .insertInto('event_log')
      .values(piece)
      .onConflict((oc) => oc.column('id').doNothing())
      .returning('id')
      .execute();
    for (const row of inserted) fresh.add(row.id);
  }
  return candidates.filter((event) => fresh.has(event.id));
}

async function erasedIds(db: Kysely<CoreTables>, events: readonly DomainEvent[], key: Buffer): Promise<Set<string>> {
  const byTombstone = new Map(events.map((event) => [tombstoneId(key, event.id), event.id]));
  const erased = new Set<string>();
  const tombstones = [...byTombstone.keys()];
  for (const piece of chunks(tombstones, ROWS_PER_STATEMENT)) {
    const found = await db.selectFrom('event_log').select('id').where('id', 'in', piece).execute();
    for (const row of found) erased.add(byTombstone.get(row.id) ?? '');
  }
  return erased;
}
