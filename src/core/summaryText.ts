/**
 * One line of at most `max` characters, whitespace collapsed, `…` when cut.
 * @param text - any text
 * @param max - the longest result
 */
export function excerpt(text: string, max = 80): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

/**
 * `1 point`, `3 points`.
 * @param count - how many
 * @param noun - singular noun
 */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
