import type { LearningContext } from '../LearningContext.js';

/** What an assignment run did. */
export interface AssignmentResult {
  /** Mentees waiting when it ran. */
  mentees: number;
  /** Mentors with capacity left. */
  mentors: number;
  pairs: { menteeId: string; mentorId: string; compatibility: number; mentorshipId: string | null }[];
  unassigned: { menteeId: string; reason: string }[];
  total: number;
}

/**
 * PLACEHOLDER (lead's skeleton; the mentors helper replaces the body): assigns mentors to every
 * waiting mentee, optimally over all of them (capacity, the 0.7 floor), or previews it.
 * @param ctx - module context
 * @param guildId - the guild
 * @param request - preview, who asked
 */
export function runAssignment(
  ctx: LearningContext,
  guildId: string,
  request: { preview: boolean; by: string | null },
): Promise<AssignmentResult> {
  return Promise.reject(
    new Error(`runAssignment is not implemented (${guildId}, ${String(request.preview)}, ${ctx.config.timezone})`),
  );
}
