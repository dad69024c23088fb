import type { SessionResponse } from '../../src/server/auth/authSchemas.js';

/** Headers that make a request come from a signed-in dashboard user. */
export type SignedInHeaders = {
  cookie: string;
  'x-csrf-token': string;
};

function cookiesOf(response: Response): string[] {
  return response.headers.getSetCookie().map((line) => line.split(';')[0] ?? '');
}

/**
 * Signs in to a running Guildhall on the sandbox with the dev login (real HTTP) and returns
 * the headers to send with API calls: the session and CSRF cookies and the CSRF token. For
 * tests of routes behind the access check (`startGuildhall` tests and the like).
 * @param baseUrl - the server, e.g. `running.url`
 * @param username - the sandbox member (default `mira`, the owner: admin)
 */
export async function devSession(baseUrl: string, username = 'mira'): Promise<SignedInHeaders> {
  const first = await fetch(`${baseUrl}/api/session`);
  const session = (await first.json()) as SessionResponse;
  const member = session.devMembers?.find((m) => m.name.toLowerCase() === username.toLowerCase());
  if (member === undefined) throw new Error(`no sandbox member ${username} to sign in as`);
  const csrfCookies = cookiesOf(first);
  const login = await fetch(`${baseUrl}/auth/dev-login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: csrfCookies.join('; '), 'x-csrf-token': session.csrfToken },
    body: JSON.stringify({ userId: member.userId }),
  });
  if (!login.ok) throw new Error(`dev login as ${username}: ${login.status} ${await login.text()}`);
  return { cookie: [...csrfCookies, ...cookiesOf(login)].join('; '), 'x-csrf-token': session.csrfToken };
}
