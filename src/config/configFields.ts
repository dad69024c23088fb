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
  return fieldsOf(root, schema, parentPath, new Set());
}

/** `expanding` holds the `$ref`s being listed above this level: a recursive schema stops there. */
function fieldsOf(
  root: JsonSchema,
  schema: JsonSchema,
  parentPath: string,
  expanding: ReadonlySet<string>,
): ConfigField[] {
  // A union of mappings (say, rule kinds) lists the keys of every kind once.
  const objects = branches(root, schema).filter((b) => b.properties !== undefined);
  const keys = [...new Set(objects.flatMap((o) => Object.keys(o.properties ?? {})))];
  return keys.map((key) => {
    const holders = objects.filter((o) => o.properties?.[key] !== undefined);
    const raws = holders.map((o) => toSchema(o.properties?.[key] ?? {}));
    const variants = raws.map((raw) => resolve(root, raw));
    const refs = raws.flatMap(refsIn);
    const recursive = refs.some((ref) => expanding.has(ref));
    const inner = new Set([...expanding, ...refs]);
    const first = variants[0] ?? {};
    const about = first.description === undefined ? {} : { description: first.description };
    const field: JsonSchema = variants.length === 1 ? first : { ...about, anyOf: variants };
    const required = holders.length === objects.length && holders.every((o) => o.required?.includes(key) === true);
    const path = parentPath === '' ? key : `${parentPath}.${key}`;
    const items = arrayItems(root, field);
    const entryFields = items === undefined || recursive ? [] : fieldsOf(root, items, `${path}[]`, inner);
    const ownFields = recursive ? [] : fieldsOf(root, field, path, inner);
    return {
      key,
      path,
      schema: field,
      required,
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
 * @param depth - nesting so far (a recursive schema is cut off as "anything")
 */
export function describeJsonType(root: JsonSchema, schema: JsonSchema, depth = 0): string {
  if (depth > 4) return 'anything';
  const s = resolve(root, schema);
  if (s.const !== undefined) return `always ${JSON.stringify(s.const)}`;
  if (s.enum !== undefined) return `one of ${s.enum.map((v) => JSON.stringify(v)).join(', ')}`;
  const options = s.anyOf ?? s.oneOf;
  if (options !== undefined) {
    const resolved = options.map((o) => resolve(root, o));
    if (resolved.every((o) => o.const !== undefined))
      return `one of ${resolved.map((o) => JSON.stringify(o.const)).join(', ')}`;
    return [...new Set(resolved.map((o) => describeJsonType(root, o, depth + 1)))].join(' or ');
  }
  const types = Array.isArray(s.type) ? s.type : s.type === undefined ? [] : [s.type];
  if (types.length > 1) return types.map((type) => describeJsonType(root, { ...s, type }, depth + 1)).join(' or ');
  const type = types[0];
  if (type === undefined) return 'anything';
  switch (type) {
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
      const entries = items === undefined ? 'anything' : describeJsonType(root, items, depth + 1);
      return `list of ${entries.startsWith('mapping') ? 'mappings' : entries}${countRange(s.minItems, s.maxItems)}`;
    }
    case 'object':
      if (typeof s.additionalProperties === 'object') {
        return `mapping of name → ${describeJsonType(root, s.additionalProperties, depth + 1)}`;
      }
      return 'mapping';
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

function range(rawMin: number | undefined, rawMax: number | undefined): string {
  // zod writes the safe-integer limits of .int() as bounds; they are no limit to a reader.
  const min = rawMin === undefined || rawMin <= Number.MIN_SAFE_INTEGER ? undefined : rawMin;
  const max = rawMax === undefined || rawMax >= Number.MAX_SAFE_INTEGER ? undefined : rawMax;
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
  const rest = { ...schema };
  // Draft-07 output wraps a reference as `allOf: [{ $ref }]` so that siblings such as a
  // description still apply; a single-member allOf is the same as its member.
  const only = schema.allOf?.length === 1 ? schema.allOf[0] : undefined;
  if (only !== undefined) {
    delete rest.allOf;
    return { ...resolve(root, only), ...rest };
  }
  const ref = schema.$ref;
  if (ref === undefined) return schema;
  delete rest.$ref;
  if (ref === '#') return { ...root, ...rest };
  const defs = /^#\/(\$defs|definitions)\/(.+)$/.exec(ref);
  const table = defs?.[1] === 'definitions' ? root.definitions : root.$defs;
  const target = defs?.[2] === undefined || !isSchemaTable(table) ? undefined : table[defs[2]];
  return target === undefined ? rest : { ...resolve(root, target), ...rest };
}

/** The alternatives a schema allows (itself, or each member of anyOf/oneOf/allOf). */
function branches(root: JsonSchema, schema: JsonSchema): JsonSchema[] {
  const s = resolve(root, schema);
  const options = s.anyOf ?? s.oneOf ?? s.allOf;
  return options === undefined ? [s] : options.flatMap((o) => branches(root, o));
}

function arrayItems(root: JsonSchema, schema: JsonSchema): JsonSchema | undefined {
  const array = branches(root, schema).find((b) => b.type === 'array');
  const items = array?.items;
  return items === undefined || Array.isArray(items) ? undefined : resolve(root, toSchema(items));
}

function isSchemaTable(value: unknown): value is Record<string, JsonSchema> {
  return typeof value === 'object' && value !== null;
}

/** The `$ref`s a schema reaches without entering a mapping's keys. */
function refsIn(schema: JsonSchema): string[] {
  const nested = [...(schema.anyOf ?? []), ...(schema.oneOf ?? []), ...(schema.allOf ?? [])];
  const items = schema.items;
  if (items !== undefined && !Array.isArray(items) && typeof items !== 'boolean') nested.push(items);
  return [...(schema.$ref === undefined ? [] : [schema.$ref]), ...nested.flatMap(refsIn)];
}
