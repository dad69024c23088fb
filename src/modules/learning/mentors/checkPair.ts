import type { LearningContext } from '../LearningContext.js';
import { hasActiveMentor, isForbidden, loadCandidates, type MentorCandidates } from './candidates.js';
import { pairCompatibility } from './recommendFor.js';

/** Whether a mentee may be matched with a mentor now, and their compatibility. */
export type PairCheck =
  { ok: true; compatibility: number; candidates: MentorCandidates } | { ok: false; reason: string };

/**
 * Checks a pair for a request (when asked and again when the mentor accepts): both have a
 * profile, the mentee has no active mentor, the mentor is active with capacity left, neither
 * avoids the other, and the pair reaches `mentors.minCompatibility`. Reasons are written to
 * the member asking.
 * @param ctx - module context
 * @param guildId - the guild
 * @param menteeId - the mentee
 * @param mentorId - the mentor
 */
export async function checkPair(
  ctx: LearningContext,
  guildId: string,
  menteeId: string,
  mentorId: string,
): Promise<PairCheck> {
  if (menteeId === mentorId) return { ok: false, reason: 'You cannot mentor yourself.' };
  const candidates = await loadCandidates(ctx, guildId, [menteeId]);
  const mentee = candidates.mentees.find((m) => m.id === menteeId);
  if (mentee === undefined) return { ok: false, reason: 'There is no learner profile: set one with `/learn profile`.' };
  const mentor = candidates.mentors.find((m) => m.id === mentorId);
  if (mentor === undefined)
    return { ok: false, reason: `<@${mentorId}> is not taking mentees (not registered, or paused).` };
  if (await hasActiveMentor(ctx, guildId, menteeId))
    return { ok: false, reason: 'There is an active mentorship already: end it first with `/mentor end`.' };
  if (mentor.capacity <= 0) return { ok: false, reason: `<@${mentorId}> has no room for another mentee right now.` };
  if (isForbidden(candidates.forbidden, menteeId, mentorId)) {
    return { ok: false, reason: `<@${mentorId}> cannot be matched with this mentee (a do-not-pair list).` };
  }
  const compatibility = pairCompatibility(ctx, mentee, mentor);
  const floor = ctx.config.mentors.minCompatibility;
  if (compatibility < floor - 1e-9) {
    return {
      ok: false,
      reason: `The match with <@${mentorId}> is ${percent(compatibility)}, below the ${percent(floor)} this community asks for.`,
    };
  }
  return { ok: true, compatibility, candidates };
}

/**
 * A share as a whole percentage: 0.734 → `73 %`.
 * @param share - 0…1
 */
export function percent(share: number): string {
  return `${Math.round(share * 100)} %`;
}
