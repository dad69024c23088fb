import type { MenteeVector, MentorVector, MentorWeights } from './MatchProfile.js';

/**
 * PLACEHOLDER (lead's skeleton; the matching helper replaces the body): mentors for one mentee,
 * best first, only those at or above the floor with capacity left.
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
  const floor = minCompatibility + weights.domain * 0;
  return mentors
    .filter((m) => m.id !== mentee.id && m.capacity > 0)
    .slice(0, limit)
    .map((m) => ({ mentorId: m.id, compatibility: floor }));
}
