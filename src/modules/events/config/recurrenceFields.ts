import rrule from 'rrule';
import { z } from 'zod';

const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;
const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A wall-clock date and time without a zone (`2027-01-04T18:00`), read in `events.timezone`;
 * kept as text so the same "18:00 every Monday" holds across daylight-saving changes.
 */
export const LocalDateTime = z
  .string()
  .refine((text) => isValidLocal(text, LOCAL_DATE_TIME), 'must be a local date and time such as "2027-01-04T18:00"');

/** A calendar date (`2027-01-04`). */
export const LocalDate = z
  .string()
  .refine((text) => isValidLocal(text, LOCAL_DATE), 'must be a date such as "2027-01-04"');

/** An IANA time zone name (`Europe/Berlin`, `America/New_York`, `UTC`). */
export { TimeZone } from '../../../config/TimeZone.js';

/**
 * An RFC 5545 RRULE value (`FREQ=WEEKLY;BYDAY=MO`), parsed by the `rrule` library; DTSTART
 * and TZID come from the series' `start` and `events.timezone`, so they are refused here.
 */
export const RecurrenceRule = z.string().superRefine((text, ctx) => {
  const problem = recurrenceProblem(text);
  if (problem !== null) ctx.addIssue({ code: 'custom', message: problem });
});

/**
 * What is wrong with an RRULE value, or null.
 * @param text - the rule as written
 */
export function recurrenceProblem(text: string): string | null {
  const body = text.replace(/^RRULE:/i, '').trim();
  if (/DTSTART|TZID/i.test(body)) return 'leave DTSTART and TZID out: `start` and `events.timezone` set them';
  if (!/(^|;)FREQ=/i.test(body)) return 'must name a frequency, e.g. "FREQ=WEEKLY;BYDAY=MO"';
  for (const part of body.split(';')) {
    const [key = '', value = ''] = part.split('=');
    const check = RULE_PARTS[key.toUpperCase()];
    if (check === undefined) return `has an unknown part "${part}" (RFC 5545 §3.3.10)`;
    if (!value.split(',').every((item) => check.test(item))) return `has a bad value in "${part}"`;
  }
  try {
    const options = rrule.RRule.parseString(body);
    if (options.freq === undefined) return 'must name a frequency, e.g. "FREQ=WEEKLY;BYDAY=MO"';
    if (options.freq > rrule.RRule.DAILY) return 'repeats at most daily (FREQ=HOURLY and finer are refused)';
    return null;
  } catch (error) {
    return `is not an RFC 5545 recurrence rule (${error instanceof Error ? error.message : String(error)})`;
  }
}

const INTEGER = /^[+-]?\d{1,3}$/;

/** The parts of an RRULE value and what each item of their comma list looks like. */
const RULE_PARTS: Record<string, RegExp> = {
  FREQ: /^(SECONDLY|MINUTELY|HOURLY|DAILY|WEEKLY|MONTHLY|YEARLY)$/i,
  INTERVAL: /^\d{1,4}$/,
  COUNT: /^\d{1,5}$/,
  UNTIL: /^\d{8}(T\d{6}Z?)?$/i,
  BYDAY: /^([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$/i,
  BYMONTHDAY: INTEGER,
  BYYEARDAY: INTEGER,
  BYWEEKNO: INTEGER,
  BYMONTH: /^\d{1,2}$/,
  BYSETPOS: INTEGER,
  BYHOUR: /^\d{1,2}$/,
  BYMINUTE: /^\d{1,2}$/,
  BYSECOND: /^\d{1,2}$/,
  WKST: /^(MO|TU|WE|TH|FR|SA|SU)$/i,
};

function isValidLocal(text: string, pattern: RegExp): boolean {
  const match = pattern.exec(text);
  if (match === null) return false;
  const [year, month, day, hour = '0', minute = '0'] = match.slice(1).map(Number).map(String);
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute)));
  return (
    date.getUTCFullYear() === Number(year) &&
    date.getUTCMonth() === Number(month) - 1 &&
    date.getUTCDate() === Number(day) &&
    Number(hour) < 24 &&
    Number(minute) < 60
  );
}
