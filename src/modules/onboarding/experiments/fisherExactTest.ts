import { assertValidCounts, type ProportionCounts } from './proportionCounts.js';

// R's fisher.test treats probabilities within this relative error of the observed one as equal,
// so tables as likely as the observed one are not lost to rounding.
const RELATIVE_TOLERANCE = 1 + 1e-7;

/**
 * Two-sided p-value of Fisher's exact test on a 2×2 table (rows: the two arms; columns: success,
 * failure): the sum of the probabilities of every table with the same margins that is no more
 * likely than the observed one, under the hypergeometric distribution.
 *
 * Probabilities are computed from log-factorials, so large tables neither overflow nor underflow.
 *
 * @param a - the first arm's counts
 * @param b - the second arm's counts
 * @returns the p-value in (0, 1]
 * @throws RangeError on invalid counts
 * @see https://en.wikipedia.org/wiki/Fisher%27s_exact_test
 */
export function fisherExactTest(a: ProportionCounts, b: ProportionCounts): number {
  assertValidCounts(a, 'first arm');
  assertValidCounts(b, 'second arm');
  const successes = a.successes + b.successes;
  const total = a.trials + b.trials;
  const failures = total - successes;
  const logFactorials = logFactorialTable(total);
  const logFactorial = (n: number): number => logFactorials[n] ?? Number.NaN;
  const logChoose = (n: number, k: number): number => logFactorial(n) - logFactorial(k) - logFactorial(n - k);
  // log P(first arm has k successes | margins) = log[C(successes, k)·C(failures, a.trials − k) / C(total, a.trials)]
  const logDenominator = logChoose(total, a.trials);
  const logProbability = (k: number): number =>
    logChoose(successes, k) + logChoose(failures, a.trials - k) - logDenominator;

  const lowest = Math.max(0, a.trials - failures);
  const highest = Math.min(a.trials, successes);
  const observed = logProbability(a.successes);
  const threshold = observed + Math.log(RELATIVE_TOLERANCE);
  let p = 0;
  for (let k = lowest; k <= highest; k += 1) {
    const logP = logProbability(k);
    if (logP <= threshold) p += Math.exp(logP);
  }
  return Math.min(1, p);
}

function logFactorialTable(n: number): Float64Array {
  const table = new Float64Array(n + 1);
  for (let i = 2; i <= n; i += 1) table[i] = (table[i - 1] ?? 0) + Math.log(i);
  return table;
}
