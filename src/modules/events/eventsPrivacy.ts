import type { Kysely } from 'kysely';
import type { Json } from '../../core/DomainEvent.js';
import type { MemberPrivacy } from '../../core/MemberPrivacy.js';
import type { CoreTables } from '../../store/CoreTables.js';
import type { EventsContext } from './EventsContext.js';
import { eventsDb, type EventsTables } from './EventsTables.js';

/** Every events table holding member rows, keyed by guild and user, with its export order. */
const MEMBER_TABLES = [
  ['rsvps', 'events_rsvps', 'created_at'],
  ['attendance', 'events_attendance', 'updated_at'],
  ['surveys', 'events_surveys', 'submitted_at'],
  ['preferences', 'events_members', 'updated_at'],
] as const satisfies readonly (readonly [string, keyof EventsTables, string])[];

type Db = Kysely<CoreTables & EventsTables>;

/**
 * A member's events data: RSVPs, voice attendance, survey answers, DM-reminder choice and
 * feed (the token itself is never stored, only its hash, which export leaves out). Events the
 * member hosted or created keep the event but lose the member's id on erase.
 */
export const eventsPrivacy: MemberPrivacy<EventsContext> = {
  async exportMember(ctx, guildId, userId) {
    const db: Db = eventsDb(ctx.db);
    const data: Record<string, Json> = {};
    for (const [section, table, order] of MEMBER_TABLES) {
      const rows = await db
        .selectFrom(table)
        .selectAll()
        .where('guild_id', '=', guildId)
        .where('user_id', '=', userId)
        .orderBy(order)
        .execute();
      if (rows.length === 0) continue;
      data[section] = rows.map((row) => {
        if (!('feed_token_hash' in row)) return row;
        const { feed_token_hash: hash, ...rest } = row;
        return { ...rest, has_feed: hash !== null };
      });
    }
    const hosted = await db
      .selectFrom('events_events')
      .select(['id', 'title', 'start_at', 'host_id', 'created_by'])
      .where('guild_id', '=', guildId)
      .where((eb) => eb.or([eb('host_id', '=', userId), eb('created_by', '=', userId)]))
      .orderBy('start_at')
      .execute();
    if (hosted.length > 0) data.hostedOrCreated = hosted;
    return data;
  },
  async eraseMember(ctx, guildId, userId) {
    const db: Db = eventsDb(ctx.db);
    let erased = 0;
    for (const [, table] of MEMBER_TABLES) {
      const result = await db
        .deleteFrom(table)
        .where('guild_id', '=', guildId)
        .where('user_id', '=', userId)
        .executeTakeFirst();
      erased += Number(result.numDeletedRows);
    }
    for (const column of ['host_id', 'created_by'] as const) {
      const result = await db
        .updateTable('events_events')
        .set({ [column]: null })
        .where('guild_id', '=', guildId)
        .where(column, '=', userId)
        .executeTakeFirst();
      erased += Number(result.numUpdatedRows);
    }
    return erased;
  },
};
