import { countHours, hoursOverlap } from './hours.js';
import type { GroupProblem, GroupWeights, LearnerVector } from './MatchProfile.js';

/** Timezone term when either member gave no availability: unknown, neither good nor bad. */
export const UNKNOWN_OVERLAP = 0.5;
/** Style term for different learning styles (seed 003: complementary approaches are welcome). */
export const OTHER_STYLE = 0.5;

/**
 * Jaccard similarity of two tag lists, 0…1 (1 when both are empty).
 * @param a - one list
 * @param b - the other
 */
export function jaccard(a: readonly string[], b: readonly string[]): number {
  const left = new Set(a);
  const right = new Set(b);
  if (left.size === 0 && right.size === 0) return 1;
  let shared = 0;
  for (const x of left) if (right.has(x)) shared += 1;
  return shared / (left.size + right.size - shared);
}

/**
 * The goals term, 0…1: shared career goals (`similar`), or different interests (`cross-domain`).
 * @param a - one member
 * @param b - the other
 * @param mode - the round's mode
 */
export function goalsTerm(a: LearnerVector, b: LearnerVector, mode: GroupProblem['mode']): number {
  return mode === 'similar' ? jaccard(a.goals, b.goals) : 1 - jaccard(a.interests, b.interests);
}

/**
 * The timezone term, 0…1: overlap of available UTC hours; {@link UNKNOWN_OVERLAP} when either has none.
 * @param a - one week
 * @param b - the other
 */
export function timezoneTerm(a: Uint32Array, b: Uint32Array): number {
  return countHours(a) === 0 || countHours(b) === 0 ? UNKNOWN_OVERLAP : hoursOverlap(a, b);
}

/**
 * Study-group compatibility of two members, 0…1 (seed 003's weights): skill 1 − |Δ|/3, pace
 * 1 − |Δ|/2, goals, timezone overlap, style 1 (same) or {@link OTHER_STYLE}.
 * @param a - one member
 * @param b - the other
 * @param weights - `groups.weights`
 * @param mode - `similar` or `cross-domain`
 */
export function pairCompatibility(
  a: LearnerVector,
  b: LearnerVector,
  weights: GroupWeights,
  mode: GroupProblem['mode'],
): number {
  return (
    weights.skill * (1 - Math.abs(a.skill - b.skill) / 3) +
    weights.pace * (1 - Math.abs(a.pace - b.pace) / 2) +
    weights.goals * goalsTerm(a, b, mode) +
    weights.timezone * timezoneTerm(a.hours, b.hours) +
    weights.style * (a.style === b.style ? 1 : OTHER_STYLE)
  );
}
