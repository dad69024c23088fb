import type { Kysely } from 'kysely';
import type { CoreTables } from '../../../store/CoreTables.js';

/**
 * A row of the recognition module's `recognition_members` table, declared here so the
 * dashboard only depends on the columns it reads (the module owns the table).
 */
interface RecognitionMemberRow {
  guild_id: string;
  user_id: string;
  points: number;
  messages: number;
  last_message_award_at: number | null;
  updated_at: number;
}

/** One leaderboard position before names are attached. */
export interface PointsStanding {
  rank: number;
  userId: string;
  points: number;
  messages: number;
}

/**
 * Reads the top `limit` members by points (ties by user id). Returns an empty list when the
 * recognition module's table does not exist (module not installed).
 * @param db - the store's database
 * @param guildId - the guild whose leaderboard is read
 * @param limit - how many positions to return
 */
export async function leaderboard(db: Kysely<CoreTables>, guildId: string, limit: number): Promise<PointsStanding[]> {
  if (!(await recognitionTableExists(db))) return [];
  const rows = await db
    .withTables<{ recognition_members: RecognitionMemberRow }>()
    .selectFrom('recognition_members')
    .select(['user_id', 'points', 'messages'])
    .where('guild_id', '=', guildId)
    .orderBy('points', 'desc')
    .orderBy('user_id', 'asc')
    .limit(limit)
    .execute();
  return rows.map((row, index) => ({
    rank: index + 1,
    userId: row.user_id,
    points: row.points,
    messages: row.messages,
  }));
}

// Once seen the table stays (migrations only add), so only a miss is probed again.
const knownTables = new WeakSet<object>();

async function recognitionTableExists(db: Kysely<CoreTables>): Promise<boolean> {
  if (knownTables.has(db)) return true;
  try {
    // A probe rather than introspection: PostgreSQL introspection lists every schema's
    // tables, not only those on the search path.
    await db
      .withTables<{ recognition_members: RecognitionMemberRow }>()
      .selectFrom('recognition_members')
      .select('user_id')
      .limit(1)
      .execute();
  } catch {
    return false;
  }
  knownTables.add(db);
  return true;
}
