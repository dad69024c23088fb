import type { InteractionReply } from '../../../platform/Platform.js';
import { unsolvedStatus } from '../questions/unsolvedStatus.js';
import { updateQuestion } from '../store/Questions.js';
import type { SupportContext } from '../SupportContext.js';
import { privately, solutionAccess, type Actor } from './solutionAccess.js';
import { setSolvedTag } from './solvedTag.js';

/**
 * `/unsolved`: reopens a solved question (the asker, helpers, staff): back to answered (or
 * open), the solution and the pending archive cleared, the solved tag taken off (the thread
 * unarchived if it was closed), a short note in the thread, `support.reopened`.
 * @param ctx - module context
 * @param actor - who
 * @param questionId - the thread the command was used in
 * @param key - the interaction's event id (exactly-once effects)
 */
export async function reopenQuestion(
  ctx: SupportContext,
  actor: Actor,
  questionId: string,
  key: string,
): Promise<InteractionReply> {
  const access = await solutionAccess(ctx, actor, questionId, 'solved');
  if ('refusal' in access) return access.refusal;
  const { question } = access;
  await updateQuestion(ctx, question.guild_id, question.id, {
    status: unsolvedStatus(question),
    solved_at: null,
    solution_message_id: null,
    solution_author_id: null,
    solved_by_id: null,
    solved_via: null,
    archive_at: null,
    archived_at: null,
  });
  await setSolvedTag(ctx, question, false);
  await ctx.platform.sendMessage(question.id, {
    content: `🔄 Reopened by <@${actor.userId}>: this question is open again.`,
    nonce: `support:reopened:${question.id}:${key}`,
  });
  await ctx.emit(
    'support.reopened',
    { questionId: question.id, by: actor.userId },
    { key: `${question.id}:reopened:${key}`, guildId: question.guild_id },
  );
  return privately('Reopened. Mark the solution again with `/solved` when it is solved.');
}
