import type { DomainEventOf } from '../../../core/DomainEvent.js';
import type { Updateable } from 'kysely';
import { isStaff, memberRoleIds, supportRoles } from '../roles/supportRoles.js';
import {
  countParticipantMessage,
  getQuestion,
  questionTags,
  updateQuestion,
  type Question,
} from '../store/Questions.js';
import type { SupportContext } from '../SupportContext.js';
import type { SupportQuestionTable } from '../SupportTables.js';
import { unsolvedStatus } from './unsolvedStatus.js';

type MessageEvent = DomainEventOf<'message.created'>;

/**
 * A human's message in a question's thread (bots are not counted): the starter message (a
 * forum post's shares the thread's id; else the asker's first message while the body is
 * empty) fills the question's text; the asker's messages move `last_asker_at`, everyone's
 * `last_activity_at`. A message by anyone else counts them as a participant and an answer; the
 * first such message is the first response (CHAOSS): `answered` by community or staff,
 * escalation stopped, `support.first_response`. A message in a dormant question reopens it
 * (Discord unarchived the thread).
 * @param event - the message
 * @param ctx - module context
 * @returns the question as it is now, or undefined when the message is not in a question
 */
export async function recordMessage(event: MessageEvent, ctx: SupportContext): Promise<Question | undefined> {
  const { guildId, occurredAt: at } = event;
  const { channelId, authorId, authorBot, messageId, content } = event.payload;
  const question = await getQuestion(ctx, guildId, channelId);
  if (question === undefined || authorBot) return question;
  const patch: Updateable<SupportQuestionTable> = { last_activity_at: Math.max(question.last_activity_at, at) };
  if (question.status === 'dormant') {
    patch.status = unsolvedStatus(question);
    patch.archived_at = null;
  }
  if (authorId === question.asker_id) {
    patch.last_asker_at = Math.max(question.last_asker_at, at);
    if (messageId === question.id || question.body === '') patch.body = content;
  } else {
    Object.assign(patch, await recordAnswer(ctx, event, question));
  }
  await updateQuestion(ctx, guildId, question.id, patch);
  return getQuestion(ctx, guildId, question.id);
}

/** Counts a message by someone other than the asker; the first is the first response. */
async function recordAnswer(
  ctx: SupportContext,
  event: MessageEvent,
  question: Question,
): Promise<Updateable<SupportQuestionTable>> {
  const { guildId, occurredAt: at } = event;
  const { authorId, messageId } = event.payload;
  const roles = await supportRoles(ctx, guildId);
  const staff = isStaff(roles, authorId, await memberRoleIds(ctx, guildId, authorId));
  await countParticipantMessage(ctx, { guildId, questionId: question.id, userId: authorId, staff, at });
  const patch: Updateable<SupportQuestionTable> = { answers: question.answers + 1 };
  if (question.first_response_at !== null) return patch;
  const answeredBy = staff ? 'staff' : 'community';
  const responseMs = Math.max(0, at - question.created_at);
  Object.assign(patch, {
    first_response_at: at,
    first_responder_id: authorId,
    first_response_message_id: messageId,
    answered_by: answeredBy,
    escalate_at: null,
  });
  if (question.status === 'open' || question.status === 'dormant') patch.status = 'answered';
  await ctx.emit(
    'support.first_response',
    { questionId: question.id, responderId: authorId, answeredBy, responseMs, tags: questionTags(question) },
    { key: `${question.id}:first_response`, guildId },
  );
  return patch;
}
