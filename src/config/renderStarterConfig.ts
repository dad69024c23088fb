import { Document, isSeq, isScalar, stringify, visit } from 'yaml';
import { buildConfigJsonSchema, type JsonSchema } from './buildConfigJsonSchema.js';
import type { ConfigModule } from './buildConfigSchema.js';
import { configFields, type ConfigField } from './configFields.js';
import { STARTER_CATEGORIES, STARTER_ROLES } from './starterServer.js';

/** Options of the starter file. */
export interface StarterOptions {
  /** Value of `community.name` (default "My Community"). */
  communityName?: string;
}

const WIDTH = 90;
const EXAMPLE_ID = '123456789012345678';

const header = `# community.yaml: the whole community, declared in one file.
#
# Every key is shown with its default value. Change what you need; a key you delete takes
# its default again, and a module section you delete runs with all its defaults.
#   Check the file:   guildhall validate
#   Every key:        docs/configuration.md in the Guildhall repository
#   Editor help:      guildhall schema --out community.schema.json, then make this the
#                     first line:  # yaml-language-server: $schema=./community.schema.json
# Secrets never go in this file: the bot token is read from the DISCORD_TOKEN environment
# variable, and any other secret from the environment too.
`;

/**
 * Writes a commented starter community.yaml from the schemas: every section and key, each
 * with its description, type and default as YAML comments. It validates by construction
 * (and a test holds it to that).
 * @param modules - the modules whose sections to include
 * @param options - the community name to put in
 */
export function renderStarterConfig(modules: readonly ConfigModule[], options: StarterOptions = {}): string {
  const root = buildConfigJsonSchema(modules);
  const values: Record<string, unknown> = {
    'community.name': options.communityName ?? 'My Community',
    // Every role and channel the module sections name (checked by `validate`).
    'server.roles': STARTER_ROLES,
    'server.categories': STARTER_CATEGORIES,
    // The starter's roles sign in to the dashboard (the owner always does, as admin).
    'dashboard.roles.admin': ['Admin'],
    'dashboard.roles.moderator': ['Moderator'],
    'dashboard.roles.viewer': ['Member'],
    // KPI alerts and staff reports go to the staff channel, the weekly digest to announcements.
    'analytics.alerts.criticalChannel': 'mod-log',
    'analytics.alerts.warningChannel': 'mod-log',
    'analytics.reports.channel': 'mod-log',
    'analytics.digest.channel': 'announcements',
    // Posts in #help are questions; unanswered ones reach the moderators in #mod-log.
    'support.helpChannels': ['help'],
    'support.tiers': [
      { name: 'community', within: '4h' },
      { name: 'expert', within: '24h', role: 'Moderator', channel: 'mod-log' },
      { name: 'platform', within: '48h', role: 'Admin', channel: 'mod-log' },
    ],
  };
  const blocks = configFields(root)
    .filter((field) => !isDeprecated(field))
    .map((field) => renderField(root, field, 0, values, true).join('\n'));
  return `${header}\n${blocks.join('\n\n')}\n`;
}

function renderField(
  root: JsonSchema,
  field: ConfigField,
  depth: number,
  values: Record<string, unknown>,
  topLevel = false,
): string[] {
  const indent = '  '.repeat(depth);
  // An optional section stays commented out unless the starter gives it values.
  const given = Object.keys(values).some((path) => path.startsWith(`${field.path}.`));
  const lines = describe(field, topLevel, given).flatMap((paragraph) => comment(paragraph, indent));
  const expandable = field.children.length > 0 && !field.childrenAreListEntries;
  if (expandable) {
    const children = field.children.filter((c) => !isDeprecated(c));
    const body = [`${indent}${field.key}:`, ...children.flatMap((c) => renderField(root, c, depth + 1, values))];
    return [...lines, ...(field.required || field.hasDefault || given ? body : body.map(commentOut))];
  }
  if (field.path in values) {
    const value = values[field.path];
    if (Array.isArray(value) && value.some((item) => typeof item === 'object' && item !== null)) {
      return [...lines, `${indent}${field.key}:`, ...blockValue(value, `${indent}  `)];
    }
    return [...lines, `${indent}${field.key}: ${yamlValue(value)}`];
  }
  if (field.hasDefault) return [...lines, `${indent}${field.key}: ${yamlValue(field.default)}`];
  const line = `${indent}${field.key}: ${yamlValue(placeholder(field.schema))}`;
  return [...lines, field.required ? line : commentOut(line)];
}

/** Deprecated keys still parse, but a new file should not teach them. */
function isDeprecated(field: ConfigField): boolean {
  return field.schema.deprecated === true;
}

function describe(field: ConfigField, topLevel: boolean, given: boolean): string[] {
  const about = field.description === undefined ? [] : [sentence(field.description)];
  const expandable = field.children.length > 0 && !field.childrenAreListEntries;
  if (expandable) {
    if (topLevel && field.hasDefault) about.push('Leave the section out to use the defaults shown.');
    else if (given) about.push('Optional: delete the section to go back to its defaults.');
    else if (!field.required && !field.hasDefault)
      about.push(`Optional: uncomment ${field.key} and its keys to use it.`);
    return [about.join(' ')];
  }
  const type = capitalise(field.type);
  let facts: string;
  if (field.schema.const !== undefined) facts = `${type}.`;
  else if (field.required && !field.hasDefault) facts = `${type}. Required.`;
  else if (field.hasDefault) facts = `${type}. Default: ${shownDefault(field.default)}.`;
  else facts = `${type}. Optional, not set by default.`;
  if (field.childrenAreListEntries) facts += ` Each entry has: ${field.children.map((c) => c.key).join(', ')}.`;
  return [about.join(' '), facts];
}

/** A default as prose shows it: short values verbatim, long text by reference. */
function shownDefault(value: unknown): string {
  const text = typeof value === 'string' ? JSON.stringify(value) : yamlValue(value);
  return text.length > 40 ? 'as written below' : text;
}

/** A value that passes the field's schema, for required keys without a default. */
function placeholder(schema: JsonSchema): unknown {
  if (schema.examples !== undefined && schema.examples.length > 0) return schema.examples[0];
  if (schema.const !== undefined) return schema.const;
  if (schema.enum !== undefined) return schema.enum[0];
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  if (type === undefined) return null;
  switch (type) {
    case 'string':
      return schema.pattern === '^\\d{17,20}$' ? EXAMPLE_ID : 'change me';
    case 'integer':
    case 'number':
      return schema.minimum ?? 0;
    case 'boolean':
      return false;
    case 'array':
      return [];
    case 'object':
      return {};
    case 'null':
      return null;
  }
}

/** A value as YAML on one line (flow style for lists and mappings). */
/** A list of mappings in block style (lists of plain values stay on one line), indented. */
function blockValue(value: unknown, indent: string): string[] {
  const doc = new Document(value, { aliasDuplicateObjects: false });
  visit(doc, {
    Seq(_key, node) {
      if (node.items.every((item) => isScalar(item))) node.flow = true;
    },
  });
  if (isSeq(doc.contents)) doc.contents.flow = false;
  return stringify(doc, { lineWidth: 0 })
    .trimEnd()
    .split('\n')
    .map((line) => `${indent}${line}`);
}

function yamlValue(value: unknown): string {
  const text = stringify(value, { collectionStyle: 'flow', lineWidth: 0 }).trimEnd();
  return text.includes('\n') ? JSON.stringify(value) : text;
}

function comment(text: string, indent: string): string[] {
  if (text === '') return [];
  const width = Math.max(40, WIDTH - indent.length - 2);
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/)) {
    if (current !== '' && current.length + 1 + word.length > width) {
      lines.push(current);
      current = word;
    } else {
      current = current === '' ? word : `${current} ${word}`;
    }
  }
  if (current !== '') lines.push(current);
  return lines.map((l) => `${indent}# ${l}`);
}

/** Comments out a key line where it stands; description comments stay as they are. */
function commentOut(line: string): string {
  const indent = /^ */.exec(line)?.[0] ?? '';
  return line.startsWith(`${indent}#`) ? line : `${indent}# ${line.slice(indent.length)}`;
}

function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?)]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
