import { sendMemberNotice } from '../../../platform/sendMemberNotice.js';
import type { LearningContext } from '../LearningContext.js';
import { assignMentors } from '../matching/assignMentors.js';
import { loadCandidates, mentorProblem } from './candidates.js';
import { mentorsChannelId } from './mentorsChannel.js';
import { startMentorship } from './startMentorship.js';

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
 * Assigns mentors to every waiting mentee, optimally over all of them (`assignMentors`:
 * capacity, the `mentors.minCompatibility` floor, do-not-pair lists), or previews it. Unless
 * previewing, each pair becomes a mentorship (source `assignment`) and each mentee left
 * without a mentor is told why (in `mentors.channel` with a mention; by DM too when they
 * allowed DMs); they stay on the waiting list.
 * @param ctx - module context
 * @param guildId - the guild
 * @param request - preview; who asked; `key`: stable per cause (the command's interaction id), default the clock
 */
export async function runAssignment(
  ctx: LearningContext,
  guildId: string,
  request: { preview: boolean; by: string | null; key?: string },
): Promise<AssignmentResult> {
  const candidates = await loadCandidates(ctx, guildId);
  const open = candidates.mentors.filter((m) => m.capacity > 0);
  const solution = assignMentors(mentorProblem(ctx, { ...candidates, mentors: open }));
  const result: AssignmentResult = {
    mentees: candidates.mentees.length,
    mentors: open.length,
    pairs: solution.pairs.map((p) => ({ ...p, mentorshipId: null })),
    unassigned: solution.unassigned,
    total: solution.total,
  };
  if (request.preview) return result;
  const cause = `assignment:${request.key ?? String(ctx.clock.now())}`;
  for (const pair of result.pairs) {
    const started = await startMentorship(ctx, guildId, { ...pair, source: 'assignment', cause });
    pair.mentorshipId = started.mentorshipId;
  }
  const channelId = await mentorsChannelId(ctx, guildId);
  for (const { menteeId, reason } of result.unassigned) {
    const byDm = new Set(candidates.profiles.get(menteeId)?.dm === 1 ? [menteeId] : []);
    const text = `No mentor could be matched with you in this assignment: ${reason}. You stay on the waiting list for the next one; \`/mentor recommend\` shows who comes closest.`;
    await sendMemberNotice(ctx.platform, guildId, channelId, [menteeId], byDm, {
      channelText: text,
      dmText: text,
      nonce: `learning:${cause}:unassigned:${menteeId}`,
    });
  }
  if (request.by !== null) {
    await ctx.audit({
      guildId,
      actor: `discord:${request.by}`,
      action: 'learning.assign_mentors',
      target: null,
      details: { pairs: result.pairs.length, unassigned: result.unassigned.length },
    });
  }
  return result;
}
