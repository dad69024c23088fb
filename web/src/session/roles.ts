import { roleAllows, type DashboardRole } from '../../../src/server/auth/DashboardAccess.js';
import type { DashboardSession } from '../api/sessionApi.js';

/**
 * True when the session may open a page that asks for `needed`. Without login on the server
 * (an older Guildhall) every page is open.
 * @param session - the current session
 * @param needed - the page's lowest role
 */
export function sessionAllows(session: DashboardSession, needed: DashboardRole): boolean {
  if (!session.authRequired) return true;
  return session.user !== null && roleAllows(session.user.role, needed);
}
