/**
 * Splits a list into consecutive pieces of at most `size` items (the last may be shorter), for
 * multi-row statements that must stay under SQLite's and PostgreSQL's parameter limits.
 * @param items - the list
 * @param size - items per piece (≥ 1)
 * @throws RangeError when size is not a positive integer
 */
export function chunks<T>(items: readonly T[], size: number): T[][] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`chunk size must be a positive integer, not ${size}`);
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
