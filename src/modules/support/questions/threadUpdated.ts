import type { DomainEventOf } from '../../../core/DomainEvent.js';
import { markSolved } from '../solutions/markSolved.js';
import { getQuestion, questionTags, updateQuestion } from '../store/Questions.js';
import type { SupportContext } from '../SupportContext.js';
import { tagIdByName, topicTagNames } from './forumTags.js';
import { helpChannels, supportActive } from './helpChannels.js';

/**
 * `thread.updated` of a question (anyone changed its tags, name, archived or locked state,
 * Guildhall included): a solved tag put on an unsolved question on Discord marks it solved
 * (`via: 'tag'`, marked by the asker, no solution message); changed topic tags are stored.
 * Guildhall's own tag changes arrive here after the question's status already says so.
 * @param event - the thread as it is now
 * @param ctx - module context
 */
export async function threadUpdated(event: DomainEventOf<'thread.updated'>, ctx: SupportContext): Promise<void> {
  if (!supportActive(ctx)) return;
  const { guildId } = event;
  const question = await getQuestion(ctx, guildId, event.payload.threadId);
  if (question === undefined) return;
  const forum = (await helpChannels(ctx, guildId)).byId.get(question.channel_id);
  const { solvedTag } = ctx.config.solutions;
  const tags = topicTagNames(forum, event.payload.appliedTags, solvedTag);
  if (forum?.kind === 'forum' && JSON.stringify(tags) !== JSON.stringify(questionTags(question))) {
    await updateQuestion(ctx, guildId, question.id, { tags: JSON.stringify(tags) });
  }
  const solvedId = tagIdByName(forum, solvedTag);
  if (solvedId === null || !event.payload.appliedTags.includes(solvedId) || question.status === 'solved') return;
  await markSolved(
    ctx,
    { ...question, tags: JSON.stringify(tags) },
    {
      messageId: null,
      authorId: null,
      markedBy: question.asker_id,
      via: 'tag',
      key: event.id,
    },
  );
}
