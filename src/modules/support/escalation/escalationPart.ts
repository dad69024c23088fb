import { supportCommand } from '../commands/supportCommand.js';
import type { SupportPart } from '../SupportPart.js';
import { supportDb } from '../SupportTables.js';
import { escalationJob } from './escalationJob.js';
import { scheduleEscalation } from './scheduleEscalation.js';
import { scheduleOpenQuestion } from './scheduleOpenQuestion.js';

/**
 * The escalation part of the support module: each unanswered question's tier deadline runs as
 * a durable job keyed by question, tier and time (scheduled when the question opens, then tier
 * after tier), which pings the next tier or reports the question overdue; the staff `/support`
 * command (`queue`, `escalate`). No periodic sweep: without questions nothing is scheduled.
 */
export const escalationPart: SupportPart = {
  on: {
    'support.question_opened': async (event, ctx) => {
      await scheduleOpenQuestion(ctx, event.guildId, event.payload.questionId);
    },
  },
  jobs: [escalationJob],
  commands: [supportCommand],
  /** Schedules the pending deadlines again (a key already scheduled is ignored): restart-safe. */
  async start(ctx, guildId) {
    const waiting = await supportDb(ctx.db)
      .selectFrom('support_questions')
      .select(['id', 'tier', 'escalate_at'])
      .where('guild_id', '=', guildId)
      .where('status', '=', 'open')
      .where('escalate_at', 'is not', null)
      .execute();
    for (const q of waiting) {
      if (q.escalate_at !== null) await scheduleEscalation(ctx, guildId, q.id, q.tier, q.escalate_at);
    }
  },
};
