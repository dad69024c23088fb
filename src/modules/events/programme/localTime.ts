import { TZDate } from '@date-fns/tz';

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?$/;

/** A wall-clock date and time read field by field (month 1–12). */
export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

/**
 * Reads `2027-01-04T18:00`, `2027-01-04 18:00` or `2027-01-04` (midnight); null when unreadable
 * or not a real date and time.
 * @param text - the local date (and time) as written
 */
export function parseWallTime(text: string): WallTime | null {
  const match = LOCAL.exec(text.trim());
  if (match === null) return null;
  const [year, month, day, hour, minute] = match.slice(1).map((part) => Number(part ?? '0'));
  const wall = { year: year ?? 0, month: month ?? 0, day: day ?? 0, hour: hour ?? 0, minute: minute ?? 0 };
  const check = new Date(Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute));
  const real =
    check.getUTCFullYear() === wall.year &&
    check.getUTCMonth() === wall.month - 1 &&
    check.getUTCDate() === wall.day &&
    wall.hour < 24 &&
    wall.minute < 60;
  return real ? wall : null;
}

/**
 * The instant a wall time names in a time zone (DST-correct: 18:00 stays 18:00 local).
 * @param wall - the wall time
 * @param timeZone - IANA name
 */
export function wallToInstant(wall: WallTime, timeZone: string): number {
  return new TZDate(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, timeZone).getTime();
}

/**
 * The wall time an instant shows in a time zone.
 * @param ms - epoch ms
 * @param timeZone - IANA name
 */
export function instantToWall(ms: number, timeZone: string): WallTime {
  const local = new TZDate(ms, timeZone);
  return {
    year: local.getFullYear(),
    month: local.getMonth() + 1,
    day: local.getDate(),
    hour: local.getHours(),
    minute: local.getMinutes(),
  };
}

/**
 * A wall time as a "floating" Date whose UTC fields are the wall fields: how the `rrule`
 * library represents times without a zone.
 * @param wall - the wall time
 */
export function floatingDate(wall: WallTime): Date {
  return new Date(Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute));
}

/**
 * The wall time of a floating Date (see {@link floatingDate}).
 * @param date - a floating Date from `rrule`
 */
export function wallOfFloating(date: Date): WallTime {
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    hour: date.getUTCHours(),
    minute: date.getUTCMinutes(),
  };
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/**
 * `2027-01-04`: how an occurrence is named in its id and in exceptions.
 * @param wall - the wall time
 */
export function localDateText(wall: WallTime): string {
  return `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}`;
}

/**
 * `20270104T180000`: RFC 5545's floating DATE-TIME (no zone), for DTSTART.
 * @param wall - the wall time
 */
export function icalFloating(wall: WallTime): string {
  return `${pad(wall.year, 4)}${pad(wall.month)}${pad(wall.day)}T${pad(wall.hour)}${pad(wall.minute)}00`;
}
