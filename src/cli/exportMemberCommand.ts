import { existsSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { pino } from 'pino';
import { createPlatform } from '../app/createPlatform.js';
import { loadModules } from '../app/loadModules.js';
import { openAndMigrate } from '../app/openAndMigrate.js';
import { starterConfig } from '../config/starterConfig.js';
import { systemClock, type Clock } from '../core/Clock.js';
import { Engine, type LoadedModule } from '../core/Engine.js';
import { errorMessage, UserError } from '../core/errors.js';
import { corePrivacyOwners } from '../core/privacy/corePrivacyOwners.js';
import { Metrics } from '../metrics/Metrics.js';
import { PrivacyConfig } from '../modules/privacy/index.js';
import { DEFAULT_SQLITE_PATH, type Store } from '../store/Store.js';
import { cliActor } from './auditCommand.js';
import type { CliIO } from './CliIO.js';

/** Options of `guildhall export-member`. */
export interface ExportMemberOptions {
  /** community.yaml. */
  config: string;
  /** Where to write the JSON; standard output when absent. */
  out?: string;
}

/** Everything member export and erase need from the command line. */
export interface MemberDataTarget {
  store: Store;
  /** Not started: only its `memberData` and `audit` are used. */
  engine: Engine;
  guildId: string;
  /** The parsed `privacy:` section (its defaults when the module is not in the list). */
  privacy: PrivacyConfig;
  close(): Promise<void>;
}

/** Discord ids are snowflakes: 17–20 digits (the sandbox issues the same). */
const USER_ID = /^\d{5,25}$/;

/**
 * Checks a user id argument.
 * @param userId - as typed
 * @throws UserError when it is not a snowflake
 */
export function checkUserId(userId: string): string {
  if (!USER_ID.test(userId)) {
    throw new UserError(`"${userId}" is not a user id: use the member's numeric id (Discord: Copy User ID)`);
  }
  return userId;
}

/**
 * Opens what `export-member` and `forget-member` act on: community.yaml (the starter config
 * on the sandbox when there is none), the database (migrated), the platform (sandbox, or
 * Discord over REST without connecting), and an engine that is never started, whose
 * `memberData` covers the core, the sandbox and every module's `privacy`.
 * @param config - community.yaml path
 * @param env - DISCORD_TOKEN, DATABASE_URL, DATABASE_SCHEMA, GUILDHALL_PRIVACY_KEY, LOG_LEVEL
 * @param clock - the clock (tests)
 */
export async function openMemberData(
  config: string,
  env: Record<string, string | undefined>,
  clock: Clock = systemClock,
): Promise<MemberDataTarget> {
  const sandbox = env.DISCORD_TOKEN === undefined || env.DISCORD_TOKEN === '';
  let configText: string;
  if (existsSync(config)) configText = readFileSync(config, 'utf8');
  else if (sandbox) configText = starterConfig();
  else throw new UserError(`${config}: file not found (run "guildhall init", or pass --config FILE)`);
  const { community, modules } = loadModules({ configText, configPath: config });
  // stdout may be the export: logs go to stderr, warnings only unless LOG_LEVEL says more.
  const log = pino({ level: env.LOG_LEVEL ?? 'warn', base: { app: 'guildhall' } }, pino.destination(2));
  const schema = env.DATABASE_SCHEMA;
  const store = await openAndMigrate(env.DATABASE_URL ?? DEFAULT_SQLITE_PATH, schema === '' ? undefined : schema);
  try {
    const { platform, guildId } = await createPlatform({ store, clock, log, community, env });
    const engine = new Engine({
      store,
      platform,
      clock,
      log,
      metrics: new Metrics(),
      community,
      modules,
      scheduler: { schedule: () => Promise.resolve(false) },
      privacyOwners: corePrivacyOwners(store, { env, now: () => clock.now() }),
    });
    return {
      store,
      engine,
      guildId,
      privacy: privacySection(modules),
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

function privacySection(modules: readonly LoadedModule[]): PrivacyConfig {
  const loaded = modules.find((m) => m.definition.id === 'privacy');
  return loaded === undefined ? PrivacyConfig.parse(undefined) : (loaded.config as PrivacyConfig);
}

/**
 * `guildhall export-member <userId>`: writes everything Guildhall holds about one member as
 * JSON (by owner: `core`, `sandbox`, each module), to standard output or `--out`. Recorded in
 * the audit log as `privacy.export`.
 * @param userId - the member's id
 * @param options - config file, output file
 * @param io - where to print
 * @param env - the environment
 */
export async function exportMemberCommand(
  userId: string,
  options: ExportMemberOptions,
  io: CliIO,
  env: Record<string, string | undefined>,
): Promise<number> {
  let target;
  try {
    checkUserId(userId);
    target = await openMemberData(options.config, env);
  } catch (error) {
    io.err(error instanceof UserError ? error.message : `guildhall export-member: ${errorMessage(error)}`);
    return 1;
  }
  try {
    const data = await target.engine.memberData.exportMember(target.guildId, userId);
    await target.engine.audit.record({
      guildId: target.guildId,
      actor: cliActor(env),
      action: 'privacy.export',
      // An export that found nothing disclosed nothing: it does not name anyone.
      target: Object.keys(data).length > 0 ? userId : null,
      details: { sections: Object.keys(data).join(',') },
    });
    const text = JSON.stringify(
      { userId, guildId: target.guildId, exportedAt: new Date().toISOString(), data },
      null,
      2,
    );
    if (options.out === undefined) {
      io.out(text);
      return 0;
    }
    await mkdir(dirname(options.out), { recursive: true });
    await writeFile(options.out, `${text}\n`, { mode: 0o600 });
    const sections = Object.keys(data);
    io.err(
      sections.length === 0
        ? `Wrote ${options.out}: Guildhall holds nothing about ${userId}.`
        : `Wrote ${options.out}: ${sections.join(', ')}.`,
    );
    return 0;
  } catch (error) {
    io.err(`guildhall export-member: ${errorMessage(error)}`);
    return 1;
  } finally {
    await target.close();
  }
}
