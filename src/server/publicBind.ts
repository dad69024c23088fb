import { UserError } from '../core/errors.js';

/**
 * Refuses to listen beyond this machine on the sandbox: its dev login signs anyone in as any
 * member. On Discord (DISCORD_TOKEN set) every route but `/healthz`, `/metrics` and the sign-in
 * needs a Discord sign-in, so a public address is allowed. `GUILDHALL_ALLOW_PUBLIC=1` overrides
 * the refusal (a demo behind a proxy that authenticates, say).
 * @param host - the address to listen on
 * @param env - the process environment
 * @throws UserError for a non-loopback host on the sandbox without the override
 */
export function assertPrivateBind(host: string, env: Record<string, string | undefined>): void {
  if (isLoopback(host) || env.GUILDHALL_ALLOW_PUBLIC === '1') return;
  // On Discord every route but /healthz, /metrics and the sign-in needs a Discord sign-in.
  // The sandbox has a dev login that signs anyone in as any member: never for a public address.
  if (env.DISCORD_TOKEN !== undefined && env.DISCORD_TOKEN !== '') return;
  throw new UserError(
    `refusing to listen on ${host}: without DISCORD_TOKEN Guildhall runs the sandbox, whose dev login lets anyone sign in to the dashboard as any member. ` +
      'Listen on 127.0.0.1 (the default), or set GUILDHALL_ALLOW_PUBLIC=1 to accept the risk (e.g. a demo behind an authenticating proxy).',
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
