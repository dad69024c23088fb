import type { ConfigModule } from '../config/buildConfigSchema.js';
import { formatConfigError, type ConfigError } from '../config/ConfigError.js';
import { isSectionEnabled } from '../config/isSectionEnabled.js';
import { loadConfig } from '../config/loadConfig.js';
import { capLines, MAX_PROBLEMS_SHOWN } from './capLines.js';
import type { CliIO } from './CliIO.js';

/** Options of `guildhall validate`. */
export interface ValidateOptions {
  /** The community.yaml to check. */
  config: string;
  /** Print one JSON object (every problem) instead of lines. */
  json?: boolean;
  /** Most problems printed as lines before "… and N more" (default {@link MAX_PROBLEMS_SHOWN}). */
  maxProblems?: number;
}

/** What `validate --json` prints: one object, problems with file, line (or null) and path. */
export interface ValidateReport {
  file: string;
  valid: boolean;
  errors: ConfigError[];
  /** Deprecated keys (still valid). */
  warnings: ConfigError[];
  /** For a valid file: what it sets up. */
  summary?: { community: string; guildId: string | null; enabled: string[]; disabled: string[] };
}

/**
 * `guildhall validate`: checks a community.yaml as `start` would. Prints one
 * `FILE:LINE: path: problem` line per error on stderr (the first {@link MAX_PROBLEMS_SHOWN},
 * then how many more) and returns 1, or a short summary on stdout and returns 0 (deprecated
 * keys, still valid, are printed on stderr as `FILE:LINE: path: deprecated, use … (warning)`).
 * With `json`, prints a {@link ValidateReport} on stdout instead, every problem included.
 * With DISCORD_TOKEN set, a missing `community.guildId` is an error, as it is for `start`.
 * @param options - the file to check, output form
 * @param io - where to print
 * @param modules - the modules whose sections the file may hold (their config schemas)
 * @param env - the environment (DISCORD_TOKEN)
 */
export async function validateCommand(
  options: ValidateOptions,
  io: CliIO,
  modules: readonly ConfigModule[],
  env: Readonly<Record<string, string | undefined>> = {},
): Promise<number> {
  const report = await validate(options.config, modules, env);
  if (options.json === true) {
    io.out(JSON.stringify(report));
    return report.valid ? 0 : 1;
  }
  if (!report.valid) {
    for (const line of capLines(report.errors.map(formatConfigError), options.maxProblems ?? MAX_PROBLEMS_SHOWN)) {
      io.err(line);
    }
    return 1;
  }
  for (const warning of report.warnings) io.err(`${formatConfigError(warning)} (warning)`);
  const summary = report.summary;
  if (summary === undefined) return 0;
  io.out(`${options.config} is valid.`);
  io.out(`  community  ${summary.community}`);
  io.out(`  guild      ${summary.guildId ?? 'sandbox (no guildId set)'}`);
  io.out(`  enabled    ${summary.enabled.length > 0 ? summary.enabled.join(', ') : '(none)'}`);
  if (summary.disabled.length > 0) io.out(`  disabled   ${summary.disabled.join(', ')}`);
  return 0;
}

async function validate(
  file: string,
  modules: readonly ConfigModule[],
  env: Readonly<Record<string, string | undefined>>,
): Promise<ValidateReport> {
  const result = await loadConfig(file, modules);
  if (!result.ok) return { file, valid: false, errors: result.errors, warnings: [] };
  const { community } = result.config;
  const token = env.DISCORD_TOKEN;
  if (token !== undefined && token !== '' && community.guildId === undefined) {
    // What start says (src/app/createPlatform.ts); the key may be absent, so no line.
    const message = 'required when DISCORD_TOKEN is set (the server the bot manages)';
    return { file, valid: false, errors: [{ file, line: null, path: 'community.guildId', message }], warnings: [] };
  }
  const enabled = modules.filter((m) => isSectionEnabled(result.sections[m.id])).map((m) => m.id);
  const disabled = modules.filter((m) => !enabled.includes(m.id)).map((m) => m.id);
  return {
    file,
    valid: true,
    errors: [],
    warnings: result.warnings,
    summary: { community: community.name, guildId: community.guildId ?? null, enabled, disabled },
  };
}
