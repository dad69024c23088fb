import type { GroupProblem, GroupSolution } from './MatchProfile.js';

/**
 * PLACEHOLDER (lead's skeleton; the matching helper replaces the body): forms study groups over
 * the whole cohort.
 * @param problem - the cohort, bounds, weights and constraints
 */
export function formGroups(problem: GroupProblem): GroupSolution {
  return {
    groups: [],
    unplaced: problem.learners.map((l) => ({ id: l.id, reason: 'not implemented' })),
    value: 0,
    bound: 0,
    gapPct: 0,
    exact: false,
  };
}
