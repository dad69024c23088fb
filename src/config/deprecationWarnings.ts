import type { Document, LineCounter } from 'yaml';
import type { ConfigModule } from './buildConfigSchema.js';
import type { ConfigError } from './ConfigError.js';
import { lineOfPath } from './lineOfPath.js';

/**
 * The deprecated keys a valid file uses, as `FILE:LINE: path: deprecated, use …` warnings,
 * from each module's `configDeprecations`.
 * @param data - the file as read from YAML, before parsing
 * @param modules - the modules
 * @param where - file name, document and line counter, to point at lines
 */
export function deprecationWarnings(
  data: unknown,
  modules: readonly ConfigModule[],
  where: { file: string; doc: Document; lineCounter: LineCounter },
): ConfigError[] {
  const root = typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
  const warnings: ConfigError[] = [];
  for (const module of modules) {
    for (const found of module.configDeprecations?.(root[module.id]) ?? []) {
      warnings.push({
        file: where.file,
        line: lineOfPath(where.doc, where.lineCounter, found.keys, 'key'),
        path: found.path,
        message: found.message,
      });
    }
  }
  return warnings.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}
