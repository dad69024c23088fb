import { z } from 'zod';

/** What a config value names on the server. */
export type ReferenceKind = 'channel' | 'role';

/**
 * The config fields that name a channel or a role on the server, marked by the modules in
 * their own schemas (`channelRef(...)`, `roleRef(...)`): `validate` checks each value against
 * the `server:` section and `start` against the live server (see checkReferences.ts).
 * Clones made by `.describe()` inherit the mark; wrappers (`.nullable()`, `.default()`) keep
 * the marked schema inside.
 */
export const referenceRegistry = z.registry<{ reference: ReferenceKind }>();

/**
 * Marks a string schema as naming a channel (or a category, or an id).
 * @param schema - the string schema, before `.nullable()` / `.default()`
 */
export function channelRef<T extends z.ZodType>(schema: T): T {
  referenceRegistry.add(schema, { reference: 'channel' });
  return schema;
}

/**
 * Marks a string schema as naming a role (or an id).
 * @param schema - the string schema, before `.nullable()` / `.default()`
 */
export function roleRef<T extends z.ZodType>(schema: T): T {
  referenceRegistry.add(schema, { reference: 'role' });
  return schema;
}
