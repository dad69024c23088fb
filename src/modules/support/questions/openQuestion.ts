import { firstEscalationAt } from '../escalation/tierDeadline.js';
import { insertQuestion } from '../store/Questions.js';
import type { SupportContext } from '../SupportContext.js';

/** A question about to be stored: its thread, where, who asked, what. */
export interface QuestionOpening {
  guildId: string;
  /** The thread's id (the question's id). */
  threadId: string;
  /** The help forum or text channel. */
  channelId: string;
  askerId: string;
  title: string;
  /** The starter message's text, '' until it arrives. */
  body: string;
  /** Topic tag names. */
  tags: string[];
  /** Epoch ms it was asked. */
  askedAt: number;
}

/**
 * Opens a question: stores it (status open, escalating at the first tier's deadline) and
 * emits `support.question_opened`, once per thread: a second call for the same thread (the
 * `thread.created` after an automatic thread, a redelivery) does nothing.
 * @param ctx - module context
 * @param opening - the question
 * @returns true when it was opened now
 */
export async function openQuestion(ctx: SupportContext, opening: QuestionOpening): Promise<boolean> {
  const { guildId, threadId, channelId, askerId, title, tags, askedAt } = opening;
  const inserted = await insertQuestion(ctx, {
    guild_id: guildId,
    id: threadId,
    channel_id: channelId,
    asker_id: askerId,
    title,
    body: opening.body,
    tags: JSON.stringify(tags),
    created_at: askedAt,
    escalate_at: firstEscalationAt(ctx.config, askedAt),
  });
  if (!inserted) return false;
  await ctx.emit(
    'support.question_opened',
    { questionId: threadId, channelId, askerId, tags },
    { key: `${threadId}:opened`, guildId },
  );
  return true;
}
