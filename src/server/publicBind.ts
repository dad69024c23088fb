import { UserError } from '../core/errors.js';

/**
 * Refuses to listen beyond this machine while the dashboard has no login (issue #12): on a
 * public address anyone could read the community's events and members and drive the sandbox.
 * `GUILDHALL_ALLOW_PUBLIC=1` overrides it (behind a proxy that authenticates, say).
 * @param host - the address to listen on
 * @param env - the process environment
 * @throws UserError for a non-loopback host without the override
 */
export function assertPrivateBind(host: string, env: Record<string, string | undefined>): void {
  if (isLoopback(host) || env.GUILDHALL_ALLOW_PUBLIC === '1') return;
  throw new UserError(
    `refusing to listen on ${host}: the dashboard has no login yet, so anyone who can reach it could read the community's data. ` +
      'Listen on 127.0.0.1 (the default) and put an authenticating proxy in front, or set GUILDHALL_ALLOW_PUBLIC=1 to accept the risk.',
  );
}

/** True for localhost, 127.0.0.0/8 and ::1. */
export function isLoopback(host: string): boolean {
  const name = host
    .trim()
    .toLowerCase()
    .replace(/^\[|\]$/g, '');
  return name === 'localhost' || name === '::1' || /^127(\.\d{1,3}){3}$/.test(name);
}
