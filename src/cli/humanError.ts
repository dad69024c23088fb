import { UserError, errorMessage } from '../core/errors.js';
import { DatabaseInUseError, DatabaseOpenError } from '../store/DatabaseOpenError.js';

/** What a failure message may mention: the environment the command ran with, and its name. */
export interface FailureContext {
  /** DISCORD_TOKEN, DISCORD_API_URL, DATABASE_URL, LOG_LEVEL … */
  env: Readonly<Record<string, string | undefined>>;
  /** The command that failed (`start`, `plan` …), for errors nobody foresaw. */
  command?: string | undefined;
}

/** Discord's API when DISCORD_API_URL does not name another. */
const DISCORD_API = 'https://discord.com/api';

/**
 * What to print for an error that stopped a command: one line saying what happened and how
 * to fix it (a config error lists each problem on its own line), then, with `LOG_LEVEL=debug`
 * (or trace), the full stack trace and its causes.
 * @param error - what the command threw
 * @param context - environment and command name
 */
export function failureReport(error: unknown, context: FailureContext): string[] {
  const line =
    humanError(error, context) ??
    `guildhall${context.command === undefined ? '' : ` ${context.command}`}: ${errorMessage(error)} (LOG_LEVEL=debug shows the full trace)`;
  const level = context.env.LOG_LEVEL;
  return level === 'debug' || level === 'trace' ? [line, ...traceOf(error)] : [line];
}

/**
 * The one-line explanation of an error people cause or can fix (bad token, busy port,
 * unreachable or refusing database, unreachable Discord API, database in use, invalid file),
 * or undefined for an error nobody foresaw.
 * @param error - what the command threw
 * @param context - environment (to name DATABASE_URL, DISCORD_API_URL …)
 */
export function humanError(error: unknown, context: FailureContext): string | undefined {
  if (error instanceof UserError) return error.message;
  if (error instanceof DatabaseInUseError) {
    return `${error.message}: stop that one first (one guildhall start per database), or point DATABASE_URL at another file`;
  }
  if (error instanceof DatabaseOpenError) return databaseMessage(error);
  const code = codeOf(error);
  const fields = fieldsOf(error);
  if (fields.syscall === 'listen' || code === 'EADDRINUSE') return listenMessage(code, fields);
  if (code === 'TokenInvalid' || (fields.status === 401 && fields.rawError !== undefined)) {
    return 'Discord refused the bot token: set DISCORD_TOKEN to the token on the Bot page of your application in the Discord Developer Portal (Reset Token gives a new one)';
  }
  if (code === 'DisallowedIntents') {
    return 'Discord refused the gateway intents: turn on "Server Members Intent" and "Message Content Intent" on the Bot page of your application in the Discord Developer Portal';
  }
  const network = networkFailure(error);
  if (network !== undefined) {
    const token = context.env.DISCORD_TOKEN;
    if (token === undefined || token === '') return `cannot reach ${network.where}: ${network.reason}`;
    const apiUrl = nonEmpty(context.env.DISCORD_API_URL) ?? DISCORD_API;
    const fix = nonEmpty(context.env.DISCORD_API_URL) === undefined ? 'check the network' : 'check DISCORD_API_URL';
    return `cannot reach the Discord API at ${apiUrl} (${network.where}): ${network.reason} (${fix})`;
  }
  return undefined;
}

function databaseMessage(error: DatabaseOpenError): string {
  const cause = error.cause;
  const code = codeOf(cause);
  const at = error.location;
  if (error.dialect === 'sqlite') {
    if (code === 'SQLITE_NOTADB') {
      return `${at} is not a SQLite database: point DATABASE_URL at a Guildhall database file, or at a new path`;
    }
    return `cannot open the SQLite database ${at}: ${errorMessage(cause)} (check DATABASE_URL, and that its folder can be written)`;
  }
  if (code === 'ERR_INVALID_URL') {
    return 'DATABASE_URL is not a valid URL: write it as postgres://user:password@host:5432/database';
  }
  const network = networkFailure(cause);
  if (network !== undefined) {
    return `cannot connect to PostgreSQL at ${at}: ${network.reason} (is PostgreSQL running there? check DATABASE_URL)`;
  }
  if (code === '28P01' || code === '28000') {
    return `PostgreSQL refused the login at ${at}: ${errorMessage(cause)} (check the user and password in DATABASE_URL)`;
  }
  if (code === '3D000') {
    return `PostgreSQL at ${at}: ${errorMessage(cause)} (create it, e.g. "createdb NAME", or fix the database name in DATABASE_URL)`;
  }
  return `cannot open the PostgreSQL database at ${at}: ${errorMessage(cause)}`;
}

function listenMessage(code: string | undefined, fields: ErrorFields): string {
  const portText = textOf(fields.port);
  const addressText = textOf(fields.address);
  const port = portText === undefined ? 'the port' : `port ${portText}`;
  const on = addressText === undefined ? '' : ` on ${addressText}`;
  if (code === 'EADDRINUSE') {
    return `${port}${on} is already in use: stop the program using it, or start on another port with --port (or PORT)`;
  }
  if (code === 'EACCES') {
    return `not allowed to listen on ${port}${on}: ports below 1024 need privileges, use one above (--port 3000, or PORT)`;
  }
  if (code === 'EADDRNOTAVAIL') return `cannot listen${on}: not an address of this machine (check --host, or HOST)`;
  return `cannot listen on ${port}${on}: ${code ?? 'refused'}`;
}

/** The connection failure in an error (itself, its cause, or the first of an AggregateError's). */
function networkFailure(error: unknown): { where: string; reason: string } | undefined {
  for (let current = error, depth = 0; current !== undefined && current !== null && depth < 5; depth++) {
    const code = codeOf(current);
    const reason = code === undefined ? undefined : networkReasons[code];
    const fields = fieldsOf(current);
    if (reason !== undefined) {
      const host = textOf(fields.address) ?? textOf(fields.hostname);
      const port = textOf(fields.port);
      const where = host === undefined ? 'the server' : port === undefined ? host : `${host}:${port}`;
      return { where, reason: code === 'ENOTFOUND' || code === 'EAI_AGAIN' ? `host ${where} not found` : reason };
    }
    current = Array.isArray(fields.errors) && fields.errors.length > 0 ? fields.errors[0] : fields.cause;
  }
  return undefined;
}

const networkReasons: Readonly<Record<string, string>> = {
  ECONNREFUSED: 'connection refused',
  ENOTFOUND: 'host not found',
  EAI_AGAIN: 'host not found',
  ETIMEDOUT: 'timed out',
  ECONNRESET: 'connection reset',
  EHOSTUNREACH: 'no route to the host',
  ENETUNREACH: 'network unreachable',
  UND_ERR_CONNECT_TIMEOUT: 'timed out',
  UND_ERR_SOCKET: 'connection closed',
};

/** The fields Node, pg, undici and discord.js put on their errors. */
interface ErrorFields {
  code?: unknown;
  syscall?: unknown;
  address?: unknown;
  hostname?: unknown;
  port?: unknown;
  status?: unknown;
  rawError?: unknown;
  errors?: unknown;
  cause?: unknown;
}

function fieldsOf(error: unknown): ErrorFields {
  return typeof error === 'object' && error !== null ? error : {};
}

function codeOf(error: unknown): string | undefined {
  const code = fieldsOf(error).code;
  return typeof code === 'string' ? code : undefined;
}

/** A port, an address or a host name as text (Node gives ports as numbers). */
function textOf(value: unknown): string | undefined {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value === '' ? undefined : value;
}

/** The stack of an error and of each cause below it. */
function traceOf(error: unknown): string[] {
  const lines: string[] = [];
  for (let current = error, depth = 0; current !== undefined && current !== null && depth < 5; depth++) {
    lines.push(
      depth === 0 ? '' : 'Caused by:',
      current instanceof Error ? (current.stack ?? current.message) : JSON.stringify(current),
    );
    current = fieldsOf(current).cause;
  }
  return lines;
}
