import type { Kysely } from 'kysely';
import type { CoreTables } from '../store/CoreTables.js';

/**
 * Which handlers committed their unit of work for an event or job. Written in the unit itself,
 * so after a crash an event handled again skips the handlers that already committed: every
 * state change a handler makes (counters included) happens once.
 */
export class EventHandlings {
  constructor(private readonly db: Kysely<CoreTables>) {}

  /** Handlers that committed for `eventId`. */
  async of(eventId: string): Promise<Set<string>> {
    const rows = await this.db
      .selectFrom('event_handlings')
      .select('handler')
      .where('event_id', '=', eventId)
      .execute();
    return new Set(rows.map((r) => r.handler));
  }

  /** True when `handler` committed for `eventId`. */
  async has(eventId: string, handler: string): Promise<boolean> {
    const row = await this.db
      .selectFrom('event_handlings')
      .select('handler')
      .where('event_id', '=', eventId)
      .where('handler', '=', handler)
      .executeTakeFirst();
    return row !== undefined;
  }

  /** Records that `handler` committed (call inside its unit of work). */
  async mark(eventId: string, handler: string, now: number): Promise<void> {
    await this.db
      .insertInto('event_handlings')
      .values({ event_id: eventId, handler, handled_at: now })
      .onConflict((oc) => oc.columns(['event_id', 'handler']).doNothing())
      .execute();
  }

  /** Records that `handler` committed for each of `eventIds` (call inside its unit of work). */
  async markMany(eventIds: readonly string[], handler: string, now: number): Promise<void> {
    if (eventIds.length === 0) return;
    await this.db
      .insertInto('event_handlings')
      .values(eventIds.map((id) => ({ event_id: id, handler, handled_at: now })))
      .onConflict((oc) => oc.columns(['event_id', 'handler']).doNothing())
      .execute();
  }
}
