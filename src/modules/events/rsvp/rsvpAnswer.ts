import type { CommunityEvent } from '../store/CommunityEvents.js';
import type { RsvpCounts } from '../store/Rsvps.js';
import type { RsvpOutcome } from './changeRsvp.js';
import { placesText } from './eventCard.js';
import { eventWhen, quoted } from './eventWords.js';

/**
 * What the member who pressed an RSVP button is told (only them): their answer, their place
 * on the waitlist, the places left.
 * @param event - the event
 * @param outcome - what the press did
 * @param counts - the RSVPs after it
 */
export function rsvpAnswer(event: CommunityEvent, outcome: RsvpOutcome, counts: RsvpCounts): string {
  const title = quoted(event);
  const already = outcome.changed ? '' : ' (no change)';
  switch (outcome.status) {
    case 'going':
      return `You are going to ${title}, ${eventWhen(event)}${already}. Places: ${placesText(event.capacity, counts)}.`;
    case 'waitlisted':
      return (
        `${title} is full: you are number ${outcome.position ?? counts.waitlisted} on the waitlist${already}. ` +
        'When a place opens you get it automatically, and we tell you.'
      );
    case 'maybe':
      return `Marked as maybe for ${title}${already}.`;
    case 'not_going':
      return `Marked as not going to ${title}${already}.`;
  }
}
