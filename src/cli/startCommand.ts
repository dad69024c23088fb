import { existsSync } from 'node:fs';
import { startGuildhall } from '../app/startGuildhall.js';
import { starterConfig } from '../config/starterConfig.js';
import { DEFAULT_SQLITE_PATH } from '../store/Store.js';
import type { CliIO } from './CliIO.js';
import { parseProcessRole } from '../app/processRole.js';

export interface StartOptions {
  config: string;
  /** True when the config path was given (--config, GUILDHALL_CONFIG): then it must exist. */
  configNamed?: boolean;
  port: number;
  host: string;
  /** `--role` (default `all`). */
  role?: string;
}

/**
 * The banner `start` prints once it listens. It goes to standard error in one write: standard
 * output carries only the JSON log (one object per line, for log collectors and `| jq`), and
 * no log line can land inside the banner on a terminal.
 * @param url - where the HTTP server listens
 * @param sandbox - whether the platform is the sandbox
 * @param database - the store's location
 */
export function startBanner(url: string, sandbox: boolean, database: string): string {
  const shown = url.replace('127.0.0.1', 'localhost');
  return [
    '',
    `Guildhall is running on ${sandbox ? 'the sandbox (no DISCORD_TOKEN)' : 'Discord'}.`,
    `  Dashboard  ${shown}/`,
    ...(sandbox ? [`  Sandbox    ${shown}/#/sandbox  (add a member, post a message, run /rank)`] : []),
    `  Health     ${shown}/healthz     Metrics ${shown}/metrics`,
    `  Database   ${database}`,
    'Press Ctrl+C to stop.',
  ].join('\n');
}

/**
 * `guildhall start`: runs bot (or sandbox), engine, scheduler and dashboard until SIGINT/SIGTERM.
 * Without DISCORD_TOKEN and without a config file, runs the sandbox on the starter config.
 * The banner and notices go to standard error ({@link startBanner}); standard output is the log.
 * Failures (bad token, busy port, unreachable database …) are thrown: `main` explains them.
 * @param options - config path, port, host
 * @param io - output
 * @param env - the environment (DISCORD_TOKEN, DISCORD_API_URL, DATABASE_URL)
 */
export async function startCommand(options: StartOptions, io: CliIO, env: NodeJS.ProcessEnv): Promise<number> {
  const sandbox = env.DISCORD_TOKEN === undefined || env.DISCORD_TOKEN === '';
  const haveFile = existsSync(options.config);
  if (!haveFile && options.configNamed === true) {
    io.err(`${options.config}: not found (check the path, or run "guildhall init --out ${options.config}")`);
    return 1;
  }
  if (!haveFile && !sandbox) {
    io.err(`${options.config}: not found (run "guildhall init", then set community.guildId)`);
    return 1;
  }
  // Said with the banner, once started: a start that fails prints its one error line alone.
  const notice = haveFile
    ? []
    : [`No ${options.config} here: running the sandbox with the starter config ("guildhall init" writes it out).`];
  const databaseUrl = env.DATABASE_URL ?? DEFAULT_SQLITE_PATH;
  const schema = env.DATABASE_SCHEMA;
  const app = await startGuildhall({
    ...(haveFile ? { configPath: options.config } : { configText: starterConfig() }),
    databaseUrl,
    ...(schema === undefined || schema === '' ? {} : { databaseSchema: schema }),
    port: options.port,
    host: options.host,
    role: parseProcessRole(options.role),
    env,
  });
  const role = app.role === 'all' ? [] : [`  Role       ${app.role} (docs/deployment.md#several-processes)`];
  io.err([...notice, startBanner(app.url, sandbox, app.store.location), ...role].join('\n'));
  await new Promise<void>((resolve) => {
    const stop = (): void => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  io.err('Stopping…');
  await app.stop();
  return 0;
}
