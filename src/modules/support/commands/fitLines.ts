/**
 * Joins lines, dropping whole lines from the end (with a "…and n more") to stay within `max`
 * characters (Discord's 2000 for a message).
 * @param lines - the lines, heading first
 * @param max - characters allowed
 * @param more - lines already left out before (counted in the "…and n more")
 */
export function fitLines(lines: readonly string[], max: number, more = 0): string {
  const kept = [...lines];
  let dropped = more;
  const text = (): string => (dropped === 0 ? kept.join('\n') : `${kept.join('\n')}\n…and ${dropped} more`);
  while (text().length > max && kept.length > 1) {
    kept.pop();
    dropped += 1;
  }
  const result = text();
  return result.length <= max ? result : `${result.slice(0, max - 1)}…`;
}
