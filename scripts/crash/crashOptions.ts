import { parseArgs } from 'node:util';

/** Which databases a run covers. */
export type CrashDbName = 'sqlite' | 'postgres';

/** The harness's command-line options. */
export interface CrashOptions {
  databases: CrashDbName[];
  kills: number;
  seed: number;
  clients: number;
  /** Load time between a healthy start and the next kill, in ms. */
  minUpMs: number;
  maxUpMs: number;
  keep: boolean;
  verbose: boolean;
  /** A split deployment (gateway, two workers, api) on PostgreSQL; a kill hits a worker. */
  split: boolean;
  postgresUrl: string;
}

export const USAGE = `Usage: npm run test:crash -- [options]
  --db sqlite|postgres|both   databases to run on (default both)
  --kills N                   kill -9 count per database (default 100)
  --seed S                    PRNG seed (default: from the clock, printed)
  --clients N                 concurrent load clients (default 4)
  --up-ms MIN-MAX             load time between a start and the next kill (default 1000-3000)
  --split                     PostgreSQL only: gateway + 2 workers + api (--role), kill -9 a random worker
  --keep                      keep the temp directory (and the PostgreSQL schema)
  --verbose                   print every kill and restart
  PostgreSQL: GUILDHALL_TEST_PG_URL (default postgres://postgres@127.0.0.1:5432/test)`;

/**
 * Parses the harness's arguments.
 * @param argv - arguments after the script name
 * @throws Error with a readable message on a bad value
 */
export function parseCrashOptions(argv: readonly string[]): CrashOptions | 'help' {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      db: { type: 'string', default: 'both' },
      kills: { type: 'string', default: '100' },
      seed: { type: 'string' },
      clients: { type: 'string', default: '4' },
      'up-ms': { type: 'string', default: '1000-3000' },
      keep: { type: 'boolean', default: false },
      split: { type: 'boolean', default: false },
      verbose: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (values.help) return 'help';
  const databases: CrashDbName[] =
    values.db === 'both'
      ? ['sqlite', 'postgres']
      : values.db === 'sqlite' || values.db === 'postgres'
        ? [values.db]
        : [];
  if (databases.length === 0) throw new Error(`--db: expected sqlite, postgres or both, got "${values.db}"`);
  if (values.split && databases.includes('sqlite')) {
    throw new Error('--split needs PostgreSQL (several processes share one database): add --db postgres');
  }
  const range = /^(\d+)-(\d+)$/.exec(values['up-ms']);
  if (range === null) throw new Error(`--up-ms: expected MIN-MAX in ms, got "${values['up-ms']}"`);
  const minUpMs = Number(range[1]);
  const maxUpMs = Number(range[2]);
  if (maxUpMs < minUpMs) throw new Error('--up-ms: MAX is below MIN');
  return {
    databases,
    kills: wholeNumber('--kills', values.kills, 0),
    seed: values.seed === undefined ? Date.now() % 1_000_000 : wholeNumber('--seed', values.seed, 0),
    clients: wholeNumber('--clients', values.clients, 1),
    minUpMs,
    maxUpMs,
    keep: values.keep,
    verbose: values.verbose,
    split: values.split,
    postgresUrl: process.env.GUILDHALL_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test',
  };
}

function wholeNumber(name: string, text: string, min: number): number {
  const n = Number(text);
  if (!Number.isSafeInteger(n) || n < min) throw new Error(`${name}: expected a whole number ≥ ${min}, got "${text}"`);
  return n;
}
