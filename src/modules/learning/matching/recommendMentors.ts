import type { MenteeVector, MentorVector, MentorWeights } from './MatchProfile.js';
import { FLOOR_TOLERANCE, forbiddenPairs, mayMentor, mentorScorer } from './mentorCompatibility.js';

/**
 * Mentors for one mentee, best first (ties by mentor id), only those at or above the floor with
 * capacity left, never the mentee themselves, only their preferred category when they set one.
 * @param mentee - the mentee
 * @param mentors - candidate mentors
 * @param weights - criteria weights
 * @param minCompatibility - the floor (0.7)
 * @param limit - at most this many
 */
export function recommendMentors(
  mentee: MenteeVector,
  mentors: readonly MentorVector[],
  weights: MentorWeights,
  minCompatibility: number,
  limit: number,
): { mentorId: string; compatibility: number }[] {
  const scorer = mentorScorer([mentee], mentors, weights);
  const none = forbiddenPairs([]);
  return mentors
    .map((mentor, j) => ({ mentor, compatibility: scorer.score(0, j) }))
    .filter(
      ({ mentor, compatibility }) =>
        mentor.capacity > 0 && mayMentor(mentee, mentor, none) && compatibility >= minCompatibility - FLOOR_TOLERANCE,
    )
    .sort(
      (a, b) =>
        b.compatibility - a.compatibility || (a.mentor.id < b.mentor.id ? -1 : a.mentor.id > b.mentor.id ? 1 : 0),
    )
    .slice(0, Math.max(0, limit))
    .map(({ mentor, compatibility }) => ({ mentorId: mentor.id, compatibility }));
}
