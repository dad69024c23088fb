import type { ConfigModule } from '../config/buildConfigSchema.js';
import { formatConfigError } from '../config/ConfigError.js';
import { isSectionEnabled } from '../config/isSectionEnabled.js';
import { loadConfig } from '../config/loadConfig.js';
import type { CliIO } from './CliIO.js';

/** Options of `guildhall validate`. */
export interface ValidateOptions {
  /** The community.yaml to check. */
  config: string;
}

/**
 * `guildhall validate`: checks a community.yaml. Prints one `FILE:LINE: path: problem` line
 * per error on stderr and returns 1, or a short summary on stdout and returns 0 (deprecated
 * keys, still valid, are printed on stderr as `FILE:LINE: path: deprecated, use … (warning)`).
 * @param options - the file to check
 * @param io - where to print
 * @param modules - the modules whose sections the file may hold
 */
export async function validateCommand(
  options: ValidateOptions,
  io: CliIO,
  modules: readonly ConfigModule[],
): Promise<number> {
  const result = await loadConfig(options.config, modules);
  if (!result.ok) {
    for (const error of result.errors) io.err(formatConfigError(error));
    return 1;
  }
  for (const warning of result.warnings) io.err(`${formatConfigError(warning)} (warning)`);
  const { community } = result.config;
  const enabled = modules.filter((m) => isSectionEnabled(result.sections[m.id])).map((m) => m.id);
  const disabled = modules.filter((m) => !enabled.includes(m.id)).map((m) => m.id);
  io.out(`${options.config} is valid.`);
  io.out(`  community  ${community.name}`);
  io.out(`  guild      ${community.guildId ?? 'sandbox (no guildId set)'}`);
  io.out(`  enabled    ${enabled.length > 0 ? enabled.join(', ') : '(none)'}`);
  if (disabled.length > 0) io.out(`  disabled   ${disabled.join(', ')}`);
  return 0;
}
