/**
 * Names a value from a YAML file the way a reader sees it: `"five"`, `12`, `a list`.
 * @param value - a value produced by the YAML parser
 */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (typeof value === 'string') {
    const shown = value.length > 40 ? `${value.slice(0, 37)}...` : value;
    return JSON.stringify(shown);
  }
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return 'a date';
  if (typeof value === 'object') return 'a mapping';
  return typeof value;
}

/**
 * Shows an allowed literal (from an enum or a constant) as it would be written.
 * @param value - the allowed value
 */
export function showLiteral(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}
