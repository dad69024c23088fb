import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UserError } from '../core/errors.js';
import type { ConfigModule } from './buildConfigSchema.js';
import { renderStarterConfig } from './renderStarterConfig.js';

/** The template generated from the schemas; every other template is a file in the templates folder. */
export const STARTER_TEMPLATE = 'starter';

/** Where templates are looked up, and what the starter covers. */
export interface TemplateSource {
  /** Folder holding `NAME/community.yaml` files (default: the package's `templates/`). */
  templatesDir: string;
  modules: readonly ConfigModule[];
}

/**
 * The names of the available templates: `starter` first, then each `templates/NAME/` that
 * holds a community.yaml, alphabetically.
 * @param templatesDir - the templates folder (a missing folder just means no extra templates)
 */
export async function listTemplates(templatesDir: string): Promise<string[]> {
  let entries: string[];
  try {
    entries = await readdir(templatesDir);
  } catch {
    entries = [];
  }
  const named = entries.filter(
    (name) => name !== STARTER_TEMPLATE && existsSync(join(templatesDir, name, 'community.yaml')),
  );
  return [STARTER_TEMPLATE, ...named.sort()];
}

/**
 * The text of a template's community.yaml.
 * @param name - the template's name (`starter`, or a folder under the templates folder)
 * @param source - the templates folder and the modules the starter covers
 * @throws UserError naming the available templates when there is no such template
 */
export async function readTemplate(name: string, source: TemplateSource): Promise<string> {
  if (name === STARTER_TEMPLATE) return renderStarterConfig(source.modules);
  const available = await listTemplates(source.templatesDir);
  if (!available.includes(name) || !/^[\w-]+$/.test(name)) {
    throw new UserError(`unknown template "${name}"; available templates: ${available.join(', ')}`);
  }
  return readFile(join(source.templatesDir, name, 'community.yaml'), 'utf8');
}

/**
 * The package's `templates/` folder, found by walking up from this file to package.json
 * (the same from `src/` under tsx and from `dist/src/` once built).
 */
export function defaultTemplatesDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return join(dir, 'templates');
}
