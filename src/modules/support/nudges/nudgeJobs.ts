import { z } from 'zod';
import { defineJob } from '../../../core/defineJob.js';
import type { SupportContext } from '../SupportContext.js';
import { getQuestion } from '../store/Questions.js';
import { supportDb } from '../SupportTables.js';
import { dormantNotice, markSolutionReminder } from './nudgeMessages.js';
import { dormantDueAt, nudgeDueAt } from './nudgeTimes.js';
import { scheduleDormant, scheduleNudge } from './scheduleNudges.js';

const DAY_MS = 86_400_000;

const payload = z.object({ guildId: z.string(), questionId: z.string(), at: z.number() });

/**
 * Job: remind the asker to mark a solution. When the reminder is no longer due (solved, already
 * reminded, the asker spoke last) nothing happens; when activity moved its time later, the job
 * schedules itself at the new time (a new key) and stops; otherwise the asker is mentioned in
 * the thread (once: `nudged_at`) and `support.nudged` emitted.
 */
export const nudgeJob = defineJob({
  name: 'nudgeAsker',
  payload,
  async run({ guildId, questionId }, ctx: SupportContext) {
    const question = await getQuestion(ctx, guildId, questionId);
    if (question === undefined) return;
    const due = nudgeDueAt(question, ctx.config);
    if (due === null) return;
    const now = ctx.clock.now();
    if (due > now) return scheduleNudge(ctx, question);
    // Two jobs may be due at once (a chain and a message's): the one that sets `nudged_at` acts.
    const claimed = await supportDb(ctx.db)
      .updateTable('support_questions')
      .set({ nudged_at: now })
      .where('guild_id', '=', guildId)
      .where('id', '=', questionId)
      .where('nudged_at', 'is', null)
      .executeTakeFirst();
    if (Number(claimed.numUpdatedRows) === 0) return;
    await ctx.platform.sendMessage(questionId, markSolutionReminder(question.asker_id));
    await ctx.emit(
      'support.nudged',
      { questionId, askerId: question.asker_id },
      { key: `nudged:${questionId}`, guildId },
    );
  },
});

/**
 * Job: an unsolved question idle for `nudges.dormantAfter` goes dormant: a notice in its
 * thread, the thread archived, status `dormant`, `support.dormant` emitted. Activity since the
 * job was scheduled moves it later (rescheduled under a new key); a solved or dormant question
 * is left alone.
 */
export const dormantJob = defineJob({
  name: 'dormantQuestion',
  payload,
  async run({ guildId, questionId }, ctx: SupportContext) {
    const question = await getQuestion(ctx, guildId, questionId);
    if (question === undefined) return;
    const due = dormantDueAt(question, ctx.config);
    if (due === null) return;
    const now = ctx.clock.now();
    if (due > now) return scheduleDormant(ctx, question);
    const idleMs = now - question.last_activity_at;
    // Two jobs may be due at once (a chain and a message's): the one that changes the status acts.
    const claimed = await supportDb(ctx.db)
      .updateTable('support_questions')
      .set({ status: 'dormant', archived_at: now, escalate_at: null })
      .where('guild_id', '=', guildId)
      .where('id', '=', questionId)
      .where('status', 'in', ['open', 'answered'])
      .where('last_activity_at', '=', question.last_activity_at)
      .executeTakeFirst();
    if (Number(claimed.numUpdatedRows) === 0) return;
    await ctx.platform.sendMessage(questionId, dormantNotice(Math.max(1, Math.round(idleMs / DAY_MS))));
    await ctx.platform.editThread(questionId, { archived: true }, 'Support question idle: dormant');
    await ctx.emit('support.dormant', { questionId, idleMs }, { key: `dormant:${questionId}:${due}`, guildId });
  },
});
