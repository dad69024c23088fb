import type { DomainEventOf } from '../../../core/DomainEvent.js';
import type { ApplyContext } from '../apply/ApplyContext.js';
import type { Outcome } from '../apply/Outcome.js';
import { flagMessage, removeMessage } from './removeMessage.js';

/**
 * Automod saw messages break a rule. The messages it deleted earn nothing (what they earned
 * is taken back); so do those it asks to ban their authors for. The others it kept as
 * evidence are flagged: taken back if their author is banned later (a strike that reaches
 * the ladder's ban).
 * @param a - apply context
 * @param event - automod's event
 */
export async function applyRuleTriggered(
  a: ApplyContext,
  event: DomainEventOf<'automod.rule_triggered'>,
): Promise<Outcome[]> {
  if (!a.config.removedMessages.reverse) return [];
  const { payload } = event;
  const at = event.occurredAt;
  const authors = new Map(payload.evidence.map((e) => [e.messageId, e.authorId === '' ? null : e.authorId]));
  const deleted = new Set(payload.deletedMessageIds);
  const banned = new Set(payload.actions.some((action) => action.kind === 'ban') ? payload.userIds : []);
  const outcomes: Outcome[] = [];
  for (const messageId of payload.deletedMessageIds) {
    const userId = authors.get(messageId) ?? null;
    outcomes.push(...(await removeMessage(a, { messageId, userId, cause: 'automod', eventId: event.id, at })));
  }
  for (const evidence of payload.evidence) {
    if (deleted.has(evidence.messageId)) continue;
    const userId = evidence.authorId === '' ? null : evidence.authorId;
    const message = { messageId: evidence.messageId, userId, eventId: event.id, at };
    if (userId !== null && banned.has(userId)) outcomes.push(...(await removeMessage(a, { ...message, cause: 'ban' })));
    else await flagMessage(a, message);
  }
  return outcomes;
}
