import type { Kysely, Selectable } from 'kysely';
import type { CoreTables } from '../../../store/CoreTables.js';
import { eventsDb, type EventsRsvpTable, type EventsTables, type RsvpStatus } from '../EventsTables.js';

/** An RSVP row as read. */
export type Rsvp = Selectable<EventsRsvpTable>;

/** How many members gave each answer to one event. */
export type RsvpCounts = Record<RsvpStatus, number>;

/**
 * The `events_rsvps` table: one row per member and event (the buttons' answer and Discord's
 * "interested"). The waitlist is ordered by `waitlisted_at`, then user id: the time a member
 * joined it is kept while they stay on it, so asking "Going" again does not lose their place.
 */
export class Rsvps {
  readonly #db: Kysely<CoreTables & EventsTables>;

  constructor(db: Kysely<CoreTables>) {
    this.#db = eventsDb(db);
  }

  /**
   * One member's RSVP to one event, or undefined.
   * @param guildId - the guild
   * @param eventId - the event
   * @param userId - the member
   */
  async get(guildId: string, eventId: string, userId: string): Promise<Rsvp | undefined> {
    return this.#db
      .selectFrom('events_rsvps')
      .selectAll()
      .where('guild_id', '=', guildId)
      .where('event_id', '=', eventId)
      .where('user_id', '=', userId)
      .executeTakeFirst();
  }

  /**
   * Sets a member's answer (and, when given, their Discord interest), creating the row when
   * needed. A member put on the waitlist gets `now` as their place unless already on it;
   * any other answer clears it.
   * @param guildId - the guild
   * @param eventId - the event
   * @param userId - the member
   * @param change - the new status, and `interested` when it changes too
   * @param now - epoch ms
   */
  async set(
    guildId: string,
    eventId: string,
    userId: string,
    change: { status: RsvpStatus; interested?: boolean },
    now: number,
  ): Promise<void> {
    const before = await this.get(guildId, eventId, userId);
    const waitlistedAt =
      change.status !== 'waitlisted' ? null : before?.status === 'waitlisted' ? before.waitlisted_at : now;
    const interested = change.interested === undefined ? (before?.interested ?? 0) : change.interested ? 1 : 0;
    if (before === undefined) {
      await this.#db
        .insertInto('events_rsvps')
        .values({
          guild_id: guildId,
          event_id: eventId,
          user_id: userId,
          status: change.status,
          interested,
          waitlisted_at: waitlistedAt,
          created_at: now,
          updated_at: now,
        })
        .execute();
      return;
    }
    await this.#db
      .updateTable('events_rsvps')
      .set({ status: change.status, interested, waitlisted_at: waitlistedAt, updated_at: now })
      .where('guild_id', '=', guildId)
      .where('event_id', '=', eventId)
      .where('user_id', '=', userId)
      .execute();
  }

  /**
   * Sets only a member's Discord interest on an existing RSVP (nothing when there is none).
   * @param guildId - the guild
   * @param eventId - the event
   * @param userId - the member
   * @param interested - marked "interested" on Discord
   * @param now - epoch ms
   */
  async setInterested(
    guildId: string,
    eventId: string,
    userId: string,
    interested: boolean,
    now: number,
  ): Promise<void> {
    await this.#db
      .updateTable('events_rsvps')
      .set({ interested: interested ? 1 : 0, updated_at: now })
      .where('guild_id', '=', guildId)
      .where('event_id', '=', eventId)
      .where('user_id', '=', userId)
      .execute();
  }

  /**
   * How many members gave each answer.
   * @param guildId - the guild
   * @param eventId - the event
   */
  async counts(guildId: string, eventId: string): Promise<RsvpCounts> {
    const rows = await this.#db
      .selectFrom('events_rsvps')
      .select(['status', (eb) => eb.fn.countAll<number | string>().as('n')])
      .where('guild_id', '=', guildId)
      .where('event_id', '=', eventId)
      .groupBy('status')
      .execute();
    const counts: RsvpCounts = { going: 0, maybe: 0, not_going: 0, waitlisted: 0 };
    for (const row of rows) counts[row.status] = Number(row.n);
    return counts;
  }

  /**
   * The members with one of these answers, in the order they answered (then by id).
   * @param guildId - the guild
   * @param eventId - the event
   * @param statuses - the answers wanted
   */
  async withStatus(guildId: string, eventId: string, statuses: readonly RsvpStatus[]): Promise<string[]> {
    if (statuses.length === 0) return [];
    const rows = await this.#db
      .selectFrom('events_rsvps')
      .select('user_id')
      .where('guild_id', '=', guildId)
      .where('event_id', '=', eventId)
      .where('status', 'in', statuses)
      .orderBy('created_at')
      .orderBy('user_id')
      .execute();
    return rows.map((r) => r.user_id);
  }

  /**
   * The members going, in the order they answered.
   * @param guildId - the guild
   * @param eventId - the event
   */
  async going(guildId: string, eventId: string): Promise<string[]> {
    return this.withStatus(guildId, eventId, ['going']);
  }

  /**
   * The member first on the waitlist, or undefined when it is empty.
   * @param guildId - the guild
   * @param eventId - the event
   */
  async firstWaitlisted(guildId: string, eventId: string): Promise<string | undefined> {
    const row = await this.#db
      .selectFrom('events_rsvps')
      .select('user_id')
      .where('guild_id', '=', guildId)
      .where('event_id', '=', eventId)
      .where('status', '=', 'waitlisted')
      .orderBy('waitlisted_at')
      .orderBy('user_id')
      .executeTakeFirst();
    return row?.user_id;
  }

  /**
   * A waitlisted member's place (1 = next to get a place), or null when not waitlisted.
   * @param guildId - the guild
   * @param eventId - the event
   * @param userId - the member
   */
  async waitlistPosition(guildId: string, eventId: string, userId: string): Promise<number | null> {
    const own = await this.get(guildId, eventId, userId);
    if (own?.status !== 'waitlisted' || own.waitlisted_at === null) return null;
    const at = own.waitlisted_at;
    const ahead = await this.#db
      .selectFrom('events_rsvps')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .where('guild_id', '=', guildId)
      .where('event_id', '=', eventId)
      .where('status', '=', 'waitlisted')
      .where((eb) =>
        eb.or([eb('waitlisted_at', '<', at), eb.and([eb('waitlisted_at', '=', at), eb('user_id', '<', userId)])]),
      )
      .executeTakeFirstOrThrow();
    return Number(ahead.n) + 1;
  }

  /**
   * A member's RSVPs, newest first.
   * @param guildId - the guild
   * @param userId - the member
   */
  async ofMember(guildId: string, userId: string): Promise<Rsvp[]> {
    return this.#db
      .selectFrom('events_rsvps')
      .selectAll()
      .where('guild_id', '=', guildId)
      .where('user_id', '=', userId)
      .orderBy('created_at', 'desc')
      .orderBy('event_id')
      .execute();
  }
}
