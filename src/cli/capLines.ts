/** How many problems a command prints before it counts the rest: the first ones are what to fix. */
export const MAX_PROBLEMS_SHOWN = 50;

/**
 * The first `max` lines, then one that counts the rest (`… and 12 more problems`).
 * @param lines - every line
 * @param max - how many to keep
 */
export function capLines(lines: readonly string[], max: number = MAX_PROBLEMS_SHOWN): string[] {
  if (lines.length <= max) return [...lines];
  const rest = lines.length - max;
  return [...lines.slice(0, max), `… and ${rest} more ${rest === 1 ? 'problem' : 'problems'} (--json lists them all)`];
}
