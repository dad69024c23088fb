import type { DomainEventOf } from '../../../core/DomainEvent.js';
import { supportActive } from '../questions/helpChannels.js';
import { getQuestion, updateQuestion, type Question } from '../store/Questions.js';
import type { SupportContext } from '../SupportContext.js';
import { archiveSolvedJob } from './archiveJob.js';
import { inferSolution } from './inferSolution.js';

/**
 * `message.created` in a question's thread, after questions/ recorded it: a member's message
 * in a solved question pushes its archiving back to `solutions.archiveAfter` from now (also
 * when it was closed already: Discord unarchived the thread, it closes again later); the
 * asker's thanks may suggest a solution ({@link inferSolution}).
 * @param event - the message
 * @param ctx - module context
 */
export async function solutionMessageCreated(
  event: DomainEventOf<'message.created'>,
  ctx: SupportContext,
): Promise<void> {
  if (!supportActive(ctx) || event.payload.authorBot) return;
  const question = await getQuestion(ctx, event.guildId, event.payload.channelId);
  if (question === undefined) return;
  if (question.status === 'solved') await delayArchive(ctx, question, event.occurredAt);
  else await inferSolution(event, ctx, question);
}

async function delayArchive(ctx: SupportContext, question: Question, at: number): Promise<void> {
  const archiveAt = at + ctx.config.solutions.archiveAfter;
  if (question.archive_at !== null && question.archive_at >= archiveAt) return;
  const guildId = question.guild_id;
  await updateQuestion(ctx, guildId, question.id, { archive_at: archiveAt, archived_at: null });
  await ctx.schedule(archiveSolvedJob, {
    key: `support:archive:${question.id}:${archiveAt}`,
    runAt: archiveAt,
    payload: { guildId, questionId: question.id, archiveAt },
  });
}
