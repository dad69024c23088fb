import { MENTOR_CATEGORY_LABELS } from '../config/LearningTypes.js';
import { capacitatedMatching, UNASSIGNED } from './capacitatedMatching.js';
import type { MentorAssignment, MentorPair, MentorProblem } from './MatchProfile.js';
import { mentorCandidates } from './mentorCandidates.js';

/** Why a mentee got no mentor, in words members and staff see. */
function reason(problem: MentorProblem, i: number, reachable: boolean): string {
  if (reachable) return 'every suitable mentor is full';
  const pct = Math.round(problem.minCompatibility * 100);
  const category = problem.mentees[i]?.preferredCategory ?? null;
  return category === null
    ? `no mentor reaches ${pct} % compatibility`
    : `no ${MENTOR_CATEGORY_LABELS[category].toLowerCase()} mentor reaches ${pct} % compatibility`;
}

/**
 * The globally optimal assignment of mentees to mentors: the most mentees matched, then the
 * highest total compatibility, over pairs at or above `minCompatibility` only, each mentor within
 * their capacity, each mentee at most one mentor (exact: see `capacitatedMatching`). A mentee is
 * never their own mentor, never paired against a do-not-pair list, and only offered their
 * preferred category when they set one. Pairs come in mentee order.
 * @param problem - mentees, mentors (capacity = mentees they can still take), weights, floor, forbidden pairs
 */
export function assignMentors(problem: MentorProblem): MentorAssignment {
  const { sparse, reachable, scorer } = mentorCandidates(problem);
  const match = capacitatedMatching(sparse);
  const pairs: MentorPair[] = [];
  const unassigned: MentorAssignment['unassigned'] = [];
  problem.mentees.forEach((mentee, i) => {
    const j = match[i] ?? UNASSIGNED;
    const mentor = problem.mentors[j];
    if (mentor === undefined) unassigned.push({ menteeId: mentee.id, reason: reason(problem, i, reachable[i] === 1) });
    else pairs.push({ menteeId: mentee.id, mentorId: mentor.id, compatibility: scorer.score(i, j) });
  });
  return { pairs, unassigned, total: pairs.reduce((sum, p) => sum + p.compatibility, 0) };
}
