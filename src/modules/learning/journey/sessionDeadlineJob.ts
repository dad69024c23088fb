import { z } from 'zod';
import { defineJob } from '../../../core/defineJob.js';
import type { LearningContext } from '../LearningContext.js';
import { recordOutcome } from './recordOutcome.js';

/**
 * `answerWithin` after a session's prompt: a session nobody answered is recorded as skipped
 * (its prompt edited, `learning.session_recorded`). Nothing when it was answered or is gone.
 */
export const sessionDeadlineJob = defineJob({
  name: 'journey-session-deadline',
  payload: z.object({ guildId: z.string(), sessionId: z.string() }),
  async run(payload, ctx: LearningContext) {
    await recordOutcome(ctx, payload.guildId, payload.sessionId, { outcome: 'skipped', noShowUserId: null, by: null });
  },
});
