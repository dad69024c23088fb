import type { DashboardRole } from './DashboardAccess.js';

/**
 * A dashboard sign-in (core migration `0008_dashboard_sessions`). The cookie holds a random
 * token; the row is keyed by its SHA-256, so the table alone signs nobody in.
 */
export interface DashboardSessionTable {
  /** Hex SHA-256 of the cookie's token. */
  id: string;
  user_id: string;
  name: string;
  role: DashboardRole;
  /** 1 for the sandbox's dev login, 0 for Discord. */
  dev_login: number;
  created_at: number;
  expires_at: number;
  /** When the user's Discord roles were last checked against the guild. */
  role_checked_at: number;
  /** Set by sign-out (or lost access): the session no longer signs anyone in. */
  revoked_at: number | null;
}

/** The table as Kysely sees it. */
export type DashboardSessionTables = {
  dashboard_sessions: DashboardSessionTable;
};
