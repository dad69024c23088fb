import type { Document, LineCounter } from 'yaml';
import type { ConfigModule, ParsedConfig } from './buildConfigSchema.js';
import { formatPath, type ConfigError } from './ConfigError.js';
import { collectReferences, type ConfigReference } from './checkReferencesWalk.js';
import { closestMatch } from './closestMatch.js';
import { isSectionEnabled } from './isSectionEnabled.js';
import { lineOfPath } from './lineOfPath.js';

/** The names a server (declared or live) has, to check references against. */
export interface ServerNames {
  /** Role names; null when unknown (nothing to check against). */
  roles: readonly string[] | null;
  /** Channel and category names as the server stores them; null when unknown. */
  channels: readonly string[] | null;
}

const TEXT_LIKE = new Set(['text', 'announcement', 'forum']);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function list(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value) ? value.filter(isRecord) : [];
}

/** A channel name as Discord stores it: text-like channels lower-cased, spaces as dashes. */
function storedName(entry: Record<string, unknown>): string | null {
  if (typeof entry.name !== 'string') return null;
  const name = entry.name.trim();
  return typeof entry.type === 'string' && TEXT_LIKE.has(entry.type) ? name.toLowerCase().replace(/\s+/g, '-') : name;
}

/**
 * The roles and channels a file's `server:` section declares, or null when it has no such
 * section (or it is switched off). A kind the section declares nothing of is unknown.
 * @param data - the file as plain data
 */
export function declaredServerNames(data: unknown): ServerNames | null {
  const server = isRecord(data) ? data.server : undefined;
  if (!isRecord(server) || server.enabled === false) return null;
  const roles = list(server.roles)
    .map((role) => role.name)
    .filter((name): name is string => typeof name === 'string');
  const categories = list(server.categories);
  const channels = [
    ...categories.map((category) => storedName(category)),
    ...categories.flatMap((category) => list(category.channels).map(storedName)),
    ...list(server.channels).map(storedName),
  ].filter((name): name is string => name !== null);
  return {
    roles: roles.filter((name) => name !== '@everyone').length > 0 ? [...roles, '@everyone'] : null,
    channels: channels.length > 0 ? channels : null,
  };
}

/**
 * What is wrong with one reference against a server's names, or null when it is there.
 * `#` before a channel name is allowed; a channel reference may name a category.
 * @param reference - the reference
 * @param names - the server's names
 * @param where - `in server` (the file's section) or `on the server` (the live one)
 */
export function referenceProblem(reference: ConfigReference, names: ServerNames, where: string): string | null {
  const candidates = reference.kind === 'role' ? names.roles : names.channels;
  if (candidates === null) return null;
  const name = reference.kind === 'channel' ? reference.name.replace(/^#/, '') : reference.name;
  if (candidates.includes(name)) return null;
  const suggestion = closestMatch(name, candidates) ?? sameFirstWord(name, candidates);
  const hint = suggestion === undefined ? '' : ` (did you mean "${suggestion}"?)`;
  const setting = formatPath(reference.path.filter((segment) => typeof segment === 'string'));
  const fallback = reference.isDefault
    ? `; the file leaves ${setting} at its default: set it, or add the ${reference.kind}`
    : '';
  return `no ${reference.kind} "${name}" ${where}${hint}${fallback}`;
}

/** The one candidate starting with the name's first word (`mod-log` → `moderation`), if any. */
function sameFirstWord(name: string, candidates: readonly string[]): string | undefined {
  const word = name.toLowerCase().split(/[\s_-]+/)[0] ?? '';
  if (word.length < 3) return undefined;
  const found = candidates.filter((c) => c.toLowerCase().startsWith(word) && c !== '@everyone');
  return found.length === 1 ? found[0] : undefined;
}

/**
 * Warnings for every channel and role a module section names (written, or by default) that
 * the file's `server:` section does not declare, as `FILE:LINE: path: no channel "x" in
 * server (did you mean "y"?)`. Nothing when the file has no `server:` section: then only the
 * live server can tell (see `guildhall start`). Warnings, not errors: a role or channel may
 * exist on the server without being declared (the blueprint keeps what it does not list).
 * @param data - the file as plain data
 * @param config - the parsed file (to know which sections are switched on)
 * @param modules - the modules whose sections the file may hold
 * @param where - file name, document and line counter, to point at lines
 */
export function referenceWarnings(
  data: unknown,
  config: ParsedConfig,
  modules: readonly ConfigModule[],
  where: { file: string; doc: Document; lineCounter: LineCounter },
): ConfigError[] {
  const names = declaredServerNames(data);
  if (names === null) return [];
  const references = collectReferences(data, modules, (id) => isSectionEnabled(config[id]));
  const warnings: ConfigError[] = [];
  for (const reference of references) {
    const problem = referenceProblem(reference, names, 'in server');
    if (problem === null) continue;
    warnings.push({
      file: where.file,
      line: lineOfPath(where.doc, where.lineCounter, reference.path, 'value'),
      path: formatPath(reference.path),
      message: problem,
    });
  }
  return warnings;
}
