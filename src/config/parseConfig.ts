import { LineCounter, parseDocument } from 'yaml';
import { buildConfigJsonSchema } from './buildConfigJsonSchema.js';
import { buildConfigSchema, type ConfigModule, type ParsedConfig } from './buildConfigSchema.js';
import type { ConfigError } from './ConfigError.js';
import { knownKeysAt } from './configFields.js';
import { issueErrors } from './issueErrors.js';
import { issueMessage } from './issueMessage.js';
import { deprecationWarnings } from './deprecationWarnings.js';
import { referenceWarnings } from './checkReferences.js';
import { requirementErrors } from './requirementErrors.js';
import { findSecrets } from './secretKeys.js';
import { yamlSyntaxErrors } from './yamlSyntaxErrors.js';

/** A community.yaml that passed validation. */
export interface ConfigOk {
  ok: true;
  /** The whole file, defaults filled in: `config.community.name`, `config[moduleId]`. */
  config: ParsedConfig;
  /** Each module's parsed section by module id (what its handlers get as `ctx.config`). */
  sections: Readonly<Record<string, unknown>>;
  /** Deprecated keys the file uses (still valid) and names the `server:` section lacks, in file order. */
  warnings: ConfigError[];
}

/** A community.yaml with problems: every one found, in file order. */
export interface ConfigFailed {
  ok: false;
  errors: ConfigError[];
}

/** The outcome of reading a community.yaml. */
export type ConfigResult = ConfigOk | ConfigFailed;

/**
 * Parses and validates the text of a community.yaml against the core and module schemas.
 * Never throws for bad input: YAML syntax errors, secrets written in the file, wrong types,
 * unknown and missing keys all come back as ConfigErrors with file, line and path.
 * @param text - the file's contents
 * @param fileName - the name to put in errors (as the user typed it)
 * @param modules - the modules whose sections the file may hold
 */
export function parseConfig(text: string, fileName: string, modules: readonly ConfigModule[]): ConfigResult {
  const lineCounter = new LineCounter();
  // Repeated keys are found by yamlSyntaxErrors in one pass: the library's check is quadratic.
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: false });
  const syntax = yamlSyntaxErrors(doc, lineCounter, text, fileName);
  if (syntax.length > 0) return { ok: false, errors: syntax };
  if (doc.contents === null) {
    const message =
      'the file is empty: it needs at least a "community:" section with a "name" (run "guildhall init" to start from a template)';
    return { ok: false, errors: [{ file: fileName, line: 1, path: '', message }] };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 1000 });
  } catch (error) {
    const message = `YAML error: ${error instanceof Error ? error.message : String(error)}`;
    return { ok: false, errors: [{ file: fileName, line: 1, path: '', message }] };
  }
  const secrets = findSecrets(doc, lineCounter, fileName);
  const schema = buildConfigSchema(modules);
  const result = schema.safeParse(data, { reportInput: true, error: issueMessage });
  const unmet = result.success ? requirementErrors(result.data, modules, { file: fileName, doc, lineCounter }) : [];
  if (result.success && secrets.length === 0 && unmet.length === 0) {
    const config = result.data;
    const sections = Object.fromEntries(modules.map((m) => [m.id, config[m.id]]));
    const where = { file: fileName, doc, lineCounter };
    const warnings = [...deprecationWarnings(data, modules, where), ...referenceWarnings(data, config, modules, where)];
    warnings.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
    return { ok: true, config, sections, warnings };
  }
  let jsonSchema: ReturnType<typeof buildConfigJsonSchema> | undefined;
  const schemaErrors = result.success
    ? []
    : issueErrors(result.error.issues, {
        file: fileName,
        doc,
        lineCounter,
        knownKeysAt: (path) => knownKeysAt((jsonSchema ??= buildConfigJsonSchema(modules)), path),
      });
  // A secret under a key the schema does not know would be reported twice; the secret error says more.
  const secretPaths = new Set(secrets.map((e) => e.path));
  const errors = [...secrets, ...schemaErrors.filter((e) => !secretPaths.has(e.path)), ...unmet];
  return { ok: false, errors: errors.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)) };
}
