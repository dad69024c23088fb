import type { Kysely, Selectable } from 'kysely';
import type { CoreTables } from '../../../store/CoreTables.js';
import type { VoiceSession } from '../attendance/voiceSession.js';
import { eventsDb, type EventsAttendanceTable, type EventsTables } from '../EventsTables.js';

/** An attendance row as read. */
export type AttendanceRow = Selectable<EventsAttendanceTable>;

/** Who and which event a session belongs to. */
export interface SessionKey {
  guildId: string;
  eventId: string;
  userId: string;
}

/**
 * The `events_attendance` table: one row per member and event with the voice presence counted
 * so far and the stretches still open (the session math is in attendance/voiceSession.ts).
 */
export class Attendance {
  readonly #db: Kysely<CoreTables & EventsTables>;

  constructor(db: Kysely<CoreTables>) {
    this.#db = eventsDb(db);
  }

  /**
   * A member's session in an event, or undefined when never seen there.
   * @param key - guild, event, member
   */
  async get(key: SessionKey): Promise<AttendanceRow | undefined> {
    return this.#db
      .selectFrom('events_attendance')
      .selectAll()
      .where('guild_id', '=', key.guildId)
      .where('event_id', '=', key.eventId)
      .where('user_id', '=', key.userId)
      .executeTakeFirst();
  }

  /**
   * Every member's row of an event, by member id.
   * @param guildId - the guild
   * @param eventId - the event
   */
  async ofEvent(guildId: string, eventId: string): Promise<AttendanceRow[]> {
    return this.#db
      .selectFrom('events_attendance')
      .selectAll()
      .where('guild_id', '=', guildId)
      .where('event_id', '=', eventId)
      .orderBy('user_id')
      .execute();
  }

  /**
   * Writes a member's session (insert or replace), with whether it counts as attended.
   * @param key - guild, event, member
   * @param session - presence counted and open stretches
   * @param attended - over the threshold (set when the event closes)
   * @param now - epoch ms
   */
  async save(key: SessionKey, session: VoiceSession, attended: boolean, now: number): Promise<void> {
    const values = {
      present_ms: session.presentMs,
      unmuted_ms: session.unmutedMs,
      joined_at: session.joinedAt,
      unmuted_since: session.unmutedSince,
      attended: attended ? 1 : 0,
      updated_at: now,
    };
    await this.#db
      .insertInto('events_attendance')
      .values({ guild_id: key.guildId, event_id: key.eventId, user_id: key.userId, ...values })
      .onConflict((oc) => oc.columns(['guild_id', 'event_id', 'user_id']).doUpdateSet(values))
      .execute();
  }

  /**
   * Ids of the members who attended an event (set when it closed), by id.
   * @param guildId - the guild
   * @param eventId - the event
   */
  async attendees(guildId: string, eventId: string): Promise<string[]> {
    const rows = await this.#db
      .selectFrom('events_attendance')
      .select('user_id')
      .where('guild_id', '=', guildId)
      .where('event_id', '=', eventId)
      .where('attended', '=', 1)
      .orderBy('user_id')
      .execute();
    return rows.map((r) => r.user_id);
  }
}

/**
 * A stored row as a {@link VoiceSession}.
 * @param row - the row, or undefined for a member not seen yet
 */
export function sessionOf(row: AttendanceRow | undefined): VoiceSession {
  if (row === undefined) return { presentMs: 0, unmutedMs: 0, joinedAt: null, unmutedSince: null };
  return {
    presentMs: row.present_ms,
    unmutedMs: row.unmuted_ms,
    joinedAt: row.joined_at,
    unmutedSince: row.unmuted_since,
  };
}
