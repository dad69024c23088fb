import type { CommunityEvent } from '../store/CommunityEvents.js';
import { quoted } from './eventWords.js';

/**
 * Why RSVPs to `event` are refused at `now`, or null while they are open: open until
 * `rsvpCutoff` before the start, only for a scheduled event whose attendance is not closed.
 * @param event - the event
 * @param now - epoch ms
 * @param cutoff - `events.rsvpCutoff` in ms
 */
export function rsvpRefusal(event: CommunityEvent, now: number, cutoff: number): string | null {
  if (event.status === 'canceled') return `${quoted(event)} was cancelled.`;
  if (event.status === 'completed' || event.closed_at !== null) return `${quoted(event)} is over.`;
  if (event.status === 'active') return `${quoted(event)} has started; RSVPs are closed.`;
  const closesAt = event.start_at - cutoff;
  if (now >= closesAt) return `RSVPs for ${quoted(event)} closed <t:${Math.floor(closesAt / 1000)}:R>.`;
  return null;
}
