import type { InteractionReply } from '../../../platform/Platform.js';
import { isBotUser } from '../roles/supportRoles.js';
import type { SolvedVia } from '../SupportTables.js';
import type { SupportContext } from '../SupportContext.js';
import { markSolved } from './markSolved.js';
import { privately, solutionAccess, type Actor } from './solutionAccess.js';
import { findThreadMessage } from './threadMessages.js';

/** The solution as the interaction names it. */
export type SolutionTarget =
  /** A message whose author the interaction carries (the context menu's target). */
  | { kind: 'known'; messageId: string; authorId: string; authorBot: boolean }
  /** A message id only (a link, an id, a button): read back from the thread. */
  | { kind: 'id'; messageId: string }
  /** No message; maybe the member who helped (`/solved helper:`). */
  | { kind: 'none'; helperId: string | null };

/** One way of marking a solution: who, in which question, pointing at what, how, under which key. */
export interface SolveRequest {
  actor: Actor;
  questionId: string;
  target: SolutionTarget;
  via: SolvedVia;
  /** The interaction's event id (exactly-once effects). */
  key: string;
}

const BOT_REFUSAL = "A bot's message cannot be the solution: pick the message of the member who helped.";

/**
 * Marks a solution from `/solved`, the "Mark as solution" context menu or a button, after the
 * checks (a question, not solved yet, the member allowed, a member's message in this thread),
 * and answers the member privately; the thread gets the public confirmation (`markSolved`).
 * @param ctx - module context
 * @param request - what to mark
 */
export async function solveFromInteraction(ctx: SupportContext, request: SolveRequest): Promise<InteractionReply> {
  const access = await solutionAccess(ctx, request.actor, request.questionId, 'unsolved');
  if ('refusal' in access) return access.refusal;
  const { question } = access;
  const { target } = request;
  let messageId: string | null = null;
  let authorId: string | null = null;
  if (target.kind === 'known') {
    if (target.authorBot) return privately(BOT_REFUSAL);
    ({ messageId, authorId } = target);
  } else if (target.kind === 'id') {
    const found = await findThreadMessage(ctx, question.guild_id, question.id, target.messageId);
    if (found.kind === 'bot') return privately(BOT_REFUSAL);
    if (found.kind === 'missing') return privately("That message is not in this question's thread.");
    ({ messageId, authorId } = found.message);
  } else if (target.helperId !== null) {
    if (await isBotUser(ctx, question.guild_id, target.helperId)) return privately(BOT_REFUSAL);
    authorId = target.helperId;
  }
  await markSolved(ctx, question, {
    messageId,
    authorId,
    markedBy: request.actor.userId,
    via: request.via,
    key: request.key,
  });
  return privately('Marked as solved. Thank you for closing the loop!');
}
