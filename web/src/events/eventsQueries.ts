import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { fetchEvent, fetchEvents, fetchEventStats, fetchProgramme, type DayRange } from './eventsApi.js';

/** RSVPs move with button presses; every 30 s keeps the counts fresh without load. */
export const EVENTS_POLL_MS = 30_000;

/**
 * The events of a range (a month of the calendar).
 * @param range - first and last day
 */
export function eventsQuery(range: DayRange) {
  return queryOptions({
    queryKey: ['events', 'list', range.from, range.to],
    queryFn: () => fetchEvents(range),
    refetchInterval: EVENTS_POLL_MS,
    placeholderData: keepPreviousData,
  });
}

/**
 * One event's page.
 * @param id - the event id
 */
export function eventQuery(id: string) {
  return queryOptions({
    queryKey: ['events', 'event', id],
    queryFn: () => fetchEvent(id),
    refetchInterval: EVENTS_POLL_MS,
  });
}

/** The programme. */
export const programmeQuery = queryOptions({
  queryKey: ['events', 'programme'],
  queryFn: fetchProgramme,
  refetchInterval: 60_000,
});

/**
 * Attendance and survey figures of a range.
 * @param range - first and last day
 */
export function eventStatsQuery(range: DayRange) {
  return queryOptions({
    queryKey: ['events', 'stats', range.from, range.to],
    queryFn: () => fetchEventStats(range),
    refetchInterval: 60_000,
    placeholderData: keepPreviousData,
  });
}
