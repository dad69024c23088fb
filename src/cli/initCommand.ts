import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { parseDocument } from 'yaml';
import type { ConfigModule } from '../config/buildConfigSchema.js';
import { formatConfigError } from '../config/ConfigError.js';
import { defaultTemplatesDir, readTemplate, STARTER_TEMPLATE } from '../config/configTemplates.js';
import { parseConfig } from '../config/parseConfig.js';
import { UserError } from '../core/errors.js';
import { moduleList } from '../modules/moduleList.js';
import type { CliIO } from './CliIO.js';

/** Options of `guildhall init`. */
export interface InitOptions {
  /** Where to write the file. */
  out: string;
  /** Overwrite an existing file. */
  force?: boolean;
  /** Template name (default `starter`). */
  template?: string;
  /** Community name to put in `community.name`. */
  name?: string;
  /** Folder of `NAME/community.yaml` templates (default: the package's `templates/`). */
  templatesDir?: string;
}

/**
 * `guildhall init`: writes a commented community.yaml from a template. Refuses to overwrite
 * an existing file without `force` (returns 1, file untouched); never writes a file that
 * would not validate.
 * @param options - output file, template, force, community name
 * @param io - where to print
 * @param modules - the modules the file is checked against (default: all of Guildhall's)
 */
export async function initCommand(
  options: InitOptions,
  io: CliIO,
  modules: readonly ConfigModule[] = moduleList,
): Promise<number> {
  const template = options.template ?? STARTER_TEMPLATE;
  let text: string;
  try {
    text = await readTemplate(template, { templatesDir: options.templatesDir ?? defaultTemplatesDir(), modules });
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    io.err(error.message);
    return 1;
  }
  if (options.name !== undefined) text = withCommunityName(text, options.name);
  const check = parseConfig(text, `template "${template}"`, modules);
  if (!check.ok) {
    // A shipped template that does not validate is our bug; say so rather than write it.
    io.err(`template "${template}" does not validate with this version of Guildhall:`);
    for (const error of check.errors) io.err(formatConfigError(error));
    return 1;
  }
  try {
    await mkdir(dirname(options.out), { recursive: true });
    await writeFile(options.out, text, { flag: options.force === true ? 'w' : 'wx' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    io.err(
      code === 'EEXIST'
        ? `${options.out} already exists; nothing changed (use --force to overwrite it)`
        : `${options.out}: cannot write the file (${code ?? String(error)})`,
    );
    return 1;
  }
  io.out(`Wrote ${options.out} (template "${template}").`);
  io.out(
    `Next: edit it, then run "guildhall validate${options.out === 'community.yaml' ? '' : ` --config ${options.out}`}".`,
  );
  return 0;
}

/** Sets community.name in a template, keeping its comments. */
function withCommunityName(text: string, name: string): string {
  const doc = parseDocument(text);
  if (doc.errors.length > 0) return text;
  doc.setIn(['community', 'name'], name);
  return doc.toString({ lineWidth: 0 });
}
