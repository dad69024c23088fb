import type {
  EventDetail,
  EventList,
  EventStats,
  Programme,
} from '../../../src/modules/events/reports/EventsReportsApi.js';
import { getJson } from '../api/http.js';

export type { EventDetail, EventList, EventStats, Programme };
export type { EventSummary, EventSurvey, EventCounts } from '../../../src/modules/events/reports/EventsReportsApi.js';

/** A range of UTC days (`YYYY-MM-DD`, both included). */
export interface DayRange {
  from: string;
  to: string;
}

/**
 * Reads the events starting in a range (`GET /api/events/list`).
 * @param range - first and last day
 */
export function fetchEvents(range: DayRange): Promise<EventList> {
  return getJson<EventList>(`/api/events/list?from=${range.from}&to=${range.to}`);
}

/**
 * Reads one event with its RSVPs, waitlist, attendance and survey (`GET /api/events/:id`).
 * @param id - the event id
 */
export function fetchEvent(id: string): Promise<EventDetail> {
  return getJson<EventDetail>(`/api/events/${encodeURIComponent(id)}`);
}

/** Reads the programme of community.yaml (`GET /api/events/programme`). */
export function fetchProgramme(): Promise<Programme> {
  return getJson<Programme>('/api/events/programme');
}

/**
 * Reads attendance rates and survey averages of a range (`GET /api/events/stats`).
 * @param range - first and last day
 */
export function fetchEventStats(range: DayRange): Promise<EventStats> {
  return getJson<EventStats>(`/api/events/stats?from=${range.from}&to=${range.to}`);
}
