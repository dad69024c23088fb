import type { Kysely } from 'kysely';
import type { CoreTables } from '../../store/CoreTables.js';
import type { Json } from '../DomainEvent.js';

/** The columns of `dashboard_sessions` (core migration 0008) that name a member. */
type SessionRows = {
  dashboard_sessions: {
    user_id: string;
    name: string;
    role: string;
    dev_login: number;
    created_at: number;
    expires_at: number;
    revoked_at: number | null;
  };
};

function sessionsDb(db: Kysely<CoreTables>): Kysely<CoreTables & SessionRows> {
  return db.withTables<SessionRows>();
}

/**
 * The member's dashboard sign-ins (`dashboard_sessions`): when, as whom, with which role, until
 * when; never the session's key.
 * @param db - the database
 * @param userId - the member
 */
export async function exportDashboardSessions(db: Kysely<CoreTables>, userId: string): Promise<Record<string, Json>> {
  const rows = await sessionsDb(db)
    .selectFrom('dashboard_sessions')
    .select(['name', 'role', 'dev_login', 'created_at', 'expires_at', 'revoked_at'])
    .where('user_id', '=', userId)
    .orderBy('created_at')
    .execute();
  if (rows.length === 0) return {};
  return {
    dashboardSessions: rows.map((row) => ({
      name: row.name,
      role: row.role,
      devLogin: row.dev_login === 1,
      signedInAt: row.created_at,
      expiresAt: row.expires_at,
      signedOutAt: row.revoked_at,
    })),
  };
}

/**
 * Deletes the member's dashboard sessions (which also signs them out everywhere).
 * @param db - the database
 * @param userId - the member
 * @returns rows deleted
 */
export async function eraseDashboardSessions(db: Kysely<CoreTables>, userId: string): Promise<number> {
  const result = await sessionsDb(db).deleteFrom('dashboard_sessions').where('user_id', '=', userId).executeTakeFirst();
  return Number(result.numDeletedRows);
}
