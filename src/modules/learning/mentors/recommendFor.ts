import type { LearningContext } from '../LearningContext.js';
import type { MenteeVector, MentorVector } from '../matching/MatchProfile.js';
import { mentorScorer } from '../matching/mentorCompatibility.js';
import { recommendMentors } from '../matching/recommendMentors.js';
import { isForbidden, loadCandidates, type MentorCandidates } from './candidates.js';

/** A mentor recommended to a mentee. */
export interface Recommendation {
  mentorId: string;
  compatibility: number;
  category: MentorVector['category'];
}

/** Recommendations for one member: those at or above the floor, and the best one below it. */
export interface Recommendations {
  /** Best first, at or above `mentors.minCompatibility`, with capacity, not avoided. */
  ranked: Recommendation[];
  /** The best mentor below the floor (to say how close the member is), or null. */
  bestBelow: Recommendation | null;
  /** Active mentors with capacity left, besides the member and those avoided. */
  available: number;
}

/**
 * The compatibility of one mentee with one mentor, whatever the mentor's capacity or the floor.
 * @param ctx - module context
 * @param mentee - the mentee
 * @param mentor - the mentor
 */
export function pairCompatibility(ctx: LearningContext, mentee: MenteeVector, mentor: MentorVector): number {
  return mentorScorer([mentee], [mentor], ctx.config.mentors.weights).score(0, 0);
}

/**
 * Mentors for one member, best first (see {@link Recommendations}).
 * @param ctx - module context
 * @param guildId - the guild
 * @param userId - the member (who must have a profile)
 * @param limit - at most this many ranked
 * @param loaded - candidates already loaded for this member
 */
export async function recommendFor(
  ctx: LearningContext,
  guildId: string,
  userId: string,
  limit: number,
  loaded?: MentorCandidates,
): Promise<Recommendations> {
  const candidates = loaded ?? (await loadCandidates(ctx, guildId, [userId]));
  const mentee = candidates.mentees.find((m) => m.id === userId);
  const empty: Recommendations = { ranked: [], bestBelow: null, available: 0 };
  if (mentee === undefined) return empty;
  const open = candidates.mentors.filter(
    (m) => m.id !== userId && m.capacity > 0 && !isForbidden(candidates.forbidden, userId, m.id),
  );
  const { weights, minCompatibility } = ctx.config.mentors;
  const byId = new Map(open.map((m) => [m.id, m]));
  const all = recommendMentors(mentee, open, weights, 0, open.length).flatMap((r) => {
    const mentor = byId.get(r.mentorId);
    return mentor === undefined ? [] : [{ ...r, category: mentor.category }];
  });
  const ranked = all.filter((r) => r.compatibility >= minCompatibility - 1e-9).slice(0, limit);
  const bestBelow = all.find((r) => r.compatibility < minCompatibility - 1e-9) ?? null;
  return { ranked, bestBelow, available: open.length };
}
