import { z } from 'zod';
import { defineJob } from '../../../core/defineJob.js';
import { learningDb } from '../LearningTables.js';
import type { LearningContext } from '../LearningContext.js';
import { findMentorship, findSession } from './journeyStore.js';
import { sessionDeadlineJob } from './sessionDeadlineJob.js';
import { sessionPrompt, sessionPromptDm } from './sessionMessages.js';
import { tellPair } from './tellPair.js';

/**
 * Prompts a due session: in the pair's thread, a message mentioning both with what the
 * session is for and the outcome buttons (posted at once with a nonce so its id is kept);
 * without a thread, a DM reminder to those who allowed DMs. Schedules the answer deadline.
 * Nothing when the mentorship is no longer active, or the session is gone, answered or
 * already prompted (a replay posts nothing twice).
 * @param ctx - module context
 * @param guildId - the guild
 * @param sessionId - the session due
 */
export async function promptSession(ctx: LearningContext, guildId: string, sessionId: string): Promise<void> {
  const session = await findSession(ctx.db, guildId, sessionId);
  if (session === null || session.outcome !== 'pending' || session.prompt_message_id !== null) return;
  const mentorship = await findMentorship(ctx.db, guildId, session.mentorship_id);
  if (mentorship?.status !== 'active') return;
  const answerBy = Math.max(ctx.clock.now(), session.due_at) + ctx.config.journey.answerWithin;
  if (mentorship.thread_id !== null) {
    const sent = await ctx.platformNow.sendMessage(mentorship.thread_id, {
      ...sessionPrompt(mentorship, session, answerBy),
      nonce: `learning:session:${guildId}:${sessionId}`,
    });
    await learningDb(ctx.db)
      .updateTable('learning_sessions')
      .set({ prompt_message_id: sent.id })
      .where('guild_id', '=', guildId)
      .where('id', '=', sessionId)
      .execute();
  } else {
    await tellPair(ctx, mentorship, sessionPromptDm(session), `learning:session:${guildId}:${sessionId}`);
  }
  await ctx.schedule(sessionDeadlineJob, {
    key: `journey-deadline:${sessionId}`,
    runAt: answerBy,
    payload: { guildId, sessionId },
  });
}

/** Posts a session's prompt when it is due (see {@link promptSession}). */
export const promptSessionJob = defineJob({
  name: 'journey-session-prompt',
  payload: z.object({ guildId: z.string(), sessionId: z.string() }),
  async run(payload, ctx: LearningContext) {
    await promptSession(ctx, payload.guildId, payload.sessionId);
  },
});
