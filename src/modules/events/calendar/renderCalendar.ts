import ical, { ICalEventStatus } from 'ical-generator';
import type { CommunityEvent } from '../store/CommunityEvents.js';

/** What a feed shows of one event besides its row: where it takes place, in words. */
export interface CalendarEntry {
  event: CommunityEvent;
  /** The channel's name (`Workshop Room`), the location, or null. */
  place: string | null;
}

/** A whole feed: whose calendar it is and its events. */
export interface CalendarFeed {
  guildId: string;
  /** X-WR-CALNAME: the community's name (and whose feed, for a member's). */
  name: string;
  entries: readonly CalendarEntry[];
}

/**
 * The UID of an event in every feed: stable for the event's whole life, so a calendar app
 * updates the entry it has (by SEQUENCE) instead of adding a second one.
 * @param guildId - the guild
 * @param eventId - the event's id (`standup:2027-01-04`)
 * @see https://www.rfc-editor.org/rfc/rfc5545#section-3.8.4.7
 */
export function eventUid(guildId: string, eventId: string): string {
  return `${eventId}@${guildId}.guildhall`;
}

/**
 * The Discord link of a scheduled event (opens it in the client).
 * @param guildId - the guild
 * @param platformEventId - Discord's scheduled event id
 */
export function discordEventUrl(guildId: string, platformEventId: string): string {
  return `https://discord.com/events/${guildId}/${platformEventId}`;
}

/**
 * Renders a feed as an iCalendar VCALENDAR (RFC 5545) with `ical-generator`: one VEVENT per
 * event with its stable UID, SEQUENCE (raised by every change members see), DTSTAMP and
 * LAST-MODIFIED at its last change, UTC start and end, summary, description, place, its
 * Discord link, and STATUS:CANCELLED for a cancelled one (so subscribed calendars remove it).
 * @param feed - the community's or a member's events
 * @see https://www.rfc-editor.org/rfc/rfc5545#section-3.6.1
 */
export function renderCalendar(feed: CalendarFeed): string {
  const calendar = ical({
    name: feed.name,
    prodId: { company: 'Guildhall', product: 'Events', language: 'EN' },
    ttl: 60 * 60,
  });
  for (const { event, place } of feed.entries) {
    const changed = new Date(event.updated_at);
    calendar.createEvent({
      id: eventUid(feed.guildId, event.id),
      sequence: event.sequence,
      stamp: changed,
      lastModified: changed,
      created: new Date(event.created_at),
      start: new Date(event.start_at),
      end: new Date(event.end_at),
      summary: event.title,
      description: event.description,
      location: place,
      url: event.platform_event_id === null ? null : discordEventUrl(feed.guildId, event.platform_event_id),
      status: event.status === 'canceled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      x: { 'X-GUILDHALL-TYPE': event.type },
    });
  }
  return calendar.toString();
}
