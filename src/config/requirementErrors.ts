import type { Document, LineCounter } from 'yaml';
import type { ConfigModule, ParsedConfig } from './buildConfigSchema.js';
import type { ConfigError } from './ConfigError.js';
import { isSectionEnabled } from './isSectionEnabled.js';
import { lineOfPath } from './lineOfPath.js';

/**
 * Errors for enabled modules whose required modules are disabled or missing, pointing at the
 * required module's `enabled: false` (or the requiring section when the other is missing).
 * @param config - the parsed file
 * @param modules - the modules with their `requires`
 * @param where - file name, document and line counter, to point at lines
 */
export function requirementErrors(
  config: ParsedConfig,
  modules: readonly ConfigModule[],
  where: { file: string; doc: Document; lineCounter: LineCounter },
): ConfigError[] {
  const errors: ConfigError[] = [];
  const known = new Set(modules.map((m) => m.id));
  for (const module of modules) {
    if (!isSectionEnabled(config[module.id])) continue;
    for (const requirement of module.requires ?? []) {
      const other = requirement.module;
      if (known.has(other) && isSectionEnabled(config[other])) continue;
      const missing = !known.has(other);
      const path = missing ? [module.id] : [other, 'enabled'];
      errors.push({
        file: where.file,
        line: lineOfPath(where.doc, where.lineCounter, path, 'value'),
        path: path.join('.'),
        message: missing
          ? `${module.id} requires the ${other} module, which this Guildhall does not have (${requirement.reason})`
          : `${module.id} requires ${other} (${requirement.reason}): enable ${other} or set ${module.id}.enabled: false`,
      });
    }
  }
  return errors;
}
