import { formatCount } from '../format.js';

/**
 * A count with its noun, singular or plural: `1 reply`, `3 replies`.
 * @param count - how many
 * @param one - the singular
 * @param many - the plural (default: the singular + s)
 */
export function counted(count: number, one: string, many = `${one}s`): string {
  return `${formatCount(count)} ${count === 1 ? one : many}`;
}
