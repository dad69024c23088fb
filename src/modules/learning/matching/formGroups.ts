import { CompatModel } from './CompatModel.js';
import { groupValue, pairSum, repeatPenalty, type Cohort } from './Cohort.js';
import { EXACT_LIMIT, exactGroups, type Grouping } from './exactGroups.js';
import { groupBound } from './groupBound.js';
import { searchGroups } from './localSearch.js';
import type { FormedGroup, GroupProblem, GroupSolution, LearnerVector } from './MatchProfile.js';

/** Knobs for tests and benchmarks. */
export interface FormGroupsOptions {
  /** Use the local search even where the exact solver would run. */
  heuristicOnly?: boolean;
  /** Improvement passes of the local search. */
  passes?: number;
}

interface PartResult {
  groups: FormedGroup[];
  unplaced: { id: string; reason: string }[];
  value: number;
  bound: number;
  exact: boolean;
}

function adjacency(
  index: ReadonlyMap<string, number>,
  pairs: readonly (readonly [string, string])[],
  size: number,
): Set<number>[] {
  const sets = Array.from({ length: size }, () => new Set<number>());
  for (const [a, b] of pairs) {
    const i = index.get(a);
    const j = index.get(b);
    if (i === undefined || j === undefined || i === j) continue;
    sets[i]?.add(j);
    sets[j]?.add(i);
  }
  return sets;
}

function formed(cohort: Cohort, learners: readonly LearnerVector[], members: readonly number[]): FormedGroup {
  const others = members.length - 1;
  const memberCompatibility = members.map((i) =>
    others === 0 ? 0 : members.reduce((s, j) => (j === i ? s : s + cohort.model.compat(i, j)), 0) / others,
  );
  const pairs = (members.length * others) / 2;
  return {
    memberIds: members.map((i) => learners[i]?.id ?? ''),
    compatibility: pairs === 0 ? 0 : pairSum(cohort, members) / pairs,
    memberCompatibility,
  };
}

/** Groups one partition (everyone, or one industry). */
function formPart(
  problem: GroupProblem,
  learners: readonly LearnerVector[],
  where: string,
  options: FormGroupsOptions,
): PartResult {
  const { minSize, maxSize } = problem;
  const tooFew = (n: number) =>
    `only ${n} member${n === 1 ? '' : 's'}${where} took part; groups need at least ${minSize}`;
  if (learners.length < minSize) {
    return {
      groups: [],
      unplaced: learners.map((l) => ({ id: l.id, reason: tooFew(learners.length) })),
      value: 0,
      bound: 0,
      exact: true,
    };
  }
  const index = new Map(learners.map((l, i) => [l.id, i]));
  const cohort: Cohort = {
    model: new CompatModel(learners, problem.weights, problem.mode),
    forbidden: adjacency(index, problem.forbidden, learners.length),
    recent: adjacency(index, problem.recent, learners.length),
    minSize,
    maxSize,
    repeatPenalty: repeatPenalty(learners.length),
  };
  const unplaced: { id: string; reason: string }[] = [];
  // Members whose do-not-pair lists leave too few possible mates cannot be placed (repeat until stable).
  const active = new Set(learners.map((_, i) => i));
  for (let changed = true; changed;) {
    changed = false;
    for (const i of active) {
      let barred = 0;
      for (const j of cohort.forbidden[i] ?? []) if (active.has(j)) barred += 1;
      if (active.size - 1 - barred < minSize - 1) {
        active.delete(i);
        unplaced.push({
          id: learners[i]?.id ?? '',
          reason: 'their do-not-pair list leaves too few possible group-mates',
        });
        changed = true;
      }
    }
  }
  const members = [...active];
  if (members.length < minSize) {
    for (const i of members) unplaced.push({ id: learners[i]?.id ?? '', reason: tooFew(members.length) });
    return { groups: [], unplaced, value: 0, bound: 0, exact: true };
  }
  const { bound, neighbours } = groupBound(cohort, members);
  const exact = members.length <= EXACT_LIMIT && options.heuristicOnly !== true;
  const grouping: Grouping = exact
    ? exactGroups(cohort, members)
    : searchGroups(cohort, members, neighbours, options.passes);
  for (const i of grouping.leftOver) {
    unplaced.push({
      id: learners[i]?.id ?? '',
      reason:
        (cohort.forbidden[i]?.size ?? 0) > 0
          ? 'their do-not-pair list ruled out every group'
          : `groups take ${minSize}–${maxSize} members, so not all ${members.length}${where} fit`,
    });
  }
  const value = grouping.groups.reduce((s, g) => s + groupValue(cohort, g), 0);
  const noRecent = cohort.recent.every((s) => s.size === 0);
  return {
    groups: grouping.groups.map((g) => formed(cohort, learners, g)),
    unplaced,
    value,
    bound: exact && noRecent ? value : Math.max(bound, value),
    exact,
  };
}

/**
 * Forms study groups over the whole cohort: the most members placed, then the highest total
 * compatibility (each member's mean compatibility with their group), with the size bounds,
 * do-not-pair lists (never broken) and recent pairs (avoided when possible). Small cohorts
 * (≤ `EXACT_LIMIT` per partition) are solved exactly; larger ones by a local search whose value
 * is reported against an upper bound. Every learner ends in one group or in `unplaced` with a reason.
 * @param problem - the cohort, bounds, weights and constraints
 * @param options - test and benchmark knobs
 */
export function formGroups(problem: GroupProblem, options: FormGroupsOptions = {}): GroupSolution {
  const unplaced: { id: string; reason: string }[] = [];
  const seen = new Set<string>();
  const parts = new Map<string, LearnerVector[]>();
  for (const learner of problem.learners) {
    if (seen.has(learner.id)) continue;
    seen.add(learner.id);
    const key = problem.sameIndustry ? (learner.industry ?? '') : '';
    if (problem.sameIndustry && key === '') {
      unplaced.push({ id: learner.id, reason: 'no industry on their profile; industry groups need one' });
      continue;
    }
    const list = parts.get(key);
    if (list === undefined) parts.set(key, [learner]);
    else list.push(learner);
  }
  const results = [...parts.keys()]
    .sort()
    .map((key) => formPart(problem, parts.get(key) ?? [], key === '' ? '' : ` in ${key}`, options));
  const value = results.reduce((s, r) => s + r.value, 0);
  const exact = results.every((r) => r.exact);
  const bound = exact ? value : results.reduce((s, r) => s + r.bound, 0);
  return {
    groups: results.flatMap((r) => r.groups),
    unplaced: [...unplaced, ...results.flatMap((r) => r.unplaced)],
    value,
    bound,
    gapPct: exact || bound <= 0 ? 0 : Math.max(0, ((bound - value) / bound) * 100),
    exact,
  };
}
