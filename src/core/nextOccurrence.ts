import { TZDate } from '@date-fns/tz';
import rrule from 'rrule';

/** Wall-clock fields of an instant in a zone, as a "floating" Date (UTC fields = wall fields), as `rrule` wants. */
function floatingOf(ms: number, timeZone: string): Date {
  const local = new TZDate(ms, timeZone);
  return new Date(
    Date.UTC(local.getFullYear(), local.getMonth(), local.getDate(), local.getHours(), local.getMinutes()),
  );
}

/** The instant a floating Date's wall time names in a zone. */
function instantOf(floating: Date, timeZone: string): number {
  return new TZDate(
    floating.getUTCFullYear(),
    floating.getUTCMonth(),
    floating.getUTCDate(),
    floating.getUTCHours(),
    floating.getUTCMinutes(),
    timeZone,
  ).getTime();
}

/**
 * Parses an RRULE (`FREQ=MONTHLY;BYMONTHDAY=1;BYHOUR=17;BYMINUTE=0`, with or without the
 * `RRULE:` prefix); null when it is not a single valid recurrence rule.
 * @param text - the rule as configured
 */
export function parseRecurrenceRule(text: string): string | null {
  const body = text.replace(/^RRULE:/i, '').trim();
  try {
    const parsed = rrule.rrulestr(`DTSTART:20000101T000000\nRRULE:${body}`);
    return parsed instanceof rrule.RRule ? body : null;
  } catch {
    return null;
  }
}

/**
 * The first occurrence of an RRULE strictly after an instant, read in a time zone (17:00 stays
 * 17:00 local across DST); null when the rule is invalid or has no later occurrence.
 * @param ruleText - the RRULE (see {@link parseRecurrenceRule})
 * @param timeZone - IANA name (the module's `timezone`)
 * @param afterMs - epoch ms; the result is later than this
 */
export function nextOccurrence(ruleText: string, timeZone: string, afterMs: number): number | null {
  const body = parseRecurrenceRule(ruleText);
  if (body === null) return null;
  // Start the series a day back so rules without BYHOUR still fall on whole local minutes.
  const start = floatingOf(afterMs, timeZone);
  const dtstart = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), start.getUTCDate()));
  const stamp = dtstart.toISOString().replace(/[-:]/g, '').slice(0, 15);
  const rule = rrule.rrulestr(`DTSTART:${stamp}\nRRULE:${body}`);
  let cursor = new Date(start.getTime() - 60_000);
  for (let guard = 0; guard < 1000; guard += 1) {
    const next = rule.after(cursor, false);
    if (next === null) return null;
    const at = instantOf(next, timeZone);
    if (at > afterMs) return at;
    cursor = next;
  }
  return null;
}
