import type { CommunityEvent } from '../store/CommunityEvents.js';

/**
 * An event's start as Discord shows it to each member in their own time zone: the full date
 * and time, then "in 2 hours".
 * @param event - the event
 * @see https://discord.com/developers/docs/reference#message-formatting-timestamp-styles
 */
export function eventWhen(event: Pick<CommunityEvent, 'start_at'>): string {
  const seconds = Math.floor(event.start_at / 1000);
  return `<t:${seconds}:F> (<t:${seconds}:R>)`;
}

/**
 * Where an event takes place: its channel as a mention, or its location, or null.
 * @param event - the event
 */
export function eventPlace(event: Pick<CommunityEvent, 'channel_id' | 'location'>): string | null {
  if (event.channel_id !== null) return `<#${event.channel_id}>`;
  return event.location;
}

/**
 * An event's title in quotes, for sentences.
 * @param event - the event
 */
export function quoted(event: Pick<CommunityEvent, 'title'>): string {
  return `“${event.title}”`;
}
