import type { Kysely, Selectable, Updateable } from 'kysely';
import type { CoreTables } from '../../../store/CoreTables.js';
import { eventsDb, type EventsEventTable, type EventsTables } from '../EventsTables.js';

/** An event row as read. */
export type CommunityEvent = Selectable<EventsEventTable>;

/** The fields a change may set (id and guild never change). */
export type CommunityEventPatch = Omit<Updateable<EventsEventTable>, 'id' | 'guild_id' | 'sequence' | 'updated_at'>;

/** Fields members see: changing one raises the iCalendar SEQUENCE. */
const VISIBLE_FIELDS = ['title', 'description', 'start_at', 'end_at', 'channel_id', 'location', 'status'] as const;

/**
 * The `events_events` table: one row per occurrence, shared by every part of the module
 * (programme sync writes them, RSVP, reminders, attendance and the calendar read them).
 */
export class CommunityEvents {
  readonly #db: Kysely<CoreTables & EventsTables>;

  constructor(db: Kysely<CoreTables>) {
    this.#db = eventsDb(db);
  }

  /**
   * One event, or undefined.
   * @param guildId - the guild
   * @param id - the event id
   */
  async get(guildId: string, id: string): Promise<CommunityEvent | undefined> {
    return this.#db
      .selectFrom('events_events')
      .selectAll()
      .where('guild_id', '=', guildId)
      .where('id', '=', id)
      .executeTakeFirst();
  }

  /**
   * The event behind a Discord scheduled event, or undefined.
   * @param guildId - the guild
   * @param platformEventId - Discord's scheduled event id
   */
  async getByPlatformId(guildId: string, platformEventId: string): Promise<CommunityEvent | undefined> {
    return this.#db
      .selectFrom('events_events')
      .selectAll()
      .where('guild_id', '=', guildId)
      .where('platform_event_id', '=', platformEventId)
      .orderBy('start_at')
      .executeTakeFirst();
  }

  /**
   * Inserts a new event (a second insert of the same id does nothing and answers false).
   * @param row - the whole row
   */
  async insert(row: CommunityEvent): Promise<boolean> {
    const result = await this.#db
      .insertInto('events_events')
      .values(row)
      .onConflict((oc) => oc.columns(['guild_id', 'id']).doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0n) > 0;
  }

  /**
   * Changes an event; raises its SEQUENCE when a field members see changed. Answers the row
   * after the change, or undefined when there is no such event.
   * @param guildId - the guild
   * @param id - the event id
   * @param patch - the fields to set
   * @param now - epoch ms
   */
  async update(
    guildId: string,
    id: string,
    patch: CommunityEventPatch,
    now: number,
  ): Promise<CommunityEvent | undefined> {
    const before = await this.get(guildId, id);
    if (before === undefined) return undefined;
    const visible = VISIBLE_FIELDS.some((field) => field in patch && patch[field] !== before[field]);
    await this.#db
      .updateTable('events_events')
      .set({ ...patch, sequence: before.sequence + (visible ? 1 : 0), updated_at: now })
      .where('guild_id', '=', guildId)
      .where('id', '=', id)
      .execute();
    return this.get(guildId, id);
  }

  /**
   * Events starting in `[from, to)`, by start.
   * @param guildId - the guild
   * @param from - epoch ms
   * @param to - epoch ms
   */
  async startingBetween(guildId: string, from: number, to: number): Promise<CommunityEvent[]> {
    return this.#db
      .selectFrom('events_events')
      .selectAll()
      .where('guild_id', '=', guildId)
      .where('start_at', '>=', from)
      .where('start_at', '<', to)
      .orderBy('start_at')
      .orderBy('id')
      .execute();
  }

  /**
   * Events not over at `now` (ending after it) and not cancelled, by start.
   * @param guildId - the guild
   * @param now - epoch ms
   * @param limit - at most this many
   */
  async upcoming(guildId: string, now: number, limit: number): Promise<CommunityEvent[]> {
    return this.#db
      .selectFrom('events_events')
      .selectAll()
      .where('guild_id', '=', guildId)
      .where('end_at', '>', now)
      .where('status', '!=', 'canceled')
      .orderBy('start_at')
      .orderBy('id')
      .limit(limit)
      .execute();
  }

  /**
   * Events whose voice channel is `channelId` and whose presence window (`lead` before the
   * start to the end) contains `at`, not cancelled.
   * @param guildId - the guild
   * @param channelId - a voice or stage channel
   * @param at - epoch ms
   * @param lead - ms before the start that already count
   */
  async inChannelAt(guildId: string, channelId: string, at: number, lead: number): Promise<CommunityEvent[]> {
    return this.#db
      .selectFrom('events_events')
      .selectAll()
      .where('guild_id', '=', guildId)
      .where('channel_id', '=', channelId)
      .where('start_at', '<=', at + lead)
      .where('end_at', '>', at)
      .where('status', '!=', 'canceled')
      .where('closed_at', 'is', null)
      .execute();
  }

  /**
   * Every occurrence of a programme series, by start.
   * @param guildId - the guild
   * @param seriesId - the series id
   */
  async ofSeries(guildId: string, seriesId: string): Promise<CommunityEvent[]> {
    return this.#db
      .selectFrom('events_events')
      .selectAll()
      .where('guild_id', '=', guildId)
      .where('series_id', '=', seriesId)
      .orderBy('start_at')
      .execute();
  }
}
