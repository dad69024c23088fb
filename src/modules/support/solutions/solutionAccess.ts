import type { InteractionReply } from '../../../platform/Platform.js';
import { supportActive } from '../questions/helpChannels.js';
import { canMarkAnySolution, supportRoles } from '../roles/supportRoles.js';
import { getQuestion, type Question } from '../store/Questions.js';
import type { SupportContext } from '../SupportContext.js';

/** Who acts, where: the invoking member and their roles as the interaction gave them. */
export interface Actor {
  guildId: string;
  userId: string;
  memberRoles: readonly string[];
}

/** Whether a solution may be marked or unmarked: the question, or why not (an ephemeral answer). */
export type Access = { question: Question } | { refusal: InteractionReply };

/**
 * An ephemeral answer.
 * @param content - the text
 */
export function privately(content: string): InteractionReply {
  return { content, ephemeral: true };
}

/**
 * Checks that `questionId` is a question, in the state wanted (`unsolved` to mark a solution,
 * `solved` to reopen), and that the member may change it: the asker, a helper
 * (`support.helperRoles`) or staff (`support.staffRoles`, the owner).
 * @param ctx - module context
 * @param actor - who
 * @param questionId - the thread the interaction is about
 * @param wanted - the state the question must be in
 */
export async function solutionAccess(
  ctx: SupportContext,
  actor: Actor,
  questionId: string,
  wanted: 'unsolved' | 'solved',
): Promise<Access> {
  if (!supportActive(ctx)) return { refusal: privately('Support questions are not set up on this server.') };
  const question = await getQuestion(ctx, actor.guildId, questionId);
  if (question === undefined) {
    return {
      refusal: privately(
        "This is not a question's thread: use it inside a post of a help forum or a thread of a help channel.",
      ),
    };
  }
  if (wanted === 'unsolved' && question.status === 'solved') {
    return { refusal: privately('This question is already solved. Use `/unsolved` in its thread to reopen it.') };
  }
  if (wanted === 'solved' && question.status !== 'solved') {
    return { refusal: privately('This question is not solved, so there is nothing to reopen.') };
  }
  const allowed =
    actor.userId === question.asker_id ||
    canMarkAnySolution(await supportRoles(ctx, actor.guildId), actor.userId, actor.memberRoles);
  if (!allowed) return { refusal: privately('Only the person who asked, helpers and staff can change the solution.') };
  return { question };
}
