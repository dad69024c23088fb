import type { MentorAssignment, MentorProblem } from './MatchProfile.js';

/**
 * PLACEHOLDER (lead's skeleton; the matching helper replaces the body): the globally optimal
 * assignment of mentees to mentors within capacity.
 * @param problem - mentees, mentors, weights, floor
 */
export function assignMentors(problem: MentorProblem): MentorAssignment {
  return {
    pairs: [],
    unassigned: problem.mentees.map((m) => ({ menteeId: m.id, reason: 'not implemented' })),
    total: 0,
  };
}
