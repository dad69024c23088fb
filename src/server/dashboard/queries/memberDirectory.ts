import type { Kysely } from 'kysely';
import type { CoreTables } from '../../../store/CoreTables.js';

/** Who is in the guild according to the event log, and the last known name of everyone seen. */
export interface MemberDirectory {
  /** Members currently in the guild. */
  count: number;
  /** userId → username (display name when set), including members who left. */
  names: ReadonlyMap<string, string>;
}

/**
 * Replays a guild's `member.joined` / `member.left` events in log order to count current
 * members and learn their names.
 *
 * For now the member count is derived from the event log (distinct joined user ids minus
 * those whose last event is a leave), which reads every membership event on each call and
 * misses members who joined before Guildhall recorded anything. It is replaced once a
 * members table exists. JSON payloads are parsed here rather than in SQL because JSON
 * operators differ between SQLite and PostgreSQL.
 * @param db - the store's database
 * @param guildId - the guild whose members are counted
 */
export async function memberDirectory(db: Kysely<CoreTables>, guildId: string): Promise<MemberDirectory> {
  const rows = await db
    .selectFrom('event_log')
    .select(['type', 'payload'])
    .where('guild_id', '=', guildId)
    .where('type', 'in', ['member.joined', 'member.left'])
    .orderBy('seq', 'asc')
    .execute();
  const present = new Set<string>();
  const names = new Map<string, string>();
  for (const row of rows) {
    const member = parseMember(row.payload);
    if (member === null) continue;
    if (member.name !== null) names.set(member.userId, member.name);
    if (row.type === 'member.joined') present.add(member.userId);
    else present.delete(member.userId);
  }
  return { count: present.size, names };
}

function parseMember(payload: string): { userId: string; name: string | null } | null {
  let value: unknown;
  try {
    value = JSON.parse(payload);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const record = value as Record<string, unknown>;
  if (typeof record.userId !== 'string') return null;
  const name =
    typeof record.displayName === 'string' && record.displayName !== ''
      ? record.displayName
      : typeof record.username === 'string'
        ? record.username
        : null;
  return { userId: record.userId, name };
}
