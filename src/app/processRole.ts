/**
 * What a `guildhall start` process does. `all` (the default) is everything in one process;
 * on PostgreSQL a deployment can split it: one `gateway` (owns the platform connection and
 * records its events), `worker`s (handle events and jobs; one owns a guild at a time) and
 * `api`s (dashboard and HTTP API, stateless). See docs/deployment.md.
 */
export const PROCESS_ROLES = ['all', 'gateway', 'worker', 'api'] as const;

export type ProcessRole = (typeof PROCESS_ROLES)[number];

/** What each role runs. */
export interface RoleParts {
  /** Records the platform's events (gateway connection, catch-up, slash command registration). */
  records: boolean;
  /** Handles events (from the log when split), runs the outbox, module start hooks and jobs. */
  handles: boolean;
  /** Serves the dashboard, sign-in and the HTTP API (every role serves /healthz and /metrics). */
  serves: boolean;
}

const PARTS: Record<ProcessRole, RoleParts> = {
  all: { records: true, handles: true, serves: true },
  gateway: { records: true, handles: false, serves: false },
  worker: { records: false, handles: true, serves: false },
  api: { records: false, handles: false, serves: true },
};

/**
 * @param role - the process role
 * @returns what it runs
 */
export function roleParts(role: ProcessRole): RoleParts {
  return PARTS[role];
}

/**
 * Reads `--role` / `GUILDHALL_ROLE`.
 * @param text - the value given (undefined: `all`)
 * @throws Error naming the roles when it is none of them
 */
export function parseProcessRole(text: string | undefined): ProcessRole {
  if (text === undefined || text === '') return 'all';
  const role = PROCESS_ROLES.find((r) => r === text);
  if (role === undefined) throw new Error(`unknown role "${text}": use one of ${PROCESS_ROLES.join(', ')}`);
  return role;
}

/**
 * A split deployment needs a database several processes share.
 * @param role - the process role
 * @param dialect - the store's dialect
 * @throws Error when a role other than `all` runs on SQLite
 */
export function assertRoleFitsDatabase(role: ProcessRole, dialect: 'sqlite' | 'postgres'): void {
  if (role !== 'all' && dialect !== 'postgres') {
    throw new Error(
      `--role ${role} needs PostgreSQL (DATABASE_URL=postgres://…): on SQLite one process does everything (--role all)`,
    );
  }
}
