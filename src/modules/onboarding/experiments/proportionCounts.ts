/** How many members of one arm reached the experiment's outcome, out of how many. */
export interface ProportionCounts {
  readonly successes: number;
  readonly trials: number;
}

/**
 * Checks that counts are whole, non-negative and that successes ≤ trials.
 *
 * @param counts - the counts to check
 * @param label - names the counts in the error message
 * @throws RangeError when they are not
 */
export function assertValidCounts(counts: ProportionCounts, label = 'counts'): void {
  const { successes, trials } = counts;
  if (!Number.isSafeInteger(successes) || !Number.isSafeInteger(trials)) {
    throw new RangeError(`${label}: successes and trials must be whole numbers`);
  }
  if (successes < 0 || trials < 0 || successes > trials) {
    throw new RangeError(`${label}: need 0 ≤ successes (${successes}) ≤ trials (${trials})`);
  }
}
