import type { Json } from '../../core/DomainEvent.js';
import type { MemberPrivacy } from '../../core/MemberPrivacy.js';
import { deleteMemberRows, exportMemberRows, type MemberRowTable } from '../../core/privacy/memberRowTables.js';
import type { EventsContext } from './EventsContext.js';
import { eventsDb, type EventsTables } from './EventsTables.js';

/** Every events table holding member rows, keyed by guild and user, in export order. */
const MEMBER_TABLES = [
  { section: 'rsvps', table: 'events_rsvps', orderBy: 'created_at' },
  { section: 'attendance', table: 'events_attendance', orderBy: 'updated_at' },
  { section: 'surveys', table: 'events_surveys', orderBy: 'submitted_at' },
  { section: 'preferences', table: 'events_members', orderBy: 'updated_at' },
] as const satisfies readonly (MemberRowTable & { table: keyof EventsTables })[];

/** Leaves the feed token's hash out of an export: whether there is a feed is enough. */
function withoutSecret(row: Record<string, Json>): Json {
  if (!('feed_token_hash' in row)) return row;
  const { feed_token_hash: hash, ...rest } = row;
  return { ...rest, has_feed: hash !== null };
}

/**
 * A member's events data: RSVPs, voice attendance, survey answers, DM-reminder choice and
 * feed (the token itself is never stored, only its hash, which export leaves out). Events the
 * member hosted or created keep the event but lose the member's id on erase.
 */
export const eventsPrivacy: MemberPrivacy<EventsContext> = {
  async exportMember(ctx, guildId, userId) {
    const data = await exportMemberRows(ctx.db, MEMBER_TABLES, guildId, userId, withoutSecret);
    const hosted = await eventsDb(ctx.db)
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
    const db = eventsDb(ctx.db);
    let erased = await deleteMemberRows(ctx.db, MEMBER_TABLES, guildId, userId);
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
