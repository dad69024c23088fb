import type { Kysely } from 'kysely';
import type { CoreTables } from '../store/CoreTables.js';
import type { AuditEntry } from './AuditEntry.js';
import type { Clock } from './Clock.js';

/** One recorded staff action. */
export interface AuditRecord extends Required<AuditEntry> {
  id: number;
  /** Epoch ms. */
  at: number;
}

/** Which audit records to read, newest first. */
export interface AuditQuery {
  guildId?: string;
  /** Only this actor (`discord:<id>`, `cli:<user>`). */
  actor?: string;
  /** Only actions starting with this (`moderation.`). */
  actionPrefix?: string;
  /** Only records older than this id (paging). */
  beforeId?: number;
  /** At most this many (default 100, at most 1000). */
  limit?: number;
}

/** The audit log: every staff action, kept in `audit_log`. */
export class AuditLog {
  readonly #db: Kysely<CoreTables>;
  readonly #clock: Clock;

  /**
   * @param db - the database
   * @param clock - stamps each record
   */
  constructor(db: Kysely<CoreTables>, clock: Clock) {
    this.#db = db;
    this.#clock = clock;
  }

  /**
   * Records one staff action.
   * @param entry - who did what to whom
   */
  async record(entry: AuditEntry): Promise<void> {
    await this.#db
      .insertInto('audit_log')
      .values({
        guild_id: entry.guildId,
        actor: entry.actor,
        action: entry.action,
        target: entry.target,
        details: JSON.stringify(entry.details ?? {}),
        at: this.#clock.now(),
      })
      .execute();
  }

  /**
   * Reads records, newest first.
   * @param query - filters and paging
   */
  async list(query: AuditQuery = {}): Promise<AuditRecord[]> {
    let select = this.#db.selectFrom('audit_log').selectAll().orderBy('id', 'desc');
    if (query.guildId !== undefined) select = select.where('guild_id', '=', query.guildId);
    if (query.actor !== undefined) select = select.where('actor', '=', query.actor);
    if (query.actionPrefix !== undefined) {
      select = select.where('action', '>=', query.actionPrefix).where('action', '<', `${query.actionPrefix}\uffff`);
    }
    if (query.beforeId !== undefined) select = select.where('id', '<', query.beforeId);
    const rows = await select.limit(Math.min(Math.max(query.limit ?? 100, 1), 1000)).execute();
    return rows.map((row) => ({
      id: row.id,
      guildId: row.guild_id,
      actor: row.actor,
      action: row.action,
      target: row.target,
      details: JSON.parse(row.details) as AuditRecord['details'],
      at: row.at,
    }));
  }
}
