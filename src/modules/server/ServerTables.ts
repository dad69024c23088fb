import type { Generated, Kysely } from 'kysely';
import type { CoreTables } from '../../store/CoreTables.js';

/** The live id of each role, category and channel the blueprint created or matched. */
export interface ServerResourceTable {
  guild_id: string;
  /** `role`, `category` or `channel`. */
  kind: string;
  /** The resource's key in the file: role or category name, `["Category","channel"]` for a channel. */
  key: string;
  resource_id: string;
  updated_at: number;
}

/** Every change an apply made, in order. */
export interface ServerChangeTable {
  id: Generated<number>;
  guild_id: string;
  /** One id per `apply` run. */
  run_id: string;
  at: number;
  /** `create`, `update`, `delete` or `move`. */
  action: string;
  /** `role`, `category`, `channel`, `overwrites` or `position`. */
  kind: string;
  /** What changed, as the plan shows it (`@Moderator`, `#general`). */
  target: string;
  /** JSON of the resource before the change (null for a create). */
  before: string | null;
  /** JSON of what was written (null for a delete). */
  after: string | null;
  reason: string;
}

/** The server module's tables. */
export type ServerTables = {
  server_resources: ServerResourceTable;
  server_changes: ServerChangeTable;
};

/** The database as the server module sees it. */
export type ServerDb = Kysely<CoreTables & ServerTables>;

/**
 * Adds the server module's tables to the database's type.
 * @param db - the core database
 */
export function serverDb(db: Kysely<CoreTables>): ServerDb {
  return db.withTables<ServerTables>();
}
