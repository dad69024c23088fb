import rrule from 'rrule';
import type { OneOffEvent, ProgrammeSeries } from '../config/ProgrammeConfig.js';
import {
  floatingDate,
  icalFloating,
  instantToWall,
  localDateText,
  parseWallTime,
  wallOfFloating,
  wallToInstant,
  type WallTime,
} from './localTime.js';
import type { Occurrence } from './Occurrence.js';

const DAY_MS = 86_400_000;

/**
 * The `rrule` rule of a series: its RRULE with `DTSTART` at the series' floating local start,
 * so the rule counts in wall time (weekdays, "first Saturday") whatever the daylight-saving
 * offset; {@link expandSeries} turns each wall time into an instant in the time zone.
 * @param series - the series as configured
 * @throws Error when the start is unreadable (the config schema refuses that first)
 */
export function seriesRule(series: Pick<ProgrammeSeries, 'rrule' | 'start'>): rrule.RRule {
  const start = requireWall(series.start);
  const body = series.rrule.replace(/^RRULE:/i, '').trim();
  const parsed = rrule.rrulestr(`DTSTART:${icalFloating(start)}\nRRULE:${body}`);
  if (!(parsed instanceof rrule.RRule)) throw new Error(`"${series.rrule}" is not a single recurrence rule`);
  return parsed;
}

/**
 * The occurrences of a programme series starting in `[from, to)`: each rule occurrence at its
 * wall time in `timeZone` (DST-correct), id `<series id>:<local date>`; an exception with
 * `cancel` marks its occurrence cancelled, one with `moveTo` keeps the id and moves the times
 * (a moved occurrence is in the result when its new start is in the window).
 * @param series - the series as configured
 * @param timeZone - `events.timezone`
 * @param from - epoch ms, inclusive
 * @param to - epoch ms, exclusive
 */
export function expandSeries(series: ProgrammeSeries, timeZone: string, from: number, to: number): Occurrence[] {
  const rule = seriesRule(series);
  const exceptions = new Map(series.exceptions.map((e) => [e.date, e]));
  // Wall times of the window, a day wider on each side (offsets never exceed a day).
  const after = floatingDate(instantToWall(from - DAY_MS, timeZone));
  const before = floatingDate(instantToWall(to + DAY_MS, timeZone));
  const result = new Map<string, Occurrence>();
  for (const date of rule.between(after, before, true)) {
    const wall = wallOfFloating(date);
    const localDate = localDateText(wall);
    if (exceptions.get(localDate)?.moveTo != null) continue;
    const occurrence = occurrenceOf(series, wall, localDate, timeZone);
    occurrence.cancelled = exceptions.get(localDate)?.cancel === true;
    if (occurrence.startAt >= from && occurrence.startAt < to) result.set(occurrence.id, occurrence);
  }
  for (const exception of series.exceptions) {
    if (exception.moveTo === null || !isOccurrenceDate(rule, exception.date)) continue;
    const moved = occurrenceOf(series, requireWall(exception.moveTo), exception.date, timeZone);
    if (moved.startAt >= from && moved.startAt < to) result.set(moved.id, moved);
  }
  return [...result.values()].sort(byStart);
}

/**
 * A one-off event's occurrence (id `<id>`), or none when it does not start in `[from, to)`.
 * @param event - the one-off as configured
 * @param timeZone - `events.timezone`
 * @param from - epoch ms, inclusive
 * @param to - epoch ms, exclusive
 */
export function expandOneOff(event: OneOffEvent, timeZone: string, from: number, to: number): Occurrence[] {
  const startAt = wallToInstant(requireWall(event.start), timeZone);
  if (startAt < from || startAt >= to) return [];
  return [
    {
      ...details(event),
      id: event.id,
      source: 'file',
      seriesId: null,
      localDate: null,
      startAt,
      endAt: startAt + event.duration,
      cancelled: false,
    },
  ];
}

/**
 * Whether a local date is one of the rule's occurrences (an exception naming another date
 * is ignored: it names nothing).
 * @param rule - the series' rule
 * @param localDate - `2027-01-04`
 */
export function isOccurrenceDate(rule: rrule.RRule, localDate: string): boolean {
  const day = parseWallTime(localDate);
  if (day === null) return false;
  const start = floatingDate(day);
  return rule.between(start, new Date(start.getTime() + DAY_MS - 1), true).length > 0;
}

function occurrenceOf(series: ProgrammeSeries, wall: WallTime, localDate: string, timeZone: string): Occurrence {
  const startAt = wallToInstant(wall, timeZone);
  return {
    ...details(series),
    id: `${series.id}:${localDate}`,
    source: 'programme',
    seriesId: series.id,
    localDate,
    startAt,
    endAt: startAt + series.duration,
    cancelled: false,
  };
}

function details(event: OneOffEvent | ProgrammeSeries) {
  return {
    title: event.title,
    description: event.description,
    type: event.type,
    channel: event.channel,
    location: event.location,
    capacity: event.capacity,
    hostId: event.hostId,
  };
}

function requireWall(text: string): WallTime {
  const wall = parseWallTime(text);
  if (wall === null) throw new Error(`"${text}" is not a local date and time`);
  return wall;
}

function byStart(a: Occurrence, b: Occurrence): number {
  return a.startAt - b.startAt || a.id.localeCompare(b.id);
}
