import type { CookieSerializeOptions } from '@fastify/cookie';

/**
 * The session cookie. `__Host-`: the browser only accepts it Secure, host-only, with `Path=/`,
 * so no sibling subdomain or plain-HTTP answer can plant or overwrite it. Chromium keeps
 * Secure cookies on http://localhost and http://127.0.0.1 (checked with Chromium 156), so the
 * same name works for local development; see docs/dashboard-auth.md.
 */
export const SESSION_COOKIE = '__Host-guildhall_session';

/** The CSRF secret's cookie (@fastify/csrf-protection, cookie mode). */
export const CSRF_COOKIE = '__Host-guildhall_csrf';

/**
 * The session cookie's attributes.
 * @param ttlMs - how long the session lasts (the cookie's Max-Age)
 */
export function sessionCookieOptions(ttlMs: number): CookieSerializeOptions {
  return { path: '/', httpOnly: true, secure: true, sameSite: 'lax', maxAge: Math.floor(ttlMs / 1000) };
}

/** Attributes to clear the session cookie with (they must match the ones it was set with). */
export const CLEAR_SESSION_COOKIE: CookieSerializeOptions = {
  path: '/',
  httpOnly: true,
  secure: true,
  sameSite: 'lax',
};
