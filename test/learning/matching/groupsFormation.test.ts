import { describe, expect, it } from 'vitest';
import { formGroups } from '../../../src/modules/learning/matching/formGroups.js';
import type { GroupProblem, GroupSolution } from '../../../src/modules/learning/matching/MatchProfile.js';
import { learner, randomProblem, WEIGHTS } from './groupsFixtures.js';

/** Every learner exactly once across groups and unplaced; groups within bounds, no forbidden pair. */
function expectValid(problem: GroupProblem, solution: GroupSolution): void {
  const ids = [...solution.groups.flatMap((g) => g.memberIds), ...solution.unplaced.map((u) => u.id)].sort();
  expect(ids).toEqual(problem.learners.map((l) => l.id).sort());
  for (const g of solution.groups) {
    expect(g.memberIds.length).toBeGreaterThanOrEqual(problem.minSize);
    expect(g.memberIds.length).toBeLessThanOrEqual(problem.maxSize);
    const inGroup = new Set(g.memberIds);
    expect(problem.forbidden.filter(([a, b]) => inGroup.has(a) && inGroup.has(b))).toEqual([]);
    if (problem.sameIndustry)
      expect(new Set(g.memberIds.map((id) => problem.learners.find((l) => l.id === id)?.industry)).size).toBe(1);
  }
  for (const u of solution.unplaced) expect(u.reason.length).toBeGreaterThan(10);
  expect(solution.value).toBeLessThanOrEqual(solution.bound + 1e-9);
}

describe('study group formation', () => {
  it('loses nobody and keeps every rule on random cohorts, small and large, with and without industries', () => {
    for (let seed = 1; seed <= 30; seed += 1) {
      const n = [1, 2, 5, 9, 13, 14, 40, 150][seed % 8] ?? 5;
      const base = randomProblem(n, seed);
      for (const problem of [base, { ...base, sameIndustry: true }]) {
        expectValid(problem, formGroups(problem));
        expectValid(problem, formGroups(problem, { heuristicOnly: true }));
      }
    }
  });

  it('tells everyone why when fewer members took part than a group needs', () => {
    const problem = { ...randomProblem(2, 3), minSize: 3, maxSize: 5 };
    const solution = formGroups(problem);
    expect(solution.groups).toEqual([]);
    expect(solution.unplaced.map((u) => u.reason)).toEqual([
      'only 2 members took part; groups need at least 3',
      'only 2 members took part; groups need at least 3',
    ]);
  });

  it('leaves members without an industry out of industry groups, with a reason', () => {
    const learners = ['a', 'b', 'c', 'd'].map((id) => learner(id, { industry: id === 'd' ? null : 'fintech' }));
    const problem: GroupProblem = {
      learners,
      minSize: 3,
      maxSize: 4,
      weights: WEIGHTS,
      mode: 'similar',
      sameIndustry: true,
      forbidden: [],
      recent: [],
    };
    const solution = formGroups(problem);
    expect(solution.groups.map((g) => g.memberIds.sort())).toEqual([['a', 'b', 'c']]);
    expect(solution.unplaced).toEqual([{ id: 'd', reason: 'no industry on their profile; industry groups need one' }]);
  });

  it('never groups a do-not-pair pair and says who its list left out', () => {
    const learners = ['a', 'b', 'c'].map((id) => learner(id));
    const problem: GroupProblem = {
      learners,
      minSize: 2,
      maxSize: 3,
      weights: WEIGHTS,
      mode: 'similar',
      sameIndustry: false,
      forbidden: [
        ['a', 'b'],
        ['a', 'c'],
      ],
      recent: [],
    };
    const solution = formGroups(problem);
    expect(solution.groups.map((g) => g.memberIds.sort())).toEqual([['b', 'c']]);
    expect(solution.unplaced).toEqual([
      { id: 'a', reason: 'their do-not-pair list leaves too few possible group-mates' },
    ]);
  });

  it('avoids recent pairs when it can, even at some compatibility cost', () => {
    // a, b, c are alike; d, e, f differ. a and b were grouped last round.
    const alike = { skill: 3, pace: 2, goals: ['data'] };
    const learners = [
      learner('a', alike),
      learner('b', alike),
      learner('c', alike),
      learner('d', { goals: ['ux'] }),
      learner('e', { goals: ['ux'] }),
      learner('f', { goals: ['ux'] }),
    ];
    const problem: GroupProblem = {
      learners,
      minSize: 3,
      maxSize: 3,
      weights: WEIGHTS,
      mode: 'similar',
      sameIndustry: false,
      forbidden: [],
      recent: [['a', 'b']],
    };
    const withRecent = formGroups(problem);
    expect(withRecent.groups.some((g) => g.memberIds.includes('a') && g.memberIds.includes('b'))).toBe(false);
    const without = formGroups({ ...problem, recent: [] });
    expect(without.groups.map((g) => g.memberIds.sort()).sort()).toEqual([
      ['a', 'b', 'c'],
      ['d', 'e', 'f'],
    ]);
    expect(without.value).toBeGreaterThan(withRecent.value);
    for (const options of [{}, { heuristicOnly: true }]) {
      const groups = formGroups(problem, options).groups;
      expect(groups.some((g) => g.memberIds.includes('a') && g.memberIds.includes('b'))).toBe(false);
    }
  });

  it('reports each member’s mean compatibility and the group’s mean pairwise compatibility', () => {
    const learners = [learner('a'), learner('b'), learner('c', { skill: 3 })];
    const problem: GroupProblem = {
      learners,
      minSize: 3,
      maxSize: 3,
      weights: WEIGHTS,
      mode: 'similar',
      sameIndustry: false,
      forbidden: [],
      recent: [],
    };
    const [group] = formGroups(problem).groups;
    // a–b 1, a–c and b–c 0.7 (skill 3 apart).
    expect(group?.memberIds).toEqual(['a', 'b', 'c']);
    expect(group?.memberCompatibility.map((x) => Number(x.toFixed(6)))).toEqual([0.85, 0.85, 0.7]);
    expect(group?.compatibility).toBeCloseTo(0.8, 10);
  });

  it('keeps the heuristic under its bound on a larger cohort with a modest gap', () => {
    const problem = { ...randomProblem(600, 42), minSize: 3, maxSize: 5 };
    const solution = formGroups(problem);
    expectValid(problem, solution);
    expect(solution.exact).toBe(false);
    expect(solution.gapPct).toBeGreaterThan(0);
    expect(solution.gapPct).toBeLessThan(25);
  });
});
