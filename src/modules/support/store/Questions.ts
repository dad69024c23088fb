import type { Insertable, Selectable, Updateable } from 'kysely';
import { currentUnit, type Unit } from '../../../store/unitOfWork/index.js';
import type { SupportContext } from '../SupportContext.js';
import { supportDb, type SupportParticipantTable, type SupportQuestionTable } from '../SupportTables.js';

/** A question row as read. */
export type Question = Selectable<SupportQuestionTable>;

/**
 * Threads found not to be questions in a unit of work (one event's handling runs several parts
 * that each ask about the message's channel: asked once; a question stored meanwhile is not).
 */
const notQuestions = new WeakMap<Unit, Set<string>>();
const threadKey = (guildId: string, questionId: string): string => `${guildId}/${questionId}`;

/**
 * The question with this thread id, or undefined when the thread is not a question.
 * @param ctx - module context
 * @param guildId - the guild
 * @param questionId - the thread id
 */
export async function getQuestion(
  ctx: SupportContext,
  guildId: string,
  questionId: string,
): Promise<Question | undefined> {
  const unit = currentUnit();
  const key = threadKey(guildId, questionId);
  if (unit !== undefined && notQuestions.get(unit)?.has(key) === true) return undefined;
  const question = await supportDb(ctx.db)
    .selectFrom('support_questions')
    .selectAll()
    .where('guild_id', '=', guildId)
    .where('id', '=', questionId)
    .executeTakeFirst();
  if (question === undefined && unit !== undefined) {
    const known = notQuestions.get(unit) ?? new Set<string>();
    notQuestions.set(unit, known.add(key));
  }
  return question;
}

/**
 * Changes fields of a question.
 * @param ctx - module context
 * @param guildId - the guild
 * @param questionId - the thread id
 * @param patch - the fields to change
 */
export async function updateQuestion(
  ctx: SupportContext,
  guildId: string,
  questionId: string,
  patch: Updateable<SupportQuestionTable>,
): Promise<void> {
  await supportDb(ctx.db)
    .updateTable('support_questions')
    .set(patch)
    .where('guild_id', '=', guildId)
    .where('id', '=', questionId)
    .execute();
}

/**
 * A question's tag names.
 * @param question - the row
 */
export function questionTags(question: Pick<Question, 'tags'>): string[] {
  const parsed: unknown = JSON.parse(question.tags);
  return Array.isArray(parsed) ? parsed.filter((t): t is string => typeof t === 'string') : [];
}

/** What a new question needs; the other columns start empty (null, 0, tier 0). */
export type NewQuestion = Pick<
  Insertable<SupportQuestionTable>,
  'guild_id' | 'id' | 'channel_id' | 'asker_id' | 'title' | 'body' | 'tags' | 'created_at' | 'escalate_at'
>;

/**
 * Stores a new open question unless its thread already is one.
 * @param ctx - module context
 * @param question - the question
 * @returns true when it was stored now, false when it existed
 */
export async function insertQuestion(ctx: SupportContext, question: NewQuestion): Promise<boolean> {
  if ((await getQuestion(ctx, question.guild_id, question.id)) !== undefined) return false;
  const unit = currentUnit();
  if (unit !== undefined) notQuestions.get(unit)?.delete(threadKey(question.guild_id, question.id));
  await supportDb(ctx.db)
    .insertInto('support_questions')
    .values({
      ...question,
      status: 'open',
      last_activity_at: question.created_at,
      last_asker_at: question.created_at,
      answers: 0,
      tier: 0,
    })
    .onConflict((oc) => oc.columns(['guild_id', 'id']).doNothing())
    .execute();
  return true;
}

/** A member's part in one question, as read. */
export type Participant = Selectable<SupportParticipantTable>;

/**
 * Counts a message of a member (not the asker, not a bot) in a question's thread: the first
 * creates their row (with their staff flag then), later ones add to it.
 * @param ctx - module context
 * @param row - guild, question, member, staff flag and the message's time
 */
export async function countParticipantMessage(
  ctx: SupportContext,
  row: { guildId: string; questionId: string; userId: string; staff: boolean; at: number },
): Promise<void> {
  await supportDb(ctx.db)
    .insertInto('support_participants')
    .values({
      guild_id: row.guildId,
      question_id: row.questionId,
      user_id: row.userId,
      staff: row.staff ? 1 : 0,
      messages: 1,
      first_at: row.at,
      last_at: row.at,
    })
    .onConflict((oc) =>
      oc.columns(['guild_id', 'question_id', 'user_id']).doUpdateSet((eb) => ({
        messages: eb('support_participants.messages', '+', 1),
        last_at: row.at,
      })),
    )
    .execute();
}
