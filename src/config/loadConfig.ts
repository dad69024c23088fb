import { readFile } from 'node:fs/promises';
import type { ConfigModule } from './buildConfigSchema.js';
import { parseConfig, type ConfigResult } from './parseConfig.js';

/**
 * Reads and validates a community.yaml file. A missing or unreadable file is a ConfigError
 * (without a line) like any other problem; this never throws for bad input.
 * @param path - the file, as the user named it (errors repeat it verbatim)
 * @param modules - the modules whose sections the file may hold
 */
export async function loadConfig(path: string, modules: readonly ConfigModule[]): Promise<ConfigResult> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const message =
      code === 'ENOENT'
        ? 'file not found (run "guildhall init" to create one, or pass --config FILE)'
        : code === 'EISDIR'
          ? 'is a directory, not a file'
          : `cannot read the file (${code ?? String(error)})`;
    return { ok: false, errors: [{ file: path, line: null, path: '', message }] };
  }
  return parseConfig(text, path, modules);
}
