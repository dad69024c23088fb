/**
 * bench/ingest --statements: counts the SQL statements the process executes, by text, by
 * wrapping the drivers' execute methods (better-sqlite3's Statement, pg's Client.query).
 * Bench only: it patches the drivers' prototypes for the rest of the process.
 */
import SQLite from 'better-sqlite3';
import pg from 'pg';

/** Statement counts by SQL text while switched on. */
export interface StatementCounter {
  on: () => void;
  off: () => void;
  /** Counts by SQL text, most first. */
  counts: () => [string, number][];
  total: () => number;
  /** Forgets what was counted so far. */
  reset: () => void;
}

type Method = (this: unknown, ...args: unknown[]) => unknown;

function sqlOf(self: unknown, args: readonly unknown[]): string {
  if (self instanceof pg.Client) {
    const first = args[0];
    if (typeof first === 'string') return first;
    if (typeof first === 'object' && first !== null && 'text' in first && typeof first.text === 'string') {
      return first.text;
    }
    return '(pg query)';
  }
  if (typeof self === 'object' && self !== null && 'source' in self && typeof self.source === 'string') {
    return self.source;
  }
  return '(statement)';
}

/** Wraps the drivers (once per process) and returns the counter, off until `on`. */
export function countStatements(): StatementCounter {
  const counts = new Map<string, number>();
  let counting = false;
  const wrap = (proto: Record<string, Method | undefined>, names: readonly string[]): void => {
    for (const name of names) {
      const original = proto[name];
      if (original === undefined) continue;
      proto[name] = function (this: unknown, ...args: unknown[]): unknown {
        if (counting) {
          const text = sqlOf(this, args).replace(/\s+/g, ' ').trim();
          counts.set(text, (counts.get(text) ?? 0) + 1);
        }
        return original.apply(this, args);
      };
    }
  };
  const probe = new SQLite(':memory:');
  wrap(Object.getPrototypeOf(probe.prepare('select 1')) as Record<string, Method | undefined>, [
    'run',
    'all',
    'get',
    'iterate',
  ]);
  probe.close();
  wrap(pg.Client.prototype as unknown as Record<string, Method | undefined>, ['query']);
  return {
    on: () => {
      counts.clear();
      counting = true;
    },
    off: () => {
      counting = false;
    },
    counts: () => [...counts.entries()].sort((a, b) => b[1] - a[1]),
    total: () => [...counts.values()].reduce((a, b) => a + b, 0),
    reset: () => counts.clear(),
  };
}
