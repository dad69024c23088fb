import type { SparseAssignmentProblem } from './capacitatedMatching.js';
import type { MentorProblem } from './MatchProfile.js';
import { FLOOR_TOLERANCE, forbiddenPairs, mayMentor, mentorScorer, type MentorScorer } from './mentorCompatibility.js';

/** The pairs a {@link MentorProblem} allows, as a sparse assignment problem. */
export interface MentorCandidates {
  /** Mentee i is row i, mentor j column j; only allowed pairs at or above the floor with capacity are edges. */
  sparse: SparseAssignmentProblem;
  /** 1 when some allowed mentor reaches the floor (even a full one): tells "full" from "no match". */
  reachable: Uint8Array;
  scorer: MentorScorer;
}

/** Pairs `i × mentors + j` never allowed: a member with themselves, do-not-pair lists. */
function bannedPairs(problem: MentorProblem): Uint8Array {
  const m = problem.mentors.length;
  const mentorIndex = new Map(problem.mentors.map((mentor, j) => [mentor.id, j]));
  const forbidden = forbiddenPairs(problem.forbidden);
  const banned = new Uint8Array(problem.mentees.length * m);
  problem.mentees.forEach((mentee, i) => {
    const self = mentorIndex.get(mentee.id);
    if (self !== undefined) banned[i * m + self] = 1;
  });
  if (forbidden.size === 0) return banned;
  problem.mentees.forEach((mentee, i) => {
    problem.mentors.forEach((mentor, j) => {
      if (!mayMentor({ ...mentee, preferredCategory: null }, mentor, forbidden)) banned[i * m + j] = 1;
    });
  });
  return banned;
}

/**
 * Scores every mentee against every mentor and keeps the allowed pairs at or above the floor
 * (never themselves, no forbidden pair, the preferred category only) with mentors who have room.
 * @param problem - the mentor problem
 */
export function mentorCandidates(problem: MentorProblem): MentorCandidates {
  const { mentees, mentors } = problem;
  const scorer = mentorScorer(mentees, mentors, problem.weights);
  const floor = problem.minCompatibility - FLOOR_TOLERANCE;
  const banned = bannedPairs(problem);
  const start = new Int32Array(mentees.length + 1);
  const cols: number[] = [];
  const weights: number[] = [];
  const reachable = new Uint8Array(mentees.length);
  for (let i = 0; i < mentees.length; i += 1) {
    const category = mentees[i]?.preferredCategory ?? null;
    for (let j = 0; j < mentors.length; j += 1) {
      const mentor = mentors[j];
      if (mentor === undefined || (category !== null && mentor.category !== category)) continue;
      if (banned[i * mentors.length + j] === 1) continue;
      const score = scorer.scoreAtLeast(i, j, floor);
      if (score < 0) continue;
      reachable[i] = 1;
      if (mentor.capacity <= 0) continue;
      cols.push(j);
      weights.push(score);
    }
    start[i + 1] = cols.length;
  }
  return {
    sparse: {
      rows: mentees.length,
      cols: mentors.length,
      start,
      col: Int32Array.from(cols),
      weight: Float64Array.from(weights),
      capacity: Int32Array.from(mentors, (m) => Math.max(0, m.capacity)),
    },
    reachable,
    scorer,
  };
}
