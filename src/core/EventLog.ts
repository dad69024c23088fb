import type { Kysely } from 'kysely';
import type { CoreTables } from '../store/CoreTables.js';
import type { Clock } from './Clock.js';
import type { DomainEvent } from './DomainEvent.js';

/**
 * The event log: every input recorded once, by its stable id, before any module acts on it.
 * A redelivered event (same id) is not recorded again.
 */
export class EventLog {
  readonly #db: Kysely<CoreTables>;
  readonly #clock: Clock;

  /**
   * @param db - the database
   * @param clock - stamps `recorded_at` and `handled_at`
   */
  constructor(db: Kysely<CoreTables>, clock: Clock) {
    this.#db = db;
    this.#clock = clock;
  }

  /**
   * Records an event; returns false when an event with the same id is already recorded.
   * @param event - the event to record
   * @param handled - true when no module subscribes: recorded as already handled
   */
  async record(event: DomainEvent, handled = false): Promise<boolean> {
    const now = this.#clock.now();
    const result = await this.#db
      .insertInto('event_log')
      .values({
        id: event.id,
        guild_id: event.guildId,
        type: event.type,
        source: event.source,
        occurred_at: event.occurredAt,
        recorded_at: now,
        payload: JSON.stringify(event.payload),
        handled_at: handled ? now : null,
      })
      .onConflict((oc) => oc.column('id').doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0n) > 0;
  }

  /**
   * Marks an event handled by every subscribed module.
   * @param id - the event id
   */
  async markHandled(id: string): Promise<void> {
    await this.#db.updateTable('event_log').set({ handled_at: this.#clock.now() }).where('id', '=', id).execute();
  }

  /**
   * Events recorded but not handled (the process stopped in between), oldest first.
   * @param guildIds - only these guilds (the guilds this process owns); all when omitted
   */
  async unhandled(guildIds?: readonly string[]): Promise<DomainEvent[]> {
    let query = this.#db.selectFrom('event_log').selectAll().where('handled_at', 'is', null).orderBy('seq');
    if (guildIds !== undefined) {
      if (guildIds.length === 0) return [];
      query = query.where('guild_id', 'in', guildIds);
    }
    const rows = await query.execute();
    return rows.map(
      (row) =>
        ({
          id: row.id,
          type: row.type,
          guildId: row.guild_id,
          occurredAt: row.occurred_at,
          source: row.source,
          payload: JSON.parse(row.payload) as unknown,
        }) as DomainEvent,
    );
  }

  /**
   * Records that a module's handler threw on an event.
   * @param eventId - the event
   * @param module - the module id
   * @param error - the error message
   */
  async recordFailure(eventId: string, module: string, error: string): Promise<void> {
    await this.#db
      .insertInto('handler_failures')
      .values({ event_id: eventId, module, error: error.slice(0, 2000), failed_at: this.#clock.now() })
      .execute();
  }
}
