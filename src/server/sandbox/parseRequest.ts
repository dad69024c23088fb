/** An object with its undefined-valued keys dropped (optional fields stay truly optional). */
export type Compact<T> = { [K in keyof T]: Exclude<T[K], undefined> };

/**
 * Drops undefined-valued keys, so parsed input fits types with exact optional properties.
 * @param value - a parsed object
 */
export function compact<T extends object>(value: T): Compact<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Compact<T>;
}
