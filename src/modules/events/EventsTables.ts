import type { Kysely } from 'kysely';
import type { CoreTables } from '../../store/CoreTables.js';
import type { EventType } from './config/EventTypes.js';

/** Where an event came from. */
export type EventSource = 'programme' | 'file' | 'command' | 'discord';

/** An event's life: scheduled → active → completed, or canceled (Discord's statuses). */
export type EventStatus = 'scheduled' | 'active' | 'completed' | 'canceled';

/** A member's answer to an event. `waitlisted`: wanted to go, no place yet. */
export type RsvpStatus = 'going' | 'maybe' | 'not_going' | 'waitlisted';

/**
 * One row per event occurrence: a programme occurrence (`<series id>:<local date>`), a
 * one-off from the file (`<id>`) or one made with `/event create` (`cmd:<interaction id>`).
 */
export interface EventsEventTable {
  id: string;
  guild_id: string;
  source: EventSource;
  /** The programme series, for occurrences. */
  series_id: string | null;
  /** The occurrence's original local date (`2027-01-04`), how exceptions name it. */
  local_date: string | null;
  title: string;
  description: string | null;
  type: EventType;
  start_at: number;
  end_at: number;
  channel_id: string | null;
  location: string | null;
  capacity: number | null;
  host_id: string | null;
  status: EventStatus;
  /** Discord's scheduled event id once created there. */
  platform_event_id: string | null;
  /** The announcement with the RSVP buttons. */
  announce_channel_id: string | null;
  announce_message_id: string | null;
  /** iCalendar SEQUENCE: raised on every change members should see. */
  sequence: number;
  created_by: string | null;
  created_at: number;
  updated_at: number;
  /** When the end job closed attendance (null: not yet). */
  closed_at: number | null;
}

/** A member's RSVP to one event (buttons) and whether Discord says they are interested. */
export interface EventsRsvpTable {
  guild_id: string;
  event_id: string;
  user_id: string;
  status: RsvpStatus;
  /** 1 when the member marked the Discord event "interested". */
  interested: number;
  /** Order on the waitlist (when they asked); null when not waitlisted. */
  waitlisted_at: number | null;
  created_at: number;
  updated_at: number;
}

/** Voice presence of one member in one event's channel during the event. */
export interface EventsAttendanceTable {
  guild_id: string;
  event_id: string;
  user_id: string;
  present_ms: number;
  unmuted_ms: number;
  /** Start of the open voice session, null when not in the channel. */
  joined_at: number | null;
  /** Start of the open unmuted stretch, null when muted or absent. */
  unmuted_since: number | null;
  /** 1 once closed and over the threshold. */
  attended: number;
  updated_at: number;
}

/** One member's answer to one event's survey (seed 002's questions). */
export interface EventsSurveyTable {
  guild_id: string;
  event_id: string;
  user_id: string;
  /** Overall 1–5. */
  rating: number;
  /** 1–5. */
  content_quality: number;
  /** 1–5. */
  engagement: number;
  improvements: string | null;
  future_topics: string | null;
  submitted_at: number;
}

/** A member's choices in the events module: DM reminders, their calendar feed. */
export interface EventsMemberTable {
  guild_id: string;
  user_id: string;
  /** 1 after the member asked for reminders by DM. */
  dm_reminders: number;
  /** SHA-256 (hex) of the member's secret feed token; null: no feed (or revoked). */
  feed_token_hash: string | null;
  feed_created_at: number | null;
  updated_at: number;
}

/** The events module's tables. */
export type EventsTables = {
  events_events: EventsEventTable;
  events_rsvps: EventsRsvpTable;
  events_attendance: EventsAttendanceTable;
  events_surveys: EventsSurveyTable;
  events_members: EventsMemberTable;
};

/**
 * The store with the events module's tables.
 * @param db - the module's db
 */
export function eventsDb(db: Kysely<CoreTables>): Kysely<CoreTables & EventsTables> {
  return db.withTables<EventsTables>();
}
