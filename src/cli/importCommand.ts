import { existsSync, readFileSync } from 'node:fs';
import { pino } from 'pino';
import { createPlatform } from '../app/createPlatform.js';
import { ImportRefused, type GuildChoice } from '../app/import/planDceImport.js';
import { formatSummary } from '../app/import/ImportSummary.js';
import { runDceImport } from '../app/import/runDceImport.js';
import { loadModules } from '../app/loadModules.js';
import { openAndMigrate } from '../app/openAndMigrate.js';
import { starterConfig } from '../config/starterConfig.js';
import { systemClock } from '../core/Clock.js';
import { Engine } from '../core/Engine.js';
import { errorMessage, UserError } from '../core/errors.js';
import { corePrivacyOwners } from '../core/privacy/corePrivacyOwners.js';
import { Metrics } from '../metrics/Metrics.js';
import { DEFAULT_SQLITE_PATH } from '../store/Store.js';
import type { CliIO } from './CliIO.js';

/** Options of `guildhall import dce`. */
export interface ImportDceOptions {
  /** community.yaml. */
  config: string;
  /** Import into this guild whatever the archive's guild is. */
  guildId?: string;
  /** Also award recognition points for the history. */
  awardPoints?: boolean;
}

/**
 * `guildhall import dce <files or folders…>`: imports DiscordChatExporter JSON or CSV exports
 * in replay mode (analytics always, recognition with `--award-points`, never an action on
 * Discord), with progress on standard error and a summary on standard output. Resumable: a
 * rerun skips finished files and continues a partial one. See docs/import.md.
 * @param paths - files or folders
 * @param options - config, --guild-id, --award-points
 * @param io - where to print
 * @param env - DATABASE_URL, DATABASE_SCHEMA, DISCORD_TOKEN, LOG_LEVEL, GUILDHALL_PRIVACY_KEY
 */
export async function importDceCommand(
  paths: readonly string[],
  options: ImportDceOptions,
  io: CliIO,
  env: Record<string, string | undefined>,
): Promise<number> {
  if (options.guildId !== undefined && !/^\d{5,25}$/.test(options.guildId)) {
    io.err(`--guild-id "${options.guildId}" is not a guild id (Discord: Copy Server ID)`);
    return 1;
  }
  const sandbox = env.DISCORD_TOKEN === undefined || env.DISCORD_TOKEN === '';
  let configText: string;
  if (existsSync(options.config)) configText = readFileSync(options.config, 'utf8');
  else if (sandbox) configText = starterConfig();
  else {
    io.err(`${options.config}: file not found (run "guildhall init", or pass --config FILE)`);
    return 1;
  }
  let loaded;
  try {
    loaded = loadModules({ configText, configPath: options.config });
  } catch (error) {
    io.err(errorMessage(error));
    return 1;
  }
  const { community, modules } = loaded;
  const log = pino({ level: env.LOG_LEVEL ?? 'warn', base: { app: 'guildhall' } }, pino.destination(2));
  const clock = systemClock;
  const schema = env.DATABASE_SCHEMA;
  const store = await openAndMigrate(env.DATABASE_URL ?? DEFAULT_SQLITE_PATH, schema === '' ? undefined : schema);
  try {
    const { platform, guildId: platformGuild } = await createPlatform({ store, clock, log, community, env });
    const configured = community.community.guildId;
    const guild: GuildChoice =
      options.guildId !== undefined
        ? { guildId: options.guildId, how: 'forced' }
        : configured !== undefined
          ? { guildId: configured, how: 'configured' }
          : { guildId: platformGuild, how: 'standIn' };
    const engine = new Engine({
      store,
      platform,
      clock,
      log,
      metrics: new Metrics(),
      community,
      modules,
      // Replay drops the jobs handlers ask for; nothing else runs here.
      scheduler: { schedule: () => Promise.resolve(false) },
      privacyOwners: corePrivacyOwners(store, { env, now: () => clock.now() }),
    });
    if (modules.some((m) => m.definition.id === 'analytics' && isDisabled(m.config))) {
      io.err('analytics is disabled in community.yaml: the history is recorded, but no metrics are computed from it.');
    }
    try {
      const summary = await runDceImport({
        paths,
        engine,
        store,
        clock,
        guild,
        awardPoints: options.awardPoints === true,
        err: (line) => io.err(line),
      });
      for (const line of formatSummary(summary)) io.out(line);
      return 0;
    } finally {
      await platform.stop();
    }
  } catch (error) {
    io.err(
      error instanceof ImportRefused
        ? error.message
        : error instanceof UserError
          ? `${error.message} (what was imported before stays; fix it and run the same command again to continue)`
          : `guildhall import: ${errorMessage(error)} (run the same command again to continue)`,
    );
    return 1;
  } finally {
    await store.destroy();
  }
}

function isDisabled(config: unknown): boolean {
  return typeof config === 'object' && config !== null && 'enabled' in config && config.enabled === false;
}
