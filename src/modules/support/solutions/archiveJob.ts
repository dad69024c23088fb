import { z } from 'zod';
import { defineJob } from '../../../core/defineJob.js';
import { getQuestion, updateQuestion } from '../store/Questions.js';
import type { SupportContext } from '../SupportContext.js';

/**
 * Job: closes a solved question at its `archive_at`: archives the thread (locks it too with
 * `solutions.lock`) and emits `support.closed`. Scheduled under a key holding `archiveAt`; a
 * later message moves `archive_at` and schedules another job, and this one, finding the time
 * changed (or the question reopened), does nothing.
 */
export const archiveSolvedJob = defineJob({
  name: 'archiveSolved',
  payload: z.object({ guildId: z.string(), questionId: z.string(), archiveAt: z.number() }),
  async run({ guildId, questionId, archiveAt }, ctx: SupportContext) {
    const question = await getQuestion(ctx, guildId, questionId);
    if (question?.status !== 'solved' || question.archive_at !== archiveAt) return;
    const { lock } = ctx.config.solutions;
    await updateQuestion(ctx, guildId, questionId, { archive_at: null, archived_at: ctx.clock.now() });
    await ctx.platform.editThread(questionId, { archived: true, locked: lock }, 'Solved question closed');
    await ctx.emit(
      'support.closed',
      { questionId, locked: lock },
      { key: `${questionId}:closed:${archiveAt}`, guildId },
    );
  },
});
