import type { Kysely } from 'kysely';
import type { CoreTables } from '../../../store/CoreTables.js';

/** A lockdown in force, as the moderation module announced it in the event log. */
export interface LockdownRow {
  /** Epoch ms the lockdown started (the `moderation.lockdown_started` event). */
  startedAt: number;
  reason: string;
  /** The moderator who started it, or null when automod did. */
  startedBy: string | null;
  /** When it was set to lift by itself (a new spike pushes it back), or null: until /lockdown end. */
  endsAt: number | null;
}

const LOCKDOWN_EVENTS = ['moderation.lockdown_started', 'moderation.lockdown_ended'] as const;

/**
 * The guild's lockdown in force, read from the moderation module's announcements in the event
 * log (no import of the module): the latest `moderation.lockdown_started` not followed by a
 * `moderation.lockdown_ended`. (by type, newest first, one row).
 * @param db - the store's database
 * @param guildId - the guild
 * @returns null when no lockdown is on
 */
export async function activeLockdown(db: Kysely<CoreTables>, guildId: string): Promise<LockdownRow | null> {
  const row = await db
    .selectFrom('event_log')
    .select(['type', 'occurred_at', 'payload'])
    .where('guild_id', '=', guildId)
    .where('type', 'in', LOCKDOWN_EVENTS)
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (row?.type !== 'moderation.lockdown_started') return null;
  const payload = parseObject(row.payload);
  return {
    startedAt: row.occurred_at,
    reason: typeof payload.reason === 'string' ? payload.reason : '',
    startedBy: typeof payload.startedBy === 'string' ? payload.startedBy : null,
    endsAt: typeof payload.endsAt === 'number' ? payload.endsAt : null,
  };
}

function parseObject(text: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
