import { sql, type Kysely, type Selectable } from 'kysely';
import type { CoreTables } from '../store/CoreTables.js';
import type { DialectName } from '../store/Store.js';
import { lockGuildLog } from '../store/guildLogLock.js';
import type { Clock } from './Clock.js';
import type { DomainEvent } from './DomainEvent.js';
import { keepToken, splitToken, withToken } from './interactionTokens.js';
import { loadPrivacyKey } from './privacy/privacyKey.js';
import { tombstoneId } from './privacy/tombstone.js';
import { recordReplayed } from './replay/recordReplayed.js';

/** An event with its place in the log. */
export interface LoggedEvent {
  seq: number;
  event: DomainEvent;
}

/** How the event log finds the key of erase tombstones. */
export interface EventLogOptions {
  /** The tombstone key (default: `GUILDHALL_PRIVACY_KEY`, else the one kept in the database). */
  privacyKey?: () => Promise<Buffer>;
  /** The database's dialect (default sqlite): on PostgreSQL recording takes the guild's lock. */
  dialect?: DialectName;
}

/**
 * The event log: every input recorded once, by its stable id, before any module acts on it.
 * A redelivered event (same id) is not recorded again, nor is an event of an erased member
 * (its row was kept under the tombstone id `erased:<HMAC of the id>`, see `eraseEventLog`).
 */
export class EventLog {
  readonly #db: Kysely<CoreTables>;
  readonly #clock: Clock;
  readonly #loadKey: () => Promise<Buffer>;
  readonly #dialect: DialectName;
  #key: Buffer | undefined;

  /**
   * @param db - the database
   * @param clock - stamps `recorded_at` and `handled_at`
   * @param options - where the tombstone key comes from
   */
  constructor(db: Kysely<CoreTables>, clock: Clock, options: EventLogOptions = {}) {
    this.#db = db;
    this.#clock = clock;
    this.#loadKey = options.privacyKey ?? (() => loadPrivacyKey(db, process.env, () => clock.now()));
    this.#dialect = options.dialect ?? 'sqlite';
  }

  /**
   * Records an event; returns false when an event with the same id is already recorded, or
   * the event was erased (its tombstone is there). One statement: the tombstone check is part
   * of the insert.
   * @param event - the event to record
   * @param handled - true when no module subscribes: recorded as already handled
   */
  async record(event: DomainEvent, handled = false): Promise<boolean> {
    this.#key ??= await this.#loadKey();
    // Inside a unit of work the event is handled once the unit commits, but its seq is taken
    // now: the guild's lock, held to commit, makes commit order and seq order one.
    await lockGuildLog(this.#db, this.#dialect, event.guildId);
    const now = this.#clock.now();
    const tombstone = tombstoneId(this.#key, event.id);
    const split = splitToken(event);
    const result = await this.#db
      .insertInto('event_log')
      .columns(['id', 'guild_id', 'type', 'source', 'occurred_at', 'recorded_at', 'payload', 'handled_at'])
      .expression(
        this.#db
          .selectNoFrom([
            sql<string>`${event.id}`.as('id'),
            sql<string>`${event.guildId}`.as('guild_id'),
            sql<string>`${event.type}`.as('type'),
            sql<string>`${event.source}`.as('source'),
            sql<number>`cast(${event.occurredAt} as bigint)`.as('occurred_at'),
            sql<number>`cast(${now} as bigint)`.as('recorded_at'),
            sql<string>`${JSON.stringify(split.payload)}`.as('payload'),
            sql<number | null>`cast(${handled ? now : null} as bigint)`.as('handled_at'),
          ])
          .where((eb) => eb.not(eb.exists(eb.selectFrom('event_log').select('seq').where('id', '=', tombstone)))),
      )
      .onConflict((oc) => oc.column('id').doNothing())
      .executeTakeFirst();
    const recorded = Number(result.numInsertedOrUpdatedRows ?? 0n) > 0;
    if (recorded && split.token !== null && split.interactionId !== null) {
      await keepToken(this.#db, split.interactionId, split.token, now);
    }
    return recorded;
  }

  /**
   * Records past events (a replay) as already handled, many rows per statement, with the same
   * tombstone key as {@link EventLog.record}: already recorded events and erased members'
   * events are skipped. Run inside the caller's unit of work.
   * @param events - events to record (ids may repeat: the first is kept)
   * @returns the events that were new, in input order
   */
  async recordHandled(events: readonly DomainEvent[]): Promise<DomainEvent[]> {
    this.#key ??= await this.#loadKey();
    return recordReplayed(this.#db, events, this.#key, this.#clock.now());
  }

  /**
   * Whether an event is recorded under this id (an erased member's event is not: its id was rewritten).
   * @param id - the event id
   */
  async exists(id: string): Promise<boolean> {
    const row = await this.#db.selectFrom('event_log').select('seq').where('id', '=', id).executeTakeFirst();
    return row !== undefined;
  }

  /** Marks a batch of events handled in one statement (a handled batch holds at most a few dozen). */
  async markManyHandled(ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.#db.updateTable('event_log').set({ handled_at: this.#clock.now() }).where('id', 'in', ids).execute();
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
    return (await this.#toEvents(rows)).map(({ event }) => event);
  }

  /**
   * A guild's events not handled yet that were logged after `afterSeq`, oldest first: what a
   * worker that owns the guild takes next (the guild's log lock makes its commit order `seq`
   * order, so nothing can still appear below a `seq` already read).
   * @param guildId - the guild
   * @param afterSeq - the last `seq` taken (0 at first)
   * @param limit - at most this many
   */
  async unhandledAfter(guildId: string, afterSeq: number, limit: number): Promise<LoggedEvent[]> {
    const rows = await this.#db
      .selectFrom('event_log')
      .selectAll()
      .where('handled_at', 'is', null)
      .where('guild_id', '=', guildId)
      .where('seq', '>', afterSeq)
      .orderBy('seq')
      .limit(limit)
      .execute();
    return this.#toEvents(rows);
  }

  async #toEvents(rows: readonly Selectable<CoreTables['event_log']>[]): Promise<LoggedEvent[]> {
    const now = this.#clock.now();
    const events: LoggedEvent[] = [];
    for (const row of rows) {
      const stored = JSON.parse(row.payload) as unknown;
      const payload = row.type.startsWith('interaction.') ? await withToken(this.#db, stored, now) : stored;
      const event = {
        id: row.id,
        type: row.type,
        guildId: row.guild_id,
        occurredAt: row.occurred_at,
        source: row.source,
        payload,
      } as DomainEvent;
      events.push({ seq: row.seq, event });
    }
    return events;
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
