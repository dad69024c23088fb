import type { LearningContext } from '../LearningContext.js';
import { learningDb } from '../LearningTables.js';
import type { MentorshipRow } from './journeyStore.js';
import { tellPair } from './tellPair.js';

/** Why a mentorship ends. */
export type EndReason = 'completed' | 'ended' | 'member_left';

/**
 * Ends an active mentorship: status `completed` (its journey ran to `ends_at`) or `ended`
 * (one side, staff, or a departure); sessions not yet prompted are removed, so their jobs
 * find nothing and do nothing (a prompted one still takes its answer until its deadline);
 * `learning.mentorship_ended`; the pair is told. A completed journey also credits the mentor
 * `peer_mentoring` once (`contribution.recorded`, key `<mentorshipId>:peer_mentoring`).
 * @param ctx - module context
 * @param mentorship - the mentorship (nothing happens unless it is still active)
 * @param reason - why
 * @param by - who ended it; null for the journey's end or a departure
 * @returns whether it was ended now
 */
export async function endMentorship(
  ctx: LearningContext,
  mentorship: MentorshipRow,
  reason: EndReason,
  by: string | null,
): Promise<boolean> {
  const guildId = mentorship.guild_id;
  const db = learningDb(ctx.db);
  const now = ctx.clock.now();
  const updated = await db
    .updateTable('learning_mentorships')
    .set({ status: reason === 'completed' ? 'completed' : 'ended', ended_at: now, ended_by: by, end_reason: reason })
    .where('guild_id', '=', guildId)
    .where('id', '=', mentorship.id)
    .where('status', '=', 'active')
    .executeTakeFirst();
  if (updated.numUpdatedRows === 0n) return false;
  await db
    .deleteFrom('learning_sessions')
    .where('guild_id', '=', guildId)
    .where('mentorship_id', '=', mentorship.id)
    .where('outcome', '=', 'pending')
    .where('prompt_message_id', 'is', null)
    .where('due_at', '>', now)
    .execute();
  await ctx.emit(
    'learning.mentorship_ended',
    { mentorshipId: mentorship.id, mentorId: mentorship.mentor_id, menteeId: mentorship.mentee_id, reason, by },
    { key: `mentorship-ended:${mentorship.id}`, guildId },
  );
  if (reason === 'completed') {
    await ctx.emit(
      'contribution.recorded',
      {
        userId: mentorship.mentor_id,
        kind: 'peer_mentoring',
        sourceId: mentorship.id,
        ...(mentorship.thread_id === null ? {} : { channelId: mentorship.thread_id }),
      },
      { key: `${mentorship.id}:peer_mentoring`, guildId },
    );
  }
  const text =
    reason === 'completed'
      ? '🎓 Your mentorship journey is complete. Thank you both for the time and care you gave it!'
      : reason === 'member_left'
        ? 'This mentorship has ended: one of you left the server. Thank you for the sessions you had.'
        : `This mentorship was ended${by === null ? '' : ` by <@${by}>`}. No more session prompts will come. Thank you both!`;
  if (reason !== 'member_left' || mentorship.thread_id !== null) {
    await tellPair(ctx, mentorship, text, `learning:mentorship-end:${guildId}:${mentorship.id}`);
  }
  return true;
}
