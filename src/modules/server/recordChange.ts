import type { Kysely } from 'kysely';
import type { CoreTables } from '../../store/CoreTables.js';
import { serverDb } from './ServerTables.js';

/** One change an apply made. */
export interface ChangeRecord {
  guildId: string;
  runId: string;
  at: number;
  action: 'create' | 'update' | 'delete' | 'move';
  kind: 'role' | 'category' | 'channel' | 'overwrites' | 'position';
  target: string;
  before: unknown;
  after: unknown;
  reason: string;
}

/**
 * Appends a change to `server_changes`.
 * @param db - the database
 * @param change - what was changed, before and after
 */
export async function recordChange(db: Kysely<CoreTables>, change: ChangeRecord): Promise<void> {
  await serverDb(db)
    .insertInto('server_changes')
    .values({
      guild_id: change.guildId,
      run_id: change.runId,
      at: change.at,
      action: change.action,
      kind: change.kind,
      target: change.target,
      before: change.before === null || change.before === undefined ? null : JSON.stringify(change.before),
      after: change.after === null || change.after === undefined ? null : JSON.stringify(change.after),
      reason: change.reason,
    })
    .execute();
}
