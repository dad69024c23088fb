import type { DashboardRole, DashboardUser } from '../../../src/server/auth/DashboardAccess.js';
import type { SessionResponse } from '../../../src/server/auth/authSchemas.js';
import { ApiRequestError, getJson, postJson, setCsrfToken } from './http.js';

export type { DashboardRole, DashboardUser };

/** What `GET /api/session` answers (the server's zod schema, `authSchemas.ts`). */
export type { SessionResponse };

/** A way to sign in the server offers: Discord OAuth2, or the sandbox's dev login. */
export type LoginMethod = SessionResponse['loginMethods'][number];

/**
 * The session as the app sees it. `authRequired` is false when the server has no
 * `/api/session` route (a Guildhall from before dashboard login): every page is open then.
 */
export interface DashboardSession extends SessionResponse {
  authRequired: boolean;
}

/** The session of a server without login: nobody signed in, nobody needed. */
const OPEN_SESSION: DashboardSession = { user: null, csrfToken: '', loginMethods: [], authRequired: false };

/** Reads who is signed in and remembers the session's CSRF token for later POSTs. */
export async function fetchSession(): Promise<DashboardSession> {
  try {
    const session = await getJson<SessionResponse>('/api/session');
    setCsrfToken(session.csrfToken);
    return { ...session, authRequired: true };
  } catch (error) {
    if (error instanceof ApiRequestError && error.status === 404) {
      setCsrfToken(null);
      return OPEN_SESSION;
    }
    throw error;
  }
}

/**
 * Signs in as a sandbox member (the sandbox's dev login).
 * @param userId - the member
 */
export function devLogin(userId: string): Promise<unknown> {
  return postJson<unknown>('/auth/dev-login', { userId });
}

/** Ends the session. */
export function logout(): Promise<unknown> {
  return postJson<unknown>('/auth/logout');
}
