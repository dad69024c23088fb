import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';

/** Host names every server answers to (on its own port): the loopback names. */
const LOOPBACK_HOSTS = ['localhost', '127.0.0.1', '[::1]'] as const;

/** Bind addresses that mean "every interface": not a name a browser would send. */
const WILDCARD_HOSTS = new Set(['0.0.0.0', '::', '[::]']);

/** The status and body of a refused request. */
export const HOST_NOT_ALLOWED = { status: 421, body: { error: 'host not allowed' } } as const;

/** A `Host` header split into its name (lower-cased, IPv6 in brackets) and port. */
interface HostHeader {
  name: string;
  /** null when the header names no port (80 for plain HTTP). */
  port: number | null;
}

/**
 * Splits `host[:port]` (`[v6]:port` for IPv6); null when it is not of that form.
 * @param value - a Host header or a `GUILDHALL_ALLOWED_HOSTS` entry
 */
export function parseHost(value: string): HostHeader | null {
  const match = /^(\[[0-9a-f:.]+\]|[^:[\]\s/]+)(?::(\d{1,5}))?$/i.exec(value.trim());
  if (match === null) return null;
  const [, name = '', port] = match;
  return { name: name.toLowerCase(), port: port === undefined ? null : Number(port) };
}

/** An IPv6 address as it appears in a Host header: in brackets. */
function bracketed(host: string): string {
  return host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
}

/**
 * `GUILDHALL_ALLOWED_HOSTS`: comma-separated `host` (any port) or `host:port` entries;
 * blanks are skipped.
 * @param value - the variable, or undefined when unset
 * @throws Error naming an entry that is not `host` or `host:port`
 */
export function parseAllowedHosts(value: string | undefined): string[] {
  const entries = (value ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  for (const entry of entries) {
    if (parseHost(entry) === null) {
      throw new Error(`GUILDHALL_ALLOWED_HOSTS: "${entry}" is not a host or host:port`);
    }
  }
  return entries;
}

/** Which Host headers the server accepts. */
export interface HostPolicy {
  /** The address or name the server binds to (HOST), allowed on the server's port. */
  bindHost?: string | undefined;
  /** Extra hosts (`GUILDHALL_ALLOWED_HOSTS` entries): `host` for any port, `host:port` for one. */
  allowedHosts?: readonly string[] | undefined;
}

/**
 * Whether a request's Host header names this server. Accepted: `localhost`, `127.0.0.1`,
 * `[::1]` and the bind host on the server's port (no port counts as 80), and the extra
 * allowed hosts. When the server is not listening (`inject` in tests) its port is unknown
 * and any port is accepted for those names.
 * @param header - the Host header, undefined when absent (refused)
 * @param serverPort - the port the server listens on, or null when not listening
 * @param policy - bind host and extra hosts
 */
export function isAllowedHost(header: string | undefined, serverPort: number | null, policy: HostPolicy): boolean {
  if (header === undefined) return false;
  const host = parseHost(header);
  if (host === null) return false;
  const own = new Set<string>(LOOPBACK_HOSTS);
  if (policy.bindHost !== undefined && !WILDCARD_HOSTS.has(policy.bindHost)) {
    own.add(bracketed(policy.bindHost.toLowerCase()));
  }
  const port = host.port ?? 80;
  if (own.has(host.name) && (serverPort === null || port === serverPort)) return true;
  return (policy.allowedHosts ?? []).some((entry) => {
    const allowed = parseHost(entry);
    if (allowed === null) return false;
    return bracketed(allowed.name) === host.name && (allowed.port === null || allowed.port === port);
  });
}

/**
 * Refuses, before any route (`/healthz` included), every request whose Host header is not
 * an allowed host (see {@link isAllowedHost}) with 421 `{ error: 'host not allowed' }`: a
 * page on another site that rebinds its name to this machine's address (DNS rebinding)
 * cannot reach the API.
 * @param app - the server, before its routes are registered
 * @param policy - bind host and extra hosts
 */
export function registerHostCheck(app: FastifyInstance, policy: HostPolicy): void {
  app.addHook('onRequest', async (request, reply) => {
    const address = app.server.address();
    const port = address !== null && typeof address === 'object' ? (address satisfies AddressInfo).port : null;
    if (!isAllowedHost(request.headers.host, port, policy)) {
      request.log.warn({ host: request.headers.host, url: request.url }, 'http: refused a request for another host');
      return reply.code(HOST_NOT_ALLOWED.status).send(HOST_NOT_ALLOWED.body);
    }
    return undefined;
  });
}
