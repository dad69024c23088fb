import type { DomainEventOf } from '../../../core/DomainEvent.js';
import { learningDb } from '../LearningTables.js';
import type { LearningContext } from '../LearningContext.js';
import { completeMentorshipJob } from './completeMentorshipJob.js';
import { findMentorship } from './journeyStore.js';
import { planJourney } from './planJourney.js';
import { promptSessionJob } from './promptSessionJob.js';

/**
 * On `learning.mentorship_started`: stores the whole journey plan (a `learning_sessions` row
 * per session from `started_at` to `ends_at`, see `planJourney`), schedules a prompt job per
 * session at its due time and the completion job at `ends_at`. Ids and job keys come from
 * the mentorship, so handling the event again adds nothing.
 * @param event - the mentorship started (its row written by the mentors part)
 * @param ctx - module context
 */
export async function startJourney(
  event: DomainEventOf<'learning.mentorship_started'>,
  ctx: LearningContext,
): Promise<void> {
  const guildId = event.guildId;
  const mentorship = await findMentorship(ctx.db, guildId, event.payload.mentorshipId);
  if (mentorship?.status !== 'active') return;
  const plan = planJourney(mentorship.id, mentorship.started_at, mentorship.ends_at, ctx.config.journey);
  if (plan.length > 0) {
    await learningDb(ctx.db)
      .insertInto('learning_sessions')
      .values(
        plan.map((s) => ({
          guild_id: guildId,
          id: s.id,
          mentorship_id: mentorship.id,
          kind: s.kind,
          seq: s.seq,
          due_at: s.dueAt,
          prompt_message_id: null,
          outcome: 'pending' as const,
          no_show_user_id: null,
          recorded_by: null,
          recorded_at: null,
        })),
      )
      .onConflict((oc) => oc.columns(['guild_id', 'id']).doNothing())
      .execute();
  }
  for (const session of plan) {
    await ctx.schedule(promptSessionJob, {
      key: `journey-prompt:${session.id}`,
      runAt: session.dueAt,
      payload: { guildId, sessionId: session.id },
    });
  }
  await ctx.schedule(completeMentorshipJob, {
    key: `journey-complete:${mentorship.id}`,
    runAt: mentorship.ends_at,
    payload: { guildId, mentorshipId: mentorship.id },
  });
}
