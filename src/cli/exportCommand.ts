import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { errorMessage, UserError } from '../core/errors.js';
import { blueprintYaml, exportBlueprint } from '../modules/server/index.js';
import { openBlueprintTarget } from './blueprintTarget.js';
import type { CliIO } from './CliIO.js';

/** Options of `guildhall export`. */
export interface ExportOptions {
  /** community.yaml (for the guild id, or the sandbox's name). */
  config: string;
  /** Where to write; standard output when absent. */
  out?: string;
}

/**
 * `guildhall export`: writes the live server's layout as a `server:` section. Without
 * community.yaml on the sandbox, exports the sandbox guild seeded from the starter config.
 * @param options - config file, output file
 * @param io - where to print
 * @param env - DISCORD_TOKEN, DATABASE_URL … (sandbox without a token)
 */
export async function exportCommand(
  options: ExportOptions,
  io: CliIO,
  env: Record<string, string | undefined>,
): Promise<number> {
  let target;
  try {
    target = await openBlueprintTarget({ config: options.config, starterWhenMissing: true }, env);
  } catch (error) {
    io.err(error instanceof UserError ? error.message : `guildhall export: ${errorMessage(error)}`);
    return 1;
  }
  try {
    const exported = exportBlueprint(await target.platform.fetchGuild(target.guildId));
    const text = blueprintYaml(exported);
    if (options.out === undefined) {
      io.out(text.trimEnd());
      return 0;
    }
    await mkdir(dirname(options.out), { recursive: true });
    await writeFile(options.out, text);
    const count = (key: string): number => {
      const value = exported.server[key];
      return Array.isArray(value) ? value.length : 0;
    };
    io.out(
      `Wrote ${options.out}: ${count('roles')} roles, ${count('categories')} categories, ${exported.skipped.length} thing(s) left out (listed at the top).`,
    );
    return 0;
  } catch (error) {
    io.err(`guildhall export: ${errorMessage(error)}`);
    return 1;
  } finally {
    await target.close();
  }
}
