import type { DomainEventOf } from '../../../core/DomainEvent.js';
import type { ApplyContext } from '../apply/ApplyContext.js';
import type { Outcome } from '../apply/Outcome.js';
import { removeMessage } from './removeMessage.js';

/**
 * A message was deleted (by its author, a moderator, or automod on Discord): what it earned
 * is taken back, once (see `removeMessage`).
 * @param a - apply context
 * @param event - the deletion
 */
export function applyMessageDeleted(a: ApplyContext, event: DomainEventOf<'message.deleted'>): Promise<Outcome[]> {
  return removeMessage(a, {
    messageId: event.payload.messageId,
    userId: null,
    cause: 'deleted',
    eventId: event.id,
    at: event.occurredAt,
  });
}
