import { writeFile } from 'node:fs/promises';
import { isAbsolute } from 'node:path';
import { buildConfigJsonSchema } from '../config/buildConfigJsonSchema.js';
import type { ConfigModule } from '../config/buildConfigSchema.js';
import type { CliIO } from './CliIO.js';

/** Options of `guildhall schema`. */
export interface SchemaOptions {
  /** Write the schema to this file instead of standard output. */
  out?: string;
}

/**
 * `guildhall schema`: prints (or writes) the JSON Schema of community.yaml for editor completion.
 * @param options - where to write it
 * @param io - where to print
 * @param modules - the modules whose sections the file may hold
 */
export async function schemaCommand(
  options: SchemaOptions,
  io: CliIO,
  modules: readonly ConfigModule[],
): Promise<number> {
  const json = JSON.stringify(buildConfigJsonSchema(modules), null, 2);
  if (options.out === undefined) {
    io.out(json);
    return 0;
  }
  try {
    await writeFile(options.out, `${json}\n`);
  } catch (error) {
    io.err(`${options.out}: cannot write the file (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
    return 1;
  }
  io.out(`Wrote ${options.out}. Put this on the first line of community.yaml for editor completion:`);
  // The language server resolves a relative path from the YAML file; assume it sits beside the schema.
  const reference = isAbsolute(options.out) ? options.out : `./${options.out.replace(/^\.\//, '')}`;
  io.out(`# yaml-language-server: $schema=${reference}`);
  return 0;
}
