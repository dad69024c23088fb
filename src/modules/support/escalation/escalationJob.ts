import { z } from 'zod';
import { defineJob } from '../../../core/defineJob.js';
import type { SupportContext } from '../SupportContext.js';
import { getQuestion } from '../store/Questions.js';
import { escalateQuestion } from './escalateQuestion.js';

/**
 * Job: a question's tier deadline. Still current (the question is unanswered, at that tier, with
 * that deadline) → it moves to the next tier or is reported overdue (`escalateQuestion`). An
 * answered question (its first response cleared `escalate_at`), a solved or dormant one, or one
 * a staff member already moved on, finds the job stale: nothing happens.
 */
export const escalationJob = defineJob({
  name: 'escalateQuestion',
  payload: z.object({ guildId: z.string(), questionId: z.string(), tier: z.number().int(), at: z.number() }),
  async run({ guildId, questionId, tier, at }, ctx: SupportContext) {
    const question = await getQuestion(ctx, guildId, questionId);
    if (question === undefined || question.status !== 'open' || question.first_response_at !== null) return;
    if (question.tier !== tier || question.escalate_at !== at) return;
    await escalateQuestion(ctx, question);
  },
});
