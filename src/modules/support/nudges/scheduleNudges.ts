import type { SupportContext } from '../SupportContext.js';
import type { Question } from '../store/Questions.js';
import { dormantJob, nudgeJob } from './nudgeJobs.js';
import { dormantDueAt, nudgeDueAt } from './nudgeTimes.js';

/**
 * Schedules the asker's reminder at its due time, when one is due (`nudgeDueAt`). The key holds
 * the time: repeated calls schedule nothing twice; activity that moved the time schedules anew.
 * @param ctx - module context
 * @param question - the question as stored
 * @param key - the job's key (default: by question and due time)
 */
export async function scheduleNudge(ctx: SupportContext, question: Question, key?: string): Promise<void> {
  const at = nudgeDueAt(question, ctx.config);
  if (at === null) return;
  await ctx.schedule(nudgeJob, {
    key: key ?? `support:nudge:${question.id}:${at}`,
    runAt: at,
    payload: { guildId: question.guild_id, questionId: question.id, at },
  });
}

/**
 * Schedules the question's dormancy at its due time, while it is unsolved (`dormantDueAt`);
 * keyed by time like {@link scheduleNudge}.
 * @param ctx - module context
 * @param question - the question as stored
 * @param key - the job's key (default: by question and due time)
 */
export async function scheduleDormant(ctx: SupportContext, question: Question, key?: string): Promise<void> {
  const at = dormantDueAt(question, ctx.config);
  if (at === null) return;
  await ctx.schedule(dormantJob, {
    key: key ?? `support:dormant:${question.id}:${at}`,
    runAt: at,
    payload: { guildId: question.guild_id, questionId: question.id, at },
  });
}

/**
 * Schedules both at their current times (after the question opened, was answered, got a
 * message or was reopened).
 * @param ctx - module context
 * @param question - the question as stored
 */
export async function scheduleNudges(ctx: SupportContext, question: Question): Promise<void> {
  await scheduleNudge(ctx, question);
  await scheduleDormant(ctx, question);
}

/**
 * Schedules after a member's message without a job per message: a pending job whose time the
 * message moved finds it moved when it runs and schedules itself anew, so a message only has
 * to start a chain that ended. The reminder's chain ends when the asker spoke last, so its key
 * names the asker's last message time (one job per turn of the asker); the dormancy chain ends
 * only when the question went dormant, and a message reopening it comes at least
 * `dormantAfter` after the last one, so its key names the message's `dormantAfter` period.
 * @param ctx - module context
 * @param question - the question as stored, after the message was recorded
 */
export async function scheduleAfterMessage(ctx: SupportContext, question: Question): Promise<void> {
  const period = Math.max(1, ctx.config.nudges.dormantAfter);
  await scheduleNudge(ctx, question, `support:nudge:${question.id}:turn:${question.last_asker_at}`);
  await scheduleDormant(
    ctx,
    question,
    `support:dormant:${question.id}:period:${Math.floor(question.last_activity_at / period)}`,
  );
}
