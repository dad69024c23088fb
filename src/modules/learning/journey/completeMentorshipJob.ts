import { z } from 'zod';
import { defineJob } from '../../../core/defineJob.js';
import type { LearningContext } from '../LearningContext.js';
import { endMentorship } from './endMentorship.js';
import { findMentorship } from './journeyStore.js';

/**
 * At a mentorship's `ends_at`: the journey completes (status `completed`,
 * `learning.mentorship_ended` reason `completed`, both thanked, the mentor credited).
 * Nothing when it already ended.
 */
export const completeMentorshipJob = defineJob({
  name: 'journey-complete',
  payload: z.object({ guildId: z.string(), mentorshipId: z.string() }),
  async run(payload, ctx: LearningContext) {
    const mentorship = await findMentorship(ctx.db, payload.guildId, payload.mentorshipId);
    if (mentorship?.status !== 'active') return;
    await endMentorship(ctx, mentorship, 'completed', null);
  },
});
