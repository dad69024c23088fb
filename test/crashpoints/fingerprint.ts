import type { Store } from '../../src/store/Store.js';
import { dumpDatabase } from '../privacy/databaseDump.js';

/**
 * Tables of the unit-of-work machinery, the migrations and the sandbox's own bookkeeping:
 * how the work was done, which a crash may change (attempts, leases, the id ceiling), not
 * what it did. The event log and jobs are compared by their facts below.
 */
const MACHINERY = new Set([
  'event_log',
  'event_handlings',
  'outbox',
  'jobs',
  'handler_failures',
  'privacy_key',
  'guildhall_migrations',
  'kysely_migration',
  'kysely_migration_lock',
  'sandbox_guild',
  'sandbox_message_nonces',
]);

/**
 * What a run did, comparable across runs: every module and sandbox table's rows with ids
 * (snowflakes, serial numbers, case numbers) masked, sorted; the events recorded by type; the
 * jobs by name and status; the outbox's outcomes; and the handler failures (none expected).
 * Serial ids differ after a crash on PostgreSQL (a rolled-back insert still takes its
 * sequence number), so they are masked, not compared.
 * @param store - the run's database
 */
export async function fingerprint(store: Store): Promise<Record<string, string[]>> {
  const result: Record<string, string[]> = {};
  for (const { table, rows } of await dumpDatabase(store)) {
    if (MACHINERY.has(table) || table.startsWith('migrations')) continue;
    // The directory's `updated_at` says when a row was last written (a restart's sync writes
    // it again, later), not what the row says.
    const kept = table === 'member_directory' ? rows.map(withoutWrittenAt) : rows;
    result[table] = kept.map((row) => JSON.stringify(mask(row))).sort();
  }
  const facts = (list: string[]): string[] => [...list].sort();
  const events = await store.db.selectFrom('event_log').select(['type', 'source']).execute();
  result['(events)'] = facts(events.map((e) => `${e.type} from ${e.source}`));
  const jobs = await store.db.selectFrom('jobs').select(['module', 'name', 'status']).execute();
  result['(jobs)'] = facts(jobs.map((j) => `${j.module}.${j.name} ${j.status}`));
  const outbox = await store.db.selectFrom('outbox').select(['module', 'action', 'status']).execute();
  result['(outbox)'] = facts(outbox.map((o) => `${o.module} ${o.action} ${o.status}`));
  const failures = await store.db.selectFrom('handler_failures').select(['module', 'error']).execute();
  result['(failures)'] = facts(failures.map((f) => `${f.module}: ${f.error}`));
  return result;
}

function withoutWrittenAt(row: Record<string, unknown>): Record<string, unknown> {
  const rest = { ...row };
  delete rest.updated_at;
  return rest;
}

function mask(row: Record<string, unknown>): Record<string, unknown> {
  const masked: Record<string, unknown> = {};
  for (const [column, value] of Object.entries(row)) {
    if (column === 'id' || column === 'seq') continue;
    if (
      column.endsWith('_id') &&
      (typeof value === 'number' || (typeof value === 'string' && /^\d{1,9}$/.test(value)))
    ) {
      continue;
    }
    masked[column] = typeof value === 'string' ? maskText(value) : value;
  }
  return masked;
}

function maskText(text: string): string {
  return text
    .replace(/\d{15,20}/g, '<id>')
    .replace(/#\d+/g, '#n')
    .replace(/(case|appeal)(id|_id)?\W{0,6}\d+/gi, (match) => match.replace(/\d+$/, 'n'));
}
