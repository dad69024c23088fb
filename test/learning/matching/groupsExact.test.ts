import { describe, expect, it } from 'vitest';
import { formGroups } from '../../../src/modules/learning/matching/formGroups.js';
import { pairCompatibility } from '../../../src/modules/learning/matching/groupCompatibility.js';
import type { GroupProblem } from '../../../src/modules/learning/matching/MatchProfile.js';
import { randomProblem } from './groupsFixtures.js';

/** Every partition of 0…n−1 (restricted growth strings). */
function* partitions(n: number): Generator<number[][]> {
  const labels = new Array<number>(n).fill(0);
  function* place(i: number, blocks: number): Generator<number[][]> {
    if (i === n) {
      yield Array.from({ length: blocks }, (_, b) => labels.flatMap((l, x) => (l === b ? [x] : [])));
      return;
    }
    for (let b = 0; b <= blocks; b += 1) {
      labels[i] = b;
      yield* place(i + 1, Math.max(blocks, b + 1));
    }
  }
  yield* place(0, 0);
}

/**
 * The optimum by enumeration, independent of the solver: every partition, each block either a
 * group (size bounds, no forbidden pair) or members left out; most placed, then fewest recent
 * pairs, then the highest value.
 */
function bruteForce(problem: GroupProblem): { placed: number; repeats: number; value: number } {
  const { learners } = problem;
  const key = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);
  const forbidden = new Set(problem.forbidden.map(([a, b]) => key(a, b)));
  const recent = new Set(problem.recent.map(([a, b]) => key(a, b)));
  let best = { placed: -1, repeats: 0, value: 0 };
  for (const blocks of partitions(learners.length)) {
    // Valid blocks are groups, the others' members are left out (placing a valid block never loses).
    const valid = blocks.filter((b) => {
      if (b.length < problem.minSize || b.length > problem.maxSize) return false;
      return b.every((x, i) =>
        b.slice(i + 1).every((y) => !forbidden.has(key(learners[x]?.id ?? '', learners[y]?.id ?? ''))),
      );
    });
    let placed = 0;
    let value = 0;
    let penalty = 0;
    for (const b of valid) {
      placed += b.length;
      for (const x of b) {
        for (const y of b) {
          if (x === y) continue;
          const a = learners[x];
          const c = learners[y];
          if (a === undefined || c === undefined) continue;
          value += pairCompatibility(a, c, problem.weights, problem.mode) / (b.length - 1);
          if (x < y && recent.has(key(a.id, c.id))) penalty += 1;
        }
      }
    }
    const better =
      placed > best.placed ||
      (placed === best.placed && (penalty < best.repeats || (penalty === best.repeats && value > best.value + 1e-9)));
    if (better) best = { placed, repeats: penalty, value };
  }
  return best;
}

const penaltyOf = (problem: GroupProblem, groups: readonly { memberIds: string[] }[]): number =>
  groups.reduce(
    (s, g) => s + problem.recent.filter(([a, b]) => g.memberIds.includes(a) && g.memberIds.includes(b)).length,
    0,
  );

describe('exact study groups on small cohorts', () => {
  it('equals brute-force enumeration of every partition (random cohorts, n ≤ 9)', () => {
    for (let seed = 1; seed <= 24; seed += 1) {
      const problem = randomProblem(4 + (seed % 6), seed);
      const solution = formGroups(problem);
      const brute = bruteForce(problem);
      const placed = solution.groups.reduce((s, g) => s + g.memberIds.length, 0);
      expect(solution.exact).toBe(true);
      expect(placed).toBe(brute.placed);
      expect(penaltyOf(problem, solution.groups)).toBe(brute.repeats);
      expect(solution.value).toBeCloseTo(brute.value, 9);
      expect([solution.gapPct, solution.bound]).toEqual([0, solution.value]);
    }
  });

  it('the heuristic stays within a sane gap of the optimum and the bound is above both (n = 10…12)', () => {
    for (let seed = 100; seed < 106; seed += 1) {
      const problem = { ...randomProblem(10 + (seed % 3), seed), forbidden: [], recent: [] };
      const exact = formGroups(problem);
      const heuristic = formGroups(problem, { heuristicOnly: true });
      expect(exact.exact).toBe(true);
      expect(heuristic.exact).toBe(false);
      expect(heuristic.value).toBeLessThanOrEqual(exact.value + 1e-9);
      expect(heuristic.value).toBeGreaterThanOrEqual(0.9 * exact.value);
      expect(heuristic.bound).toBeGreaterThanOrEqual(exact.value - 1e-9);
    }
  });
});
