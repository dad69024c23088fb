import { existsSync, readFileSync } from 'node:fs';
import { LineCounter, parseDocument } from 'yaml';
import { pino } from 'pino';
import { createPlatform } from '../app/createPlatform.js';
import { loadModules } from '../app/loadModules.js';
import { openAndMigrate } from '../app/openAndMigrate.js';
import type { CommunityConfig } from '../config/CommunityConfig.js';
import { formatConfigError, formatPath, type ConfigError } from '../config/ConfigError.js';
import { lineOfPath } from '../config/lineOfPath.js';
import { starterConfig } from '../config/starterConfig.js';
import { systemClock, type Clock } from '../core/Clock.js';
import { UserError } from '../core/errors.js';
import { type BlueprintProblem, ServerConfig } from '../modules/server/index.js';
import type { Platform } from '../platform/Platform.js';
import { DEFAULT_SQLITE_PATH, type Store } from '../store/Store.js';

/** The server a blueprint command acts on, and what it needs to do so. */
export interface BlueprintTarget {
  store: Store;
  platform: Platform;
  guildId: string;
  clock: Clock;
  community: CommunityConfig;
  /** The parsed `server:` section. */
  server: ServerConfig;
  /** community.yaml's path and text (for line numbers in problems). */
  configPath: string;
  configText: string;
  close(): Promise<void>;
}

/** How to open it. */
export interface BlueprintTargetOptions {
  config: string;
  /** Without the file: use the starter config on the sandbox (export) instead of failing. */
  starterWhenMissing?: boolean;
  clock?: Clock;
}

/**
 * Opens what `plan`, `apply` and `export` act on: community.yaml (validated), the database
 * (migrated), and the platform — the sandbox guild in the database (seeded like `guildhall
 * start` does) without DISCORD_TOKEN, else Discord over REST only (the gateway is never
 * started).
 * @param options - config path and fallbacks
 * @param env - DISCORD_TOKEN, DISCORD_API_URL, DATABASE_URL, DATABASE_SCHEMA, LOG_LEVEL
 * @throws UserError for a missing or invalid config
 */
export async function openBlueprintTarget(
  options: BlueprintTargetOptions,
  env: Record<string, string | undefined>,
): Promise<BlueprintTarget> {
  const sandbox = env.DISCORD_TOKEN === undefined || env.DISCORD_TOKEN === '';
  let configText: string;
  if (existsSync(options.config)) configText = readFileSync(options.config, 'utf8');
  else if (options.starterWhenMissing === true && sandbox) configText = starterConfig();
  else throw new UserError(`${options.config}: file not found (run "guildhall init", or pass --config FILE)`);
  const { community, modules } = loadModules({ configText, configPath: options.config });
  const server = ServerConfig.parse(modules.find((m) => m.definition.id === 'server')?.config);
  const clock = options.clock ?? systemClock;
  // stdout is the command's output: logs go to stderr, warnings only unless LOG_LEVEL says more.
  const log = pino({ level: env.LOG_LEVEL ?? 'warn', base: { app: 'guildhall' } }, pino.destination(2));
  const schema = env.DATABASE_SCHEMA;
  const store = await openAndMigrate(env.DATABASE_URL ?? DEFAULT_SQLITE_PATH, schema === '' ? undefined : schema);
  try {
    const { platform, guildId } = await createPlatform({ store, clock, log, community, env });
    return {
      store,
      platform,
      guildId,
      clock,
      community,
      server,
      configPath: options.config,
      configText,
      async close() {
        await platform.stop();
        await store.destroy();
      },
    };
  } catch (error) {
    await store.destroy();
    throw error;
  }
}

/**
 * Blueprint problems as config errors, with the line of the key in community.yaml.
 * @param problems - the problems
 * @param target - the config file they are about
 */
export function problemErrors(
  problems: readonly BlueprintProblem[],
  target: Pick<BlueprintTarget, 'configPath' | 'configText'>,
): ConfigError[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(target.configText, { lineCounter });
  return problems.map((p) => ({
    file: target.configPath,
    line: lineOfPath(doc, lineCounter, p.path, 'value'),
    path: formatPath(p.path),
    message: p.message,
  }));
}

/**
 * Formats blueprint problems like config errors: `FILE:LINE: server.roles[2].permissions: …`.
 * @param problems - the problems
 * @param target - the config file they are about
 */
export function formatProblems(
  problems: readonly BlueprintProblem[],
  target: Pick<BlueprintTarget, 'configPath' | 'configText'>,
): string[] {
  return problemErrors(problems, target).map(formatConfigError);
}
