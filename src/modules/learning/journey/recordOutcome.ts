import { sql } from 'kysely';
import type { SessionOutcome } from '../config/LearningTypes.js';
import { learningDb } from '../LearningTables.js';
import type { LearningContext } from '../LearningContext.js';
import { findMentorship, findSession, type SessionRow } from './journeyStore.js';
import { sessionResult } from './sessionMessages.js';

/** An outcome to record for a session. */
export interface SessionRecord {
  outcome: Exclude<SessionOutcome, 'pending'>;
  /** The member who did not show (outcome `no_show`). */
  noShowUserId: string | null;
  /** Who recorded it; null: the deadline job. */
  by: string | null;
}

/**
 * Records a pending session's outcome, once: the row; a no-show adds one to the absent
 * member's `learning_profiles.no_shows` (lowering their future match scores); `met` credits
 * the mentor `peer_mentoring` through `contribution.recorded`; the prompt is edited to show
 * the outcome without buttons; `learning.session_recorded` is emitted.
 * @param ctx - module context
 * @param guildId - the guild
 * @param sessionId - the session
 * @param record - outcome, no-show, who
 * @returns the recorded session, or null when it is unknown or no longer pending
 */
export async function recordOutcome(
  ctx: LearningContext,
  guildId: string,
  sessionId: string,
  record: SessionRecord,
): Promise<SessionRow | null> {
  const session = await findSession(ctx.db, guildId, sessionId);
  if (session?.outcome !== 'pending') return null;
  const db = learningDb(ctx.db);
  const now = ctx.clock.now();
  const changes = {
    outcome: record.outcome,
    no_show_user_id: record.noShowUserId,
    recorded_by: record.by,
    recorded_at: now,
  };
  const updated = await db
    .updateTable('learning_sessions')
    .set(changes)
    .where('guild_id', '=', guildId)
    .where('id', '=', sessionId)
    .where('outcome', '=', 'pending')
    .executeTakeFirst();
  if (updated.numUpdatedRows === 0n) return null;
  const recorded: SessionRow = { ...session, ...changes };
  const mentorship = await findMentorship(ctx.db, guildId, session.mentorship_id);
  if (record.noShowUserId !== null) {
    await db
      .updateTable('learning_profiles')
      .set({ no_shows: sql<number>`no_shows + 1`, updated_at: now })
      .where('guild_id', '=', guildId)
      .where('user_id', '=', record.noShowUserId)
      .execute();
  }
  if (mentorship !== null && record.outcome === 'met') {
    await ctx.emit(
      'contribution.recorded',
      {
        userId: mentorship.mentor_id,
        kind: 'peer_mentoring',
        sourceId: sessionId,
        ...(mentorship.thread_id === null ? {} : { channelId: mentorship.thread_id }),
      },
      { key: `${sessionId}:peer_mentoring`, guildId },
    );
  }
  const threadId = mentorship?.thread_id ?? null;
  if (mentorship !== null && threadId !== null && session.prompt_message_id !== null) {
    await ctx.platform.editMessage(threadId, session.prompt_message_id, sessionResult(mentorship, recorded));
  }
  await ctx.emit(
    'learning.session_recorded',
    {
      mentorshipId: session.mentorship_id,
      sessionId,
      kind: session.kind,
      seq: session.seq,
      outcome: record.outcome,
      noShowUserId: record.noShowUserId,
      by: record.by,
    },
    { key: `session-recorded:${sessionId}`, guildId },
  );
  return recorded;
}
