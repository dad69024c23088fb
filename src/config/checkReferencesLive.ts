import { LineCounter, parseDocument } from 'yaml';
import type { ConfigModule } from './buildConfigSchema.js';
import { formatPath, type ConfigError } from './ConfigError.js';
import { referenceProblem, type ServerNames } from './checkReferences.js';
import { collectReferences } from './checkReferencesWalk.js';
import { isSectionEnabled } from './isSectionEnabled.js';
import { lineOfPath } from './lineOfPath.js';

/** What the live check needs of a server: its roles and channels, by name and id. */
export interface LiveServerNames {
  roles: readonly { id: string; name: string }[];
  channels: readonly { id: string; name: string; kind: string }[];
}

/**
 * Warnings for every channel and role a module section of the file names (written, or by
 * default) that the live server does not have, by name or id, as `FILE:LINE: path: no
 * channel "x" on the server (did you mean "y"?)`. What `guildhall start` logs, so that a
 * module does not quietly post nowhere. Disabled sections are left out; threads are not
 * channels a setting may name.
 * @param text - the file's contents (already validated)
 * @param fileName - the name to put in warnings
 * @param modules - the modules whose sections the file may hold
 * @param server - the live server's roles and channels
 */
export function liveReferenceWarnings(
  text: string,
  fileName: string,
  modules: readonly ConfigModule[],
  server: LiveServerNames,
): ConfigError[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  const data: unknown = doc.toJS({ maxAliasCount: 1000 });
  const sections = typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
  const channels = server.channels.filter((c) => c.kind !== 'thread');
  const names: ServerNames = {
    roles: [...server.roles.map((r) => r.name), ...server.roles.map((r) => r.id)],
    channels: [...channels.map((c) => c.name), ...channels.map((c) => c.id)],
  };
  const references = collectReferences(data, modules, (id) => isSectionEnabled(sections[id]));
  const warnings: ConfigError[] = [];
  for (const reference of references) {
    const problem = referenceProblem(reference, names, 'on the server');
    if (problem === null) continue;
    warnings.push({
      file: fileName,
      line: lineOfPath(doc, lineCounter, reference.path, 'value'),
      path: formatPath(reference.path),
      message: problem,
    });
  }
  return warnings.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}
