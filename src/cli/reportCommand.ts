import { openAndMigrate } from '../app/openAndMigrate.js';
import { loadModules } from '../app/loadModules.js';
import { systemClock, type Clock } from '../core/Clock.js';
import { UserError } from '../core/errors.js';
import {
  AnalyticsConfig,
  buildReport,
  lastCompletePeriod,
  reportHealth,
  reportText,
  type ReportKind,
} from '../modules/analytics/index.js';
import { DEFAULT_SQLITE_PATH } from '../store/Store.js';
import type { CliIO } from './CliIO.js';
import { existsSync } from 'node:fs';
import { starterConfig } from '../config/starterConfig.js';

/** The periods `guildhall report --period` accepts, and the report each gives. */
export const REPORT_PERIODS: Record<string, ReportKind> = { day: 'daily', week: 'weekly', month: 'monthly' };

/** Options of `guildhall report`. */
export interface ReportOptions {
  /** community.yaml (the KPI targets, health targets and guild id). */
  config: string;
  /** `day` (default), `week` or `month`: the last complete one. */
  period?: string;
  /** The guild, when the database holds several and community.yaml names none. */
  guild?: string;
  /** Print the report as one JSON object. */
  json?: boolean;
}

/**
 * `guildhall report`: prints the daily summary, weekly growth report or monthly health report
 * of the last complete day, week or month, computed from the database (DATABASE_URL) as the
 * posted reports are, as text or JSON.
 * @param options - config file, period, guild, format
 * @param io - where to print
 * @param env - DATABASE_URL, DATABASE_SCHEMA
 * @param clock - the clock (tests)
 */
export async function reportCommand(
  options: ReportOptions,
  io: CliIO,
  env: Record<string, string | undefined>,
  clock: Clock = systemClock,
): Promise<number> {
  const kind = REPORT_PERIODS[options.period ?? 'day'];
  if (kind === undefined) throw new UserError(`--period ${options.period ?? ''}: use day, week or month`);
  // Like start and import: on the sandbox (no DISCORD_TOKEN) a missing file means the starter.
  const sandbox = env.DISCORD_TOKEN === undefined || env.DISCORD_TOKEN === '';
  const configText = !existsSync(options.config) && sandbox ? starterConfig() : undefined;
  const { community, modules } = loadModules({
    configPath: options.config,
    ...(configText === undefined ? {} : { configText }),
  });
  // Parsed with defaults by loadModules; the section's schema when the list lacks the module.
  const section = modules.find((m) => m.definition.id === 'analytics')?.config;
  const config = (section ?? AnalyticsConfig.parse(undefined)) as AnalyticsConfig;
  const schema = env.DATABASE_SCHEMA;
  const store = await openAndMigrate(env.DATABASE_URL ?? DEFAULT_SQLITE_PATH, schema === '' ? undefined : schema);
  try {
    let guildId = options.guild ?? community.community.guildId;
    if (guildId === undefined) {
      const guilds = await store.db.selectFrom('member_directory').select('guild_id').distinct().limit(2).execute();
      if (guilds.length !== 1) {
        throw new UserError(
          guilds.length === 0
            ? 'the database holds no community yet (run "guildhall start" or import history first)'
            : 'the database holds several communities: pass --guild <id> or set community.guildId',
        );
      }
      guildId = guilds[0]?.guild_id ?? '';
    }
    const now = clock.now();
    const report = await buildReport(store.db, guildId, lastCompletePeriod(kind, now), {
      config,
      now,
      health: (day) => reportHealth(store.db, guildId, day, config),
    });
    if (options.json === true) io.out(JSON.stringify(report));
    else for (const line of reportText(report)) io.out(line);
    return 0;
  } finally {
    await store.destroy();
  }
}
