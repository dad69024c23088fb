import type { DomainEvent } from '../../../core/DomainEvent.js';
import { applyAmbassadorChange } from '../ambassadors/applyAmbassadorChange.js';
import { applyMemberLeft } from '../referrals/applyMemberLeft.js';
import { applyMemberReferred } from '../referrals/applyMemberReferred.js';
import { confirmReferral } from '../referrals/confirmReferral.js';
import type { ApplyContext } from './ApplyContext.js';
import { applyContribution } from './applyContribution.js';
import { applyMemberJoined } from './applyMemberJoined.js';
import { applyMessage } from './applyMessage.js';
import { applyThanks } from './applyThanks.js';
import type { Outcome } from './Outcome.js';

/**
 * The event types whose effect on the derived tables is a function of the event alone:
 * live handling and a recompute both go through {@link applyEvent}. What needs the platform
 * (which invite a join used, whether a mentioned member is a bot) is decided live and
 * recorded as an event of its own (`recognition.member_referred`, `recognition.thanks_given`).
 */
export const REPLAYED_TYPES = [
  'member.joined',
  'member.left',
  'message.created',
  'contribution.recorded',
  'recognition.thanks_given',
  'recognition.member_referred',
  'recognition.referral_confirmed',
  'recognition.ambassador_status_changed',
] as const;

/**
 * Applies one event to the derived tables (inside the caller's transaction) and says what
 * changed. Deterministic: the same events in the same order give the same rows.
 * @param a - apply context
 * @param event - the event
 */
export async function applyEvent(a: ApplyContext, event: DomainEvent): Promise<Outcome[]> {
  // eslint-disable-next-line @typescript-eslint/switch-exhaustiveness-check -- only REPLAYED_TYPES change derived state; every other type is a no-op by design.
  switch (event.type) {
    case 'message.created':
      return applyMessage(a, event);
    case 'member.joined':
      return applyMemberJoined(a, event);
    case 'member.left':
      return applyMemberLeft(a, event);
    case 'contribution.recorded':
      return applyContribution(a, event);
    case 'recognition.thanks_given':
      return applyThanks(a, event);
    case 'recognition.member_referred':
      return applyMemberReferred(a, event);
    case 'recognition.referral_confirmed':
      return confirmReferral(a, event.payload.refereeId, { eventId: event.id, at: event.occurredAt });
    case 'recognition.ambassador_status_changed':
      await applyAmbassadorChange(a, event);
      return [];
    default:
      return [];
  }
}
