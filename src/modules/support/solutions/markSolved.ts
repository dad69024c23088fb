import { describeDuration } from '../../../config/Duration.js';
import type { SolvedVia } from '../SupportTables.js';
import { questionTags, updateQuestion, type Question } from '../store/Questions.js';
import type { SupportContext } from '../SupportContext.js';
import { archiveSolvedJob } from './archiveJob.js';
import { messageLink } from './messageLink.js';
import { setSolvedTag } from './solvedTag.js';

/** What marks a question solved: which message (if any), written by whom, marked how. */
export interface SolutionMark {
  /** The solution message, null when none was pointed at. */
  messageId: string | null;
  /** Its author (a human: callers refuse bot messages), null when unknown or none. */
  authorId: string | null;
  /** Who marked it. */
  markedBy: string;
  via: SolvedVia;
  /** Id of what caused it (the interaction or event id): keeps the effects exactly-once. */
  key: string;
}

/**
 * Marks a question solved: status `solved` with the solution, escalation stopped, archiving
 * due `solutions.archiveAfter` from now (a durable job); the forum's solved tag put on the post
 * (other tags kept) and a short confirmation posted in the thread with a link to the solution
 * (both left out when the tag was put on by hand on Discord: `via: 'tag'`); `support.solved`;
 * `contribution.recorded` `helpful_answer` for the solution's author when they are not the
 * asker, and `question_answered` for the first responder when they are not the solution's author.
 * @param ctx - module context
 * @param question - the question, not solved
 * @param mark - the solution
 */
export async function markSolved(ctx: SupportContext, question: Question, mark: SolutionMark): Promise<void> {
  const guildId = question.guild_id;
  const now = ctx.clock.now();
  const authorId = mark.authorId === question.asker_id ? null : mark.authorId;
  const archiveAt = now + ctx.config.solutions.archiveAfter;
  await updateQuestion(ctx, guildId, question.id, {
    status: 'solved',
    solved_at: now,
    solution_message_id: mark.messageId,
    solution_author_id: authorId,
    solved_by_id: mark.markedBy,
    solved_via: mark.via,
    escalate_at: null,
    archive_at: archiveAt,
    archived_at: null,
  });
  await ctx.schedule(archiveSolvedJob, {
    key: `support:archive:${question.id}:${archiveAt}`,
    runAt: archiveAt,
    payload: { guildId, questionId: question.id, archiveAt },
  });
  if (mark.via !== 'tag') {
    await setSolvedTag(ctx, question, true);
    await ctx.platform.sendMessage(question.id, {
      content: confirmation(ctx, question, mark),
      nonce: `support:solved:${question.id}:${mark.key}`,
    });
  }
  const tags = questionTags(question);
  await ctx.emit(
    'support.solved',
    {
      questionId: question.id,
      askerId: question.asker_id,
      messageId: mark.messageId,
      solutionAuthorId: authorId,
      markedBy: mark.markedBy,
      via: mark.via,
      resolutionMs: Math.max(0, now - question.created_at),
      answeredBy: question.answered_by,
      tags,
    },
    { key: `${question.id}:solved:${mark.key}`, guildId },
  );
  await credit(ctx, question, authorId);
}

/** The public line in the thread: who marked it, a link to the solution, when it closes. */
function confirmation(ctx: SupportContext, question: Question, mark: SolutionMark): string {
  const solution =
    mark.messageId === null
      ? ''
      : ` Solution${mark.authorId !== null && mark.authorId !== question.asker_id ? ` by <@${mark.authorId}>` : ''}: ${messageLink(question.guild_id, question.id, mark.messageId)}`;
  const closes = `This thread will be archived in ${describeDuration(ctx.config.solutions.archiveAfter)}; posting again keeps it open, \`/unsolved\` reopens it.`;
  return `✅ Marked as solved by <@${mark.markedBy}>.${solution}\n${closes}`;
}

/** Credits the solution's author and the first responder (recognition turns it into points). */
async function credit(ctx: SupportContext, question: Question, authorId: string | null): Promise<void> {
  const guildId = question.guild_id;
  if (authorId !== null) {
    await ctx.emit(
      'contribution.recorded',
      { userId: authorId, kind: 'helpful_answer', sourceId: `support:solution:${question.id}`, channelId: question.id },
      { key: `${question.id}:helpful_answer:${authorId}`, guildId },
    );
  }
  const first = question.first_responder_id;
  if (first !== null && first !== authorId && first !== question.asker_id) {
    await ctx.emit(
      'contribution.recorded',
      { userId: first, kind: 'question_answered', sourceId: `support:first:${question.id}`, channelId: question.id },
      { key: `${question.id}:question_answered`, guildId },
    );
  }
}
