import type { DomainEventOf } from '../../../core/DomainEvent.js';
import type { Question } from '../store/Questions.js';
import type { SupportContext } from '../SupportContext.js';
import { supportDb } from '../SupportTables.js';
import { suggestSolutionJob } from './suggestJob.js';
import { saysThanks } from './thanksWords.js';
import { findThreadMessage, threadMessagesSince, type ThreadMessage } from './threadMessages.js';

/** Messages read back at most looking for the latest answer before a thank-you. */
const LOOKBACK = 50;

/**
 * An inferred solution (`solutions.inferFromThanks`): when the asker thanks someone (one of
 * `solutions.thanksWords`) in an answered, unsolved question, the message thanked (the one
 * replied to, else the latest message by another member) is remembered, and a job checks after
 * `solutions.suggestAfter` whether the asker went quiet; only then is it suggested, to the
 * asker. Never marked without them.
 * @param event - the asker's message
 * @param ctx - module context
 * @param question - the question after the message was recorded
 */
export async function inferSolution(
  event: DomainEventOf<'message.created'>,
  ctx: SupportContext,
  question: Question,
): Promise<void> {
  const { solutions } = ctx.config;
  const { messageId, authorId, content } = event.payload;
  if (!solutions.inferFromThanks || question.status !== 'answered') return;
  if (authorId !== question.asker_id || messageId === question.id || !saysThanks(content, solutions.thanksWords))
    return;
  const candidate = await thankedMessage(ctx, event, question);
  if (candidate === null) return;
  const runAt = event.occurredAt + solutions.suggestAfter;
  await ctx.schedule(suggestSolutionJob, {
    key: `support:suggest:${question.id}:${messageId}`,
    runAt,
    payload: {
      guildId: event.guildId,
      questionId: question.id,
      thanksMessageId: messageId,
      thanksAt: event.occurredAt,
      messageId: candidate.messageId,
      authorId: candidate.authorId,
    },
  });
}

/** The message the asker thanked: the one replied to when it is another member's, else the latest by another member. */
async function thankedMessage(
  ctx: SupportContext,
  event: DomainEventOf<'message.created'>,
  question: Question,
): Promise<Pick<ThreadMessage, 'messageId' | 'authorId'> | null> {
  const { guildId } = event;
  const replied = event.payload.referencedMessageId;
  if (replied !== null) {
    const found = await findThreadMessage(ctx, guildId, question.id, replied);
    if (found.kind === 'member' && found.message.authorId !== question.asker_id) return found.message;
  }
  const latest = await supportDb(ctx.db)
    .selectFrom('support_participants')
    .select((eb) => eb.fn.max('last_at').as('at'))
    .where('guild_id', '=', guildId)
    .where('question_id', '=', question.id)
    .where('last_at', '<=', event.occurredAt)
    .executeTakeFirst();
  if (latest?.at === undefined || latest.at === null) return null;
  const messages = await threadMessagesSince(ctx, guildId, question.id, latest.at, LOOKBACK);
  const thanksAt = messages.findIndex((m) => m.messageId === event.payload.messageId);
  const before = thanksAt < 0 ? messages : messages.slice(0, thanksAt);
  return before.filter((m) => m.authorId !== question.asker_id).at(-1) ?? null;
}
