import type { z } from 'zod';
import type { ConfigModule } from './buildConfigSchema.js';
import { referenceRegistry, type ReferenceKind } from './checkReferencesRegistry.js';

/** One channel or role a config value names. */
export interface ConfigReference {
  kind: ReferenceKind;
  /** As written (or defaulted), e.g. `mod-log`. */
  name: string;
  /** Keys and list indexes from the root, e.g. `['moderation', 'modLogChannel']`. */
  path: (string | number)[];
  /** The value is the schema's default: the file does not write it. */
  isDefault: boolean;
}

/** A snowflake: a reference by id, which a name check cannot judge. */
const ID = /^\d{17,20}$/;

interface Def {
  type: string;
  innerType?: z.ZodType;
  defaultValue?: unknown;
  in?: z.ZodType;
  out?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  options?: z.ZodType[];
  valueType?: z.ZodType;
  left?: z.ZodType;
  right?: z.ZodType;
  getter?: () => z.ZodType;
}

function defOf(schema: z.ZodType): Def {
  return schema._zod.def;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Every channel and role named by the enabled module sections of a file, written or taken
 * from a default, found by walking each section's schema along the file's data and reading
 * the marks modules put on their fields (see checkReferencesRegistry.ts). References by id
 * are left out.
 * @param data - the file as plain data (before parsing)
 * @param modules - the modules whose sections the file may hold
 * @param enabled - whether a module's section is switched on
 */
export function collectReferences(
  data: unknown,
  modules: readonly ConfigModule[],
  enabled: (moduleId: string) => boolean,
): ConfigReference[] {
  const out: ConfigReference[] = [];
  const root = isRecord(data) ? data : {};
  for (const module of modules) {
    if (!enabled(module.id)) continue;
    walk(module.config, root[module.id], [module.id], false, out);
  }
  return out;
}

function walk(
  schema: z.ZodType,
  value: unknown,
  path: (string | number)[],
  isDefault: boolean,
  out: ConfigReference[],
): void {
  const mark = referenceRegistry.get(schema);
  if (mark !== undefined) {
    if (typeof value === 'string' && value.trim() !== '' && !ID.test(value.trim())) {
      out.push({ kind: mark.reference, name: value.trim(), path, isDefault });
    }
    return;
  }
  const def = defOf(schema);
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      if (def.innerType !== undefined) walk(def.innerType, value, path, isDefault, out);
      return;
    case 'default':
    case 'prefault':
      if (def.innerType === undefined) return;
      if (value === undefined) walk(def.innerType, def.defaultValue, path, true, out);
      else walk(def.innerType, value, path, isDefault, out);
      return;
    case 'pipe': {
      // z.preprocess: the input schema is a transform, the data fits `out`; .transform(): it fits `in`.
      const side = def.in !== undefined && defOf(def.in).type === 'transform' ? def.out : def.in;
      if (side !== undefined) walk(side, value, path, isDefault, out);
      return;
    }
    case 'object':
      if (!isRecord(value) || def.shape === undefined) return;
      for (const [key, field] of Object.entries(def.shape)) walk(field, value[key], [...path, key], isDefault, out);
      return;
    case 'array':
      if (!Array.isArray(value) || def.element === undefined) return;
      for (const [index, item] of value.entries()) walk(def.element, item, [...path, index], isDefault, out);
      return;
    case 'record':
      if (!isRecord(value) || def.valueType === undefined) return;
      for (const [key, item] of Object.entries(value)) walk(def.valueType, item, [...path, key], isDefault, out);
      return;
    case 'union': {
      // The option the value is written for (a discriminated union picks it by its tag).
      const option = def.options?.find((candidate) => candidate.safeParse(value).success);
      if (option !== undefined) walk(option, value, path, isDefault, out);
      return;
    }
    case 'intersection':
      if (def.left !== undefined) walk(def.left, value, path, isDefault, out);
      if (def.right !== undefined) walk(def.right, value, path, isDefault, out);
      return;
    case 'lazy':
      if (def.getter !== undefined) walk(def.getter(), value, path, isDefault, out);
      return;
    default:
      return;
  }
}
