// The events module's events: payload types (merged into core's EventPayloads, so handlers
// anywhere see them typed without importing this module) and one summary line each.
import { defineEvents } from '../../core/defineEvents.js';

declare module '../../core/DomainEvent.js' {
  interface EventPayloads {
    /** An event occurrence was planned (programme, file or `/event create`). */
    'events.scheduled': {
      eventId: string;
      title: string;
      eventType: string;
      startAt: number;
      endAt: number;
      seriesId: string | null;
      source: 'programme' | 'file' | 'command' | 'discord';
    };
    /** An occurrence moved or changed; `sequence` is its new iCalendar SEQUENCE. */
    'events.changed': { eventId: string; title: string; startAt: number; endAt: number; sequence: number };
    /** An occurrence was cancelled; `notified` members who had RSVPd were told. */
    'events.canceled': { eventId: string; title: string; notified: number };
    /** The event began (its start time passed, or the host started it on Discord). */
    'events.started': { eventId: string; title: string };
    /**
     * The event ended and its attendance was closed: the attendance-rate KPI for analytics.
     * `rate` is the going members who attended / going (walk-ins not counted; null when nobody
     * was going, or for an event outside voice).
     */
    'events.ended': {
      eventId: string;
      title: string;
      eventType: string;
      going: number;
      attended: number;
      noShows: number;
      walkIns: number;
      rate: number | null;
    };
    /** A member's RSVP changed (button or Discord's "interested"). */
    'events.rsvp_changed': {
      eventId: string;
      userId: string;
      status: 'going' | 'maybe' | 'not_going' | 'waitlisted';
      previous: 'going' | 'maybe' | 'not_going' | 'waitlisted' | null;
      via: 'button' | 'discord' | 'staff' | 'waitlist';
    };
    /** A place opened and the first member on the waitlist got it (and was told). */
    'events.waitlist_promoted': { eventId: string; userId: string };
    /** A reminder went out `before` ms before the start to `recipients` members. */
    'events.reminder_sent': { eventId: string; before: number; recipients: number; dms: number };
    /** A member attended (over the voice threshold). */
    'events.attended': { eventId: string; userId: string; eventType: string; minutes: number; unmutedMinutes: number };
    /** A member answered the post-event survey. */
    'events.survey_submitted': {
      eventId: string;
      userId: string;
      eventType: string;
      rating: number;
      contentQuality: number;
      engagement: number;
    };
  }
}

/** The events module's events. */
export const eventsEvents = defineEvents('events', {
  'events.scheduled': {
    summary: (p) => `“${p.title}” scheduled for ${new Date(p.startAt).toISOString().slice(0, 16)} UTC`,
  },
  'events.changed': {
    summary: (p) => `“${p.title}” changed (now ${new Date(p.startAt).toISOString().slice(0, 16)} UTC)`,
  },
  'events.canceled': { summary: (p) => `“${p.title}” cancelled (${p.notified} told)` },
  'events.started': { summary: (p) => `“${p.title}” started` },
  'events.ended': {
    summary: (p) =>
      `“${p.title}” ended: ${p.attended} attended of ${p.going} going${p.rate === null ? '' : ` (${Math.round(p.rate * 100)} %)`}`,
  },
  'events.rsvp_changed': {
    summary: (p, n) => `${n.user(p.userId)} RSVPd ${p.status.replace('_', ' ')} (${p.via})`,
  },
  'events.waitlist_promoted': { summary: (p, n) => `${n.user(p.userId)} moved from the waitlist to going` },
  'events.reminder_sent': {
    summary: (p) =>
      `Reminder ${p.before === 0 ? 'at start' : `${Math.round(p.before / 60000)} min before`} to ${p.recipients}`,
  },
  'events.attended': { summary: (p, n) => `${n.user(p.userId)} attended (${p.minutes} min)` },
  'events.survey_submitted': { summary: (p, n) => `${n.user(p.userId)} rated an event ${p.rating}/5` },
});
