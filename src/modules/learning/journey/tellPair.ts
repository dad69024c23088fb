import { sendMemberNotice } from '../../../platform/sendMemberNotice.js';
import type { LearningContext } from '../LearningContext.js';
import { dmOptedIn, type MentorshipRow } from './journeyStore.js';

/**
 * Tells a mentor and mentee something: in their thread mentioning both (pinging exactly
 * them); without a thread, by DM to those of the two who allowed it (`learning_profiles.dm`),
 * else nobody (the dashboard and `/mentor status` still show it).
 * @param ctx - module context
 * @param mentorship - the pair
 * @param text - what to say (the thread message gets the mentions after it)
 * @param nonce - stable per cause
 */
export async function tellPair(
  ctx: LearningContext,
  mentorship: MentorshipRow,
  text: string,
  nonce: string,
): Promise<void> {
  const pair = [mentorship.mentor_id, mentorship.mentee_id];
  const byDm = mentorship.thread_id === null ? await dmOptedIn(ctx.db, mentorship.guild_id, pair) : new Set<string>();
  await sendMemberNotice(ctx.platform, mentorship.guild_id, mentorship.thread_id, pair, byDm, {
    channelText: text,
    dmText: text,
    nonce,
  });
}
