import type { Kysely } from 'kysely';
import type { Json } from '../DomainEvent.js';
import type { CoreTables } from '../../store/CoreTables.js';
import type { MemberMatcher } from './MemberMatcher.js';
import { contains, mentionsAny } from './scrubRows.js';

const OUTBOX_TEXT = ['key', 'args', 'result', 'last_error'] as const;

/**
 * The outbox actions that mention the member (messages, DMs, roles and sanctions queued for
 * or about them), for a member export: what, when, and whether it was carried out.
 * @param db - the database
 * @param guildId - the guild
 * @param matcher - the member
 */
export async function exportOutbox(
  db: Kysely<CoreTables>,
  guildId: string,
  matcher: MemberMatcher,
): Promise<Record<string, Json>> {
  const rows = await db
    .selectFrom('outbox')
    .select(['key', 'action', 'status', 'args', 'created_at', 'done_at'])
    .where('guild_id', '=', guildId)
    .where(mentionsAny(OUTBOX_TEXT, matcher.needles()))
    .orderBy('id')
    .execute();
  if (rows.length === 0) return {};
  return {
    outbox: rows.map((r) => ({
      action: r.action,
      status: r.status,
      queuedAt: r.created_at,
      doneAt: r.done_at,
      arguments: withoutFileData(JSON.parse(r.args) as Json),
    })),
  };
}

/** Attached files by name only (an earlier export's file must not nest in the next one). */
function withoutFileData(value: Json): Json {
  if (Array.isArray(value)) return value.map(withoutFileData);
  if (typeof value !== 'object' || value === null) return value;
  const entries = Object.entries(value).map(([key, item]): [string, Json] => {
    if (key === 'files' && Array.isArray(item)) {
      return [
        key,
        item.map((file) => (typeof file === 'object' && file !== null && 'name' in file ? (file.name ?? null) : null)),
      ];
    }
    return [key, withoutFileData(item)];
  });
  return Object.fromEntries(entries);
}

/**
 * Deletes the outbox actions that mention the member (a pending one is not carried out: it
 * would put their name back), and the unit-of-work records of their events.
 * @returns rows deleted
 */
export async function eraseOutbox(db: Kysely<CoreTables>, matcher: MemberMatcher): Promise<number> {
  const outbox = await db.deleteFrom('outbox').where(mentionsAny(OUTBOX_TEXT, matcher.needles())).executeTakeFirst();
  const handlings = await db
    .deleteFrom('event_handlings')
    .where(contains('event_id', matcher.userId))
    .executeTakeFirst();
  return Number(outbox.numDeletedRows) + Number(handlings.numDeletedRows);
}

/**
 * Deletes outbox actions carried out (or given up) before `before`, whose arguments hold
 * message content kept no longer than the content itself (`privacy.messageContentDays`), and
 * the unit-of-work records of events handled before then (only a recovery reads them).
 * @returns rows deleted
 */
export async function pruneUnitsOfWork(db: Kysely<CoreTables>, before: number): Promise<number> {
  const outbox = await db
    .deleteFrom('outbox')
    .where('status', '!=', 'pending')
    .where('done_at', '<', before)
    .executeTakeFirst();
  const handlings = await db.deleteFrom('event_handlings').where('handled_at', '<', before).executeTakeFirst();
  return Number(outbox.numDeletedRows) + Number(handlings.numDeletedRows);
}
