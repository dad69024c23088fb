import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { CoreTables } from '../../store/CoreTables.js';
import type { DashboardRole, DashboardUser } from './DashboardAccess.js';
import type { DashboardSessionTables } from './DashboardSessionTable.js';

/** A live session: who, and when their roles were last checked. */
export interface DashboardSession {
  /** Hex SHA-256 of the cookie token. */
  id: string;
  user: DashboardUser;
  expiresAt: number;
  roleCheckedAt: number;
}

/**
 * The id a session's row is stored under: the hex SHA-256 of its cookie token.
 * @param token - the cookie's value
 */
export function sessionIdOf(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Dashboard sessions in the database (`dashboard_sessions`): created, found, refreshed, revoked. */
export class DashboardSessions {
  readonly #db: Kysely<CoreTables & DashboardSessionTables>;
  readonly #now: () => number;

  /**
   * @param db - the database (core migrations applied)
   * @param now - epoch ms now
   */
  constructor(db: Kysely<CoreTables>, now: () => number) {
    this.#db = db.withTables<DashboardSessionTables>();
    this.#now = now;
  }

  /**
   * Starts a session and returns its token (32 random bytes, base64url) for the cookie; sessions
   * that ran out are deleted on the way.
   * @param user - who signs in, with the role resolved for them
   * @param ttlMs - how long it lasts
   */
  async create(user: DashboardUser, ttlMs: number): Promise<{ token: string; session: DashboardSession }> {
    const now = this.#now();
    await this.#db.deleteFrom('dashboard_sessions').where('expires_at', '<=', now).execute();
    const token = randomBytes(32).toString('base64url');
    const id = sessionIdOf(token);
    await this.#db
      .insertInto('dashboard_sessions')
      .values({
        id,
        user_id: user.userId,
        name: user.name,
        role: user.role,
        dev_login: user.devLogin ? 1 : 0,
        created_at: now,
        expires_at: now + ttlMs,
        role_checked_at: now,
        revoked_at: null,
      })
      .execute();
    return { token, session: { id, user, expiresAt: now + ttlMs, roleCheckedAt: now } };
  }

  /**
   * The session a cookie token names, or null when unknown, expired or revoked.
   * @param token - the cookie's value
   */
  async find(token: string): Promise<DashboardSession | null> {
    const row = await this.#db
      .selectFrom('dashboard_sessions')
      .selectAll()
      .where('id', '=', sessionIdOf(token))
      .where('revoked_at', 'is', null)
      .where('expires_at', '>', this.#now())
      .executeTakeFirst();
    if (row === undefined) return null;
    return {
      id: row.id,
      user: { userId: row.user_id, name: row.name, role: row.role, devLogin: row.dev_login === 1 },
      expiresAt: row.expires_at,
      roleCheckedAt: row.role_checked_at,
    };
  }

  /**
   * Records a fresh role check (the role may have changed).
   * @param id - the session
   * @param role - the role the check found
   */
  async recheck(id: string, role: DashboardRole): Promise<void> {
    await this.#db
      .updateTable('dashboard_sessions')
      .set({ role, role_checked_at: this.#now() })
      .where('id', '=', id)
      .execute();
  }

  /**
   * Revokes a session: its cookie signs nobody in any more.
   * @param id - the session
   */
  async revoke(id: string): Promise<void> {
    await this.#db
      .updateTable('dashboard_sessions')
      .set({ revoked_at: this.#now() })
      .where('id', '=', id)
      .where('revoked_at', 'is', null)
      .execute();
  }
}
