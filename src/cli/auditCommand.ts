import { userInfo } from 'node:os';
import { openAndMigrate } from '../app/openAndMigrate.js';
import { AuditLog, type AuditRecord } from '../core/AuditLog.js';
import { systemClock } from '../core/Clock.js';
import { DEFAULT_SQLITE_PATH } from '../store/Store.js';
import type { CliIO } from './CliIO.js';

/** Options of `guildhall audit`. */
export interface AuditOptions {
  /** At most this many records (default 50, at most 1000). */
  limit?: number;
  /** Only this actor (`cli:alice`, `discord:<id>`). */
  actor?: string;
  /** Only actions starting with this (`moderation.`, `privacy.erase`). */
  action?: string;
  /** Only records older than this record id (paging). */
  before?: number;
  /** One JSON object per line instead of aligned text. */
  json?: boolean;
}

/**
 * Who runs a CLI command, as the audit log names them: `cli:<os user>`.
 * @param env - the environment (USER when the OS cannot say)
 */
export function cliActor(env: Record<string, string | undefined> = process.env): string {
  let name: string | undefined;
  try {
    name = userInfo().username;
  } catch {
    name = env.USER ?? env.USERNAME;
  }
  return `cli:${name === undefined || name === '' ? 'unknown' : name}`;
}

/**
 * `guildhall audit`: prints the audit log (who did what to whom, when), newest first.
 * @param options - filters, paging and format
 * @param io - where to print
 * @param env - DATABASE_URL, DATABASE_SCHEMA
 */
export async function auditCommand(
  options: AuditOptions,
  io: CliIO,
  env: Record<string, string | undefined>,
): Promise<number> {
  const schema = env.DATABASE_SCHEMA;
  const store = await openAndMigrate(env.DATABASE_URL ?? DEFAULT_SQLITE_PATH, schema === '' ? undefined : schema);
  try {
    const records = await new AuditLog(store.db, systemClock).list({
      limit: options.limit ?? 50,
      ...(options.actor === undefined ? {} : { actor: options.actor }),
      ...(options.action === undefined ? {} : { actionPrefix: options.action }),
      ...(options.before === undefined ? {} : { beforeId: options.before }),
    });
    if (options.json === true) {
      for (const record of records) io.out(JSON.stringify(record));
      return 0;
    }
    if (records.length === 0) {
      io.out('No audit records match.');
      return 0;
    }
    for (const line of formatAudit(records)) io.out(line);
    return 0;
  } finally {
    await store.destroy();
  }
}

/**
 * Audit records as aligned lines: `#id  time  actor  action  target  details`.
 * @param records - newest first
 */
export function formatAudit(records: readonly AuditRecord[]): string[] {
  const rows = records.map((r) => [
    `#${r.id}`,
    new Date(r.at).toISOString(),
    r.actor,
    r.action,
    r.target ?? '-',
    Object.keys(r.details).length === 0 ? '' : JSON.stringify(r.details),
  ]);
  const widths = [0, 1, 2, 3, 4].map((i) => Math.max(...rows.map((row) => row[i]?.length ?? 0)));
  return rows.map((row) =>
    row
      .map((cell, i) => (i < widths.length ? cell.padEnd(widths[i] ?? 0) : cell))
      .join('  ')
      .trimEnd(),
  );
}
