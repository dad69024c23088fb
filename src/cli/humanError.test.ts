import { describe, expect, it } from 'vitest';
import { UserError } from '../core/errors.js';
import { DatabaseInUseError, DatabaseOpenError } from '../store/DatabaseOpenError.js';
import { failureReport, humanError } from './humanError.js';

/** An error as Node, pg, undici or discord.js make them: a message and a few fields. */
function failure(message: string, fields: Record<string, unknown>): Error {
  return Object.assign(new Error(message), fields);
}

const env = {};
const withToken = { DISCORD_TOKEN: 'x' };

describe('humanError: one line that says what happened and how to fix it', () => {
  it('a busy port, a privileged port, a host that is not this machine', () => {
    const busy = failure('listen EADDRINUSE: address already in use 127.0.0.1:3000', {
      code: 'EADDRINUSE',
      syscall: 'listen',
      address: '127.0.0.1',
      port: 3000,
    });
    expect(humanError(busy, { env })).toBe(
      'port 3000 on 127.0.0.1 is already in use: stop the program using it, or start on another port with --port (or PORT)',
    );
    const denied = failure('listen EACCES', { code: 'EACCES', syscall: 'listen', address: '0.0.0.0', port: 80 });
    expect(humanError(denied, { env })).toMatch(/^not allowed to listen on port 80 on 0\.0\.0\.0: ports below 1024/);
    const elsewhere = failure('listen EADDRNOTAVAIL', {
      code: 'EADDRNOTAVAIL',
      syscall: 'listen',
      address: '10.1.2.3',
    });
    expect(humanError(elsewhere, { env })).toBe(
      'cannot listen on 10.1.2.3: not an address of this machine (check --host, or HOST)',
    );
  });

  it('PostgreSQL refusing the connection, the login, a missing database, a malformed URL', () => {
    const at = 'postgres://guildhall:***@db:5432/guildhall';
    const refused = failure('connect ECONNREFUSED 10.0.0.5:5432', {
      code: 'ECONNREFUSED',
      syscall: 'connect',
      address: '10.0.0.5',
      port: 5432,
    });
    expect(humanError(new DatabaseOpenError(at, 'postgres', refused), { env })).toBe(
      `cannot connect to PostgreSQL at ${at}: connection refused (is PostgreSQL running there? check DATABASE_URL)`,
    );
    // Node tries every address of a name (IPv6 and IPv4) and reports them together.
    const both = Object.assign(new AggregateError([refused, refused], ''), { code: 'ECONNREFUSED' });
    expect(humanError(new DatabaseOpenError(at, 'postgres', both), { env })).toContain('connection refused');
    const login = failure('password authentication failed for user "guildhall"', { code: '28P01' });
    expect(humanError(new DatabaseOpenError(at, 'postgres', login), { env })).toBe(
      `PostgreSQL refused the login at ${at}: password authentication failed for user "guildhall" (check the user and password in DATABASE_URL)`,
    );
    const missing = failure('database "guildhall" does not exist', { code: '3D000' });
    expect(humanError(new DatabaseOpenError(at, 'postgres', missing), { env })).toMatch(
      /^PostgreSQL at .*: database "guildhall" does not exist \(create it/,
    );
    const url = Object.assign(new TypeError('Invalid URL'), { code: 'ERR_INVALID_URL' });
    expect(humanError(new DatabaseOpenError('postgres://[bad', 'postgres', url), { env })).toBe(
      'DATABASE_URL is not a valid URL: write it as postgres://user:password@host:5432/database',
    );
  });

  it('a SQLite file that is not a database, or held by another start', () => {
    const notDb = failure('file is not a database', { code: 'SQLITE_NOTADB' });
    expect(humanError(new DatabaseOpenError('data/x.sqlite', 'sqlite', notDb), { env })).toBe(
      'data/x.sqlite is not a SQLite database: point DATABASE_URL at a Guildhall database file, or at a new path',
    );
    expect(humanError(new DatabaseInUseError('data/guildhall.sqlite', 4242), { env })).toBe(
      'data/guildhall.sqlite is in use by another guildhall start (pid 4242): stop that one first (one guildhall start per database), or point DATABASE_URL at another file',
    );
  });

  it('a token Discord refuses (as discord.js says it, or as a REST 401), intents it refuses', () => {
    const expected =
      'Discord refused the bot token: set DISCORD_TOKEN to the token on the Bot page of your application in the Discord Developer Portal (Reset Token gives a new one)';
    expect(humanError(failure('An invalid token was provided.', { code: 'TokenInvalid' }), { env: withToken })).toBe(
      expected,
    );
    const rest401 = failure('401: Unauthorized', { status: 401, code: 0, rawError: { message: '401: Unauthorized' } });
    expect(humanError(rest401, { env: withToken })).toBe(expected);
    expect(humanError(failure('Used disallowed intents', { code: 'DisallowedIntents' }), { env: withToken })).toMatch(
      /^Discord refused the gateway intents: turn on "Server Members Intent"/,
    );
  });

  it('a Discord API that cannot be reached, named by DISCORD_API_URL or the default', () => {
    const refused = failure('connect ECONNREFUSED 127.0.0.1:1', {
      code: 'ECONNREFUSED',
      address: '127.0.0.1',
      port: 1,
    });
    expect(humanError(refused, { env: { ...withToken, DISCORD_API_URL: 'http://127.0.0.1:1/api' } })).toBe(
      'cannot reach the Discord API at http://127.0.0.1:1/api (127.0.0.1:1): connection refused (check DISCORD_API_URL)',
    );
    const dns = new TypeError('fetch failed', {
      cause: failure('getaddrinfo ENOTFOUND discord.com', { code: 'ENOTFOUND', hostname: 'discord.com' }),
    });
    expect(humanError(dns, { env: withToken })).toBe(
      'cannot reach the Discord API at https://discord.com/api (discord.com): host discord.com not found (check the network)',
    );
  });

  it('passes a UserError through, and leaves an unforeseen error to the generic line', () => {
    expect(humanError(new UserError('community.yaml:3: community.name: must not be empty'), { env })).toBe(
      'community.yaml:3: community.name: must not be empty',
    );
    expect(humanError(new Error('something odd'), { env })).toBeUndefined();
    expect(failureReport(new Error('something odd'), { env, command: 'start' })).toEqual([
      'guildhall start: something odd (LOG_LEVEL=debug shows the full trace)',
    ]);
  });

  it('prints no stack trace, except with LOG_LEVEL=debug, which adds it with its causes', () => {
    const error = new DatabaseOpenError('x', 'postgres', failure('connect ECONNREFUSED', { code: 'ECONNREFUSED' }));
    expect(failureReport(error, { env })).toHaveLength(1);
    const debug = failureReport(error, { env: { LOG_LEVEL: 'debug' } });
    expect(debug[0]).toBe(failureReport(error, { env })[0]);
    expect(debug.join('\n')).toContain('DatabaseOpenError: cannot open the database at x');
    expect(debug.join('\n')).toContain('Caused by:');
    expect(debug.join('\n')).toMatch(/\n\s+at /);
  });
});
