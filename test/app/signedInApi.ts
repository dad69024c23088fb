import { expect } from 'vitest';
import type { RunningGuildhall } from '../../src/app/startGuildhall.js';
import { devSession, type SignedInHeaders } from '../auth/devSession.js';

/** Each running Guildhall's dev-login session (the owner `mira`, an admin). */
const sessions = new WeakMap<RunningGuildhall, SignedInHeaders>();

/**
 * Calls a running Guildhall's HTTP API as its signed-in owner (signing in on first use) and
 * expects a 2xx answer.
 * @param app - the running Guildhall
 * @param method - HTTP method
 * @param path - e.g. `/api/members`
 * @param body - a JSON body, if any
 * @returns the answer's JSON
 */
export async function signedInApi<T>(app: RunningGuildhall, method: string, path: string, body?: unknown): Promise<T> {
  let signedIn = sessions.get(app);
  if (signedIn === undefined) {
    signedIn = await devSession(app.url);
    sessions.set(app, signedIn);
  }
  const response = await fetch(`${app.url}${path}`, {
    method,
    headers: { ...signedIn, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  expect(response.ok, `${method} ${path} → ${response.status} ${await response.clone().text()}`).toBe(true);
  return (await response.json()) as T;
}
