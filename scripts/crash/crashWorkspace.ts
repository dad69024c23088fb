import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';
import type { CrashDbName } from './crashOptions.js';

/** The repository root (scripts/crash/../..). */
export const REPO_ROOT = resolve(import.meta.dirname, '..', '..');
/** The built CLI the harness starts. */
export const BUILT_CLI = join(REPO_ROOT, 'dist', 'src', 'main.js');

/**
 * The community the harness runs: every module the starter enables, the raid rule off (a
 * burst of joins would lock the server down and refuse the load), and short timed sanctions
 * (the ladder's timeouts and bans, phishing bans) so expiry jobs run during the test.
 */
export const CRASH_COMMUNITY_YAML = `version: 1
community:
  name: Crash Test
automod:
  builtInRules:
    raid: false
moderation:
  ladder:
    - { action: warn }
    - { action: timeout, duration: 8s, public: true }
    - { action: ban, duration: 12s }
    - { action: ban, duration: 20s }
  immediateActions:
    phishing: { action: ban, duration: 15s, deleteMessages: 0s }
recognition:
  messageCooldown: 5s
`;

/** Where the database of one run lives. */
export interface DatabaseTarget {
  name: CrashDbName;
  url: string;
  /** PostgreSQL schema of this run. */
  schema?: string;
  /** Environment for `guildhall start`. */
  env: Record<string, string>;
}

/** A temp directory with community.yaml, the log and the database of one run. */
export interface CrashWorkspace {
  dir: string;
  configPath: string;
  logPath: string;
  requestLogPath: string;
  database: DatabaseTarget;
  /** Removes the directory and drops the PostgreSQL schema. */
  cleanUp(): Promise<void>;
}

/**
 * Fails early with a clear message when the CLI was not built, or was built before the
 * newest file under src/ changed.
 */
export function checkBuild(newestSource: number): void {
  if (!existsSync(BUILT_CLI)) throw new Error(`${BUILT_CLI} is missing: run "npm run build" first`);
  if (statSync(BUILT_CLI).mtimeMs + 1000 < newestSource) {
    process.stderr.write(`warning: dist/ looks older than src/ (run "npm run build" to test the current code)\n`);
  }
}

/**
 * Creates the workspace of one run.
 * @param db - which database
 * @param seed - the run's seed (in the schema name)
 * @param postgresUrl - the PostgreSQL server
 */
export function createWorkspace(db: CrashDbName, seed: number, postgresUrl: string): CrashWorkspace {
  const dir = mkdtempSync(join(tmpdir(), `guildhall-crash-${db}-`));
  const configPath = join(dir, 'community.yaml');
  writeFileSync(configPath, CRASH_COMMUNITY_YAML);
  const database: DatabaseTarget =
    db === 'sqlite'
      ? sqliteTarget(join(dir, 'data', 'guildhall.sqlite'))
      : postgresTarget(postgresUrl, `crash_${seed}_${randomBytes(4).toString('hex')}`);
  return {
    dir,
    configPath,
    logPath: join(dir, 'guildhall.log'),
    requestLogPath: join(dir, 'requests.jsonl'),
    database,
    async cleanUp() {
      if (database.schema !== undefined) await dropSchema(database.url, database.schema);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function sqliteTarget(path: string): DatabaseTarget {
  return { name: 'sqlite', url: path, env: { DATABASE_URL: path } };
}

function postgresTarget(url: string, schema: string): DatabaseTarget {
  return { name: 'postgres', url, schema, env: { DATABASE_URL: url, DATABASE_SCHEMA: schema } };
}

/** Drops a run's schema. */
async function dropSchema(url: string, schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  } finally {
    await client.end();
  }
}
