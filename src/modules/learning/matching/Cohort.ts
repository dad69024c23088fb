import type { CompatModel } from './CompatModel.js';

/**
 * Penalty per recently grouped pair for a cohort of `size`: more than the whole objective can
 * reach (each member adds at most 1), so fewer repeats always wins over compatibility.
 * @param size - members in the cohort
 */
export function repeatPenalty(size: number): number {
  return size + 1;
}

/** One partition of a group problem, by member index (0…`model.size` − 1). */
export interface Cohort {
  model: CompatModel;
  /** Per member: members they may never share a group with. */
  forbidden: readonly ReadonlySet<number>[];
  /** Per member: members they were grouped with recently. */
  recent: readonly ReadonlySet<number>[];
  minSize: number;
  maxSize: number;
  /** Subtracted from the search's objective per recent pair in a group (see {@link repeatPenalty}). */
  repeatPenalty: number;
}

/**
 * Sum of pairwise compatibilities of a group.
 * @param cohort - the cohort
 * @param members - the group
 */
export function pairSum(cohort: Cohort, members: readonly number[]): number {
  let sum = 0;
  for (let a = 0; a < members.length; a += 1) {
    for (let b = a + 1; b < members.length; b += 1) sum += cohort.model.compat(members[a] ?? 0, members[b] ?? 0);
  }
  return sum;
}

/**
 * A group's share of the objective: the sum over its members of their mean compatibility with
 * the others, 2 × pair sum / (size − 1).
 * @param cohort - the cohort
 * @param members - the group
 */
export function groupValue(cohort: Cohort, members: readonly number[]): number {
  return members.length < 2 ? 0 : (2 * pairSum(cohort, members)) / (members.length - 1);
}

/**
 * How many pairs of a group were grouped together recently.
 * @param cohort - the cohort
 * @param members - the group
 */
export function recentPairs(cohort: Cohort, members: readonly number[]): number {
  let n = 0;
  for (let a = 0; a < members.length; a += 1) {
    for (let b = a + 1; b < members.length; b += 1) {
      if (cohort.recent[members[a] ?? 0]?.has(members[b] ?? 0) === true) n += 1;
    }
  }
  return n;
}

/**
 * Whether a group holds a forbidden pair.
 * @param cohort - the cohort
 * @param members - the group
 */
export function hasForbidden(cohort: Cohort, members: readonly number[]): boolean {
  return members.some((a) => members.some((b) => cohort.forbidden[a]?.has(b) === true));
}
