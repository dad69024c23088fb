import type { DomainEventOf } from '../../../core/DomainEvent.js';
import { getQuestion, questionTags, updateQuestion } from '../store/Questions.js';
import type { SupportContext } from '../SupportContext.js';
import { supportDb } from '../SupportTables.js';
import { rankSimilar } from './rankSimilar.js';
import { guildSimilarIndex } from './similarIndex.js';
import { similarMessage } from './similarMessage.js';

/**
 * Suggests similar solved questions, FAQ entries and verified guides in a new question, once:
 * only while the question has text and no suggestion was posted. Up to `similar.max` results
 * whose score is at least `similar.minScore` of the question's own (`rankSimilar`); with
 * results, one message in the thread, a `support_suggestions` row each (score: the relative
 * one), `suggested_similar_at`, `support.similar_suggested`. Nothing is posted without results.
 * @param ctx - module context
 * @param guildId - the guild
 * @param questionId - the question's thread
 * @param at - when (epoch ms)
 */
export async function suggestSimilar(
  ctx: SupportContext,
  guildId: string,
  questionId: string,
  at: number,
): Promise<void> {
  if (!ctx.config.enabled || !ctx.config.similar.enabled) return;
  const question = await getQuestion(ctx, guildId, questionId);
  if (question === undefined || question.body.trim() === '' || question.suggested_similar_at !== null) return;
  const index = await guildSimilarIndex(ctx, guildId);
  const matches = rankSimilar(
    index,
    { id: question.id, title: question.title, body: question.body, tags: questionTags(question) },
    { max: ctx.config.similar.max, minScore: ctx.config.similar.minScore },
  );
  if (matches.length === 0) return;
  await ctx.platform.sendMessage(question.id, { content: similarMessage(guildId, matches), allowedUserMentions: [] });
  await supportDb(ctx.db)
    .insertInto('support_suggestions')
    .values(
      matches.map((m, rank) => ({
        guild_id: guildId,
        question_id: question.id,
        suggested_id: m.id,
        rank: rank + 1,
        score: m.relative,
        suggested_at: at,
      })),
    )
    .onConflict((oc) => oc.columns(['guild_id', 'question_id', 'suggested_id']).doNothing())
    .execute();
  await updateQuestion(ctx, guildId, question.id, { suggested_similar_at: at });
  await ctx.emit(
    'support.similar_suggested',
    { questionId: question.id, suggestedIds: matches.map((m) => m.id) },
    { key: `${question.id}:similar`, guildId },
  );
}

/**
 * `message.created` (after questions/ recorded it): the asker's message that gave the
 * question its text (a forum post's starter message, or the first message of a thread in a
 * help channel) triggers the suggestions.
 * @param event - the message
 * @param ctx - module context
 */
export async function similarOnMessage(event: DomainEventOf<'message.created'>, ctx: SupportContext): Promise<void> {
  const { channelId, authorId, authorBot, messageId, content } = event.payload;
  if (authorBot || content.trim() === '') return;
  const question = await getQuestion(ctx, event.guildId, channelId);
  if (question === undefined || authorId !== question.asker_id) return;
  if (messageId !== question.id && question.body !== content) return;
  await suggestSimilar(ctx, event.guildId, question.id, event.occurredAt);
}

/**
 * `support.question_opened`: a question opened with its text already known (a thread Guildhall
 * started from a message) gets its suggestions at once; a forum post's text comes with its
 * starter message ({@link similarOnMessage}).
 * @param event - the question
 * @param ctx - module context
 */
export async function similarOnOpened(
  event: DomainEventOf<'support.question_opened'>,
  ctx: SupportContext,
): Promise<void> {
  await suggestSimilar(ctx, event.guildId, event.payload.questionId, event.occurredAt);
}
