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
import {
  buildOnboardingReport,
  FUNNEL_GROUPINGS,
  onboardingReportText,
  type OnboardingConfig,
} from '../modules/onboarding/index.js';
import { DEFAULT_SQLITE_PATH } from '../store/Store.js';
import type { CliIO } from './CliIO.js';
import { existsSync } from 'node:fs';
import { starterConfig } from '../config/starterConfig.js';

/** The periods `guildhall report --period` accepts, and the report each gives. */
export const REPORT_PERIODS: Record<string, ReportKind> = { day: 'daily', week: 'weekly', month: 'monthly' };

/** The reports `guildhall report [name]` prints besides the staff report (the default). */
export const REPORT_NAMES = ['onboarding'] as const;

/** Options of `guildhall report`. */
export interface ReportOptions {
  /** `onboarding`: the onboarding funnel and A/B results; left out: the staff report of `period`. */
  report?: string;
  /** `guildhall report onboarding`: first and last day of joins (`YYYY-MM-DD`) and the split. */
  from?: string;
  to?: string;
  by?: string;
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
 * posted reports are, as text or JSON; `guildhall report onboarding` prints the onboarding funnel of
 * a range's joiners and each A/B experiment's result instead.
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
  if (options.report !== undefined && !(REPORT_NAMES as readonly string[]).includes(options.report)) {
    throw new UserError(`report ${options.report}: use ${REPORT_NAMES.join(', ')} (or no name for the staff report)`);
  }
  const by = FUNNEL_GROUPINGS.find((g) => g === (options.by ?? 'none'));
  if (by === undefined) throw new UserError(`--by ${options.by ?? ''}: use ${FUNNEL_GROUPINGS.join(', ')}`);
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
    if (options.report === 'onboarding') {
      const onboarding = modules.find((m) => m.definition.id === 'onboarding')?.config as OnboardingConfig | undefined;
      const report = await buildOnboardingReport(
        store.db,
        guildId,
        onboarding,
        { from: options.from, to: options.to, by },
        now,
      );
      if (options.json === true) io.out(JSON.stringify(report));
      else for (const line of onboardingReportText(report)) io.out(line);
      return 0;
    }
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
