import type { JsonSchema } from './buildConfigJsonSchema.js';

/** One key of community.yaml, described from the JSON Schema (for docs and the starter file). */
export interface ConfigField {
  /** The key within its parent mapping. */
  key: string;
  /** Dotted path from the root; keys of list entries read `list[].key`. */
  path: string;
  /** The key's schema, with `$ref`s resolved. */
  schema: JsonSchema;
  required: boolean;
  description: string | undefined;
  hasDefault: boolean;
  default: unknown;
  /** Human summary of the type: `whole number, 0–1000`, `list of text`. */
  type: string;
  /** Keys of a mapping value (or of each list entry, for a list of mappings). */
  children: ConfigField[];
  /** True when `children` describe the entries of a list rather than a mapping. */
  childrenAreListEntries: boolean;
}

/**
 * Lists the keys of a mapping schema as a tree, in declaration order.
 * @param root - the whole JSON Schema (for `$ref` resolution)
 * @param schema - the mapping whose keys to list (defaults to the root)
 * @param parentPath - path prefix of the keys
 */
export function configFields(root: JsonSchema, schema: JsonSchema = root, parentPath = ''): ConfigField[] {
  const object = objectBranch(root, schema);
  if (object?.properties === undefined) return [];
  const required = new Set(object.required ?? []);
  return Object.entries(object.properties).map(([key, raw]) => {
    const field = resolve(root, toSchema(raw));
    const path = parentPath === '' ? key : `${parentPath}.${key}`;
    const items = arrayItems(root, field);
    const entryFields = items === undefined ? [] : configFields(root, items, `${path}[]`);
    const ownFields = configFields(root, field, path);
    return {
      key,
      path,
      schema: field,
      required: required.has(key),
      description: field.description,
      hasDefault: 'default' in field,
      default: field.default,
      type: describeJsonType(root, field),
      children: ownFields.length > 0 ? ownFields : entryFields,
      childrenAreListEntries: ownFields.length === 0 && entryFields.length > 0,
    };
  });
}

/**
 * The keys allowed in the mapping at `path`, for "did you mean" suggestions.
 * @param root - the whole JSON Schema
 * @param path - keys and list indexes from the root
 */
export function knownKeysAt(root: JsonSchema, path: readonly PropertyKey[]): string[] {
  let candidates: JsonSchema[] = [root];
  for (const segment of path) {
    const next: JsonSchema[] = [];
    for (const candidate of candidates.flatMap((c) => branches(root, c))) {
      if (typeof segment === 'number') {
        const items = candidate.items;
        if (items !== undefined && !Array.isArray(items)) next.push(toSchema(items));
      } else {
        const property = candidate.properties?.[String(segment)];
        if (property !== undefined) next.push(toSchema(property));
        else if (typeof candidate.additionalProperties === 'object') next.push(candidate.additionalProperties);
      }
    }
    candidates = next;
  }
  const keys = candidates.flatMap((c) => branches(root, c)).flatMap((c) => Object.keys(c.properties ?? {}));
  return [...new Set(keys)];
}

/**
 * Summarises a schema's type in words: `text (1–100 characters)`, `whole number, 0–1000`.
 * @param root - the whole JSON Schema (for `$ref` resolution)
 * @param schema - the schema to describe
 */
export function describeJsonType(root: JsonSchema, schema: JsonSchema): string {
  const s = resolve(root, schema);
  if (s.const !== undefined) return `always ${JSON.stringify(s.const)}`;
  if (s.enum !== undefined) return `one of ${s.enum.map((v) => JSON.stringify(v)).join(', ')}`;
  const options = s.anyOf ?? s.oneOf;
  if (options !== undefined) return options.map((o) => describeJsonType(root, o)).join(' or ');
  const types = Array.isArray(s.type) ? s.type : s.type === undefined ? [] : [s.type];
  if (types.length > 1) return types.map((type) => describeJsonType(root, { ...s, type })).join(' or ');
  switch (types[0]) {
    case 'string':
      return describeString(s);
    case 'integer':
      return `whole number${range(s.minimum, s.maximum)}`;
    case 'number':
      return `number${range(s.minimum, s.maximum)}`;
    case 'boolean':
      return 'true or false';
    case 'null':
      return 'null';
    case 'array': {
      const items = arrayItems(root, s);
      const entries = items === undefined ? 'anything' : describeJsonType(root, items);
      return `list of ${entries.startsWith('mapping') ? 'mappings' : entries}${countRange(s.minItems, s.maxItems)}`;
    }
    case 'object':
      if (typeof s.additionalProperties === 'object') {
        return `mapping of name → ${describeJsonType(root, s.additionalProperties)}`;
      }
      return 'mapping';
    default:
      return 'anything';
  }
}

function describeString(s: JsonSchema): string {
  if (s.pattern === '^\\d{17,20}$') return 'Discord id (17–20 digits, in quotes)';
  const format = s.format === undefined ? '' : ` (${s.format})`;
  const pattern = s.pattern === undefined ? '' : ` matching /${s.pattern}/`;
  const { minLength: min, maxLength: max } = s;
  let length = '';
  if (min !== undefined && max !== undefined) length = ` (${min}–${max} characters)`;
  else if (max !== undefined) length = ` (at most ${max} characters)`;
  else if (min !== undefined && min > 1) length = ` (at least ${min} characters)`;
  else if (min === 1) length = ' (not empty)';
  return `text${format}${pattern}${length}`;
}

function range(min: number | undefined, max: number | undefined): string {
  if (min !== undefined && max !== undefined) return `, ${min}–${max}`;
  if (min !== undefined) return `, at least ${min}`;
  if (max !== undefined) return `, at most ${max}`;
  return '';
}

function countRange(min: number | undefined, max: number | undefined): string {
  if (min !== undefined && min > 0 && max !== undefined) return ` (${min}–${max} entries)`;
  if (min !== undefined && min > 0) return ` (at least ${min})`;
  if (max !== undefined) return ` (at most ${max})`;
  return '';
}

function toSchema(raw: boolean | JsonSchema): JsonSchema {
  return typeof raw === 'boolean' ? {} : raw;
}

function resolve(root: JsonSchema, schema: JsonSchema): JsonSchema {
  const ref = schema.$ref;
  if (ref === undefined) return schema;
  if (ref === '#') return root;
  const name = ref.startsWith('#/$defs/') ? ref.slice('#/$defs/'.length) : undefined;
  const target = name === undefined ? undefined : root.$defs?.[name];
  const { $ref: _ref, ...rest } = schema;
  return target === undefined ? rest : { ...resolve(root, target), ...rest };
}

/** The alternatives a schema allows (itself, or each member of anyOf/oneOf/allOf). */
function branches(root: JsonSchema, schema: JsonSchema): JsonSchema[] {
  const s = resolve(root, schema);
  const options = s.anyOf ?? s.oneOf ?? s.allOf;
  return options === undefined ? [s] : options.flatMap((o) => branches(root, o));
}

function objectBranch(root: JsonSchema, schema: JsonSchema): JsonSchema | undefined {
  return branches(root, schema).find((b) => b.properties !== undefined);
}

function arrayItems(root: JsonSchema, schema: JsonSchema): JsonSchema | undefined {
  const array = branches(root, schema).find((b) => b.type === 'array');
  const items = array?.items;
  return items === undefined || Array.isArray(items) ? undefined : resolve(root, toSchema(items));
}
