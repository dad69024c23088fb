import { z } from 'zod';
import { Duration } from '../../../config/Duration.js';

/** Settings of an age condition: younger than and/or older than. */
export const AgeRange = z
  .object({
    youngerThan: Duration.optional().describe('Holds when the age is below this ("7d"); leave out for no upper bound.'),
    olderThan: Duration.optional().describe(
      'Holds when the age is at least this ("30d"); leave out for no lower bound.',
    ),
  })
  .strict();

/**
 * True when an age is within the range (with neither bound, any known age is); an unknown
 * age (null) is never within it.
 * @param age - milliseconds, or null when unknown
 * @param range - the parsed settings
 */
export function ageWithin(
  age: number | null,
  range: { youngerThan?: number | undefined; olderThan?: number | undefined },
): boolean {
  if (age === null) return false;
  if (range.youngerThan !== undefined && age >= range.youngerThan) return false;
  if (range.olderThan !== undefined && age < range.olderThan) return false;
  return true;
}
