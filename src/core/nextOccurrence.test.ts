import { describe, expect, it } from 'vitest';
import { nextOccurrence, parseRecurrenceRule } from './nextOccurrence.js';

describe('nextOccurrence', () => {
  it('finds the next monthly occurrence at a local hour across a DST change', () => {
    const rule = 'FREQ=MONTHLY;BYMONTHDAY=1;BYHOUR=17;BYMINUTE=0';
    // 2027-03-15 in Berlin (CET) → 1 April 17:00 CEST = 15:00 UTC.
    expect(nextOccurrence(rule, 'Europe/Berlin', Date.UTC(2027, 2, 15))).toBe(Date.UTC(2027, 3, 1, 15));
    // 1 Feb 17:00 CET = 16:00 UTC.
    expect(nextOccurrence(rule, 'Europe/Berlin', Date.UTC(2027, 0, 20))).toBe(Date.UTC(2027, 1, 1, 16));
  });

  it('is strictly after the instant given', () => {
    const rule = 'RRULE:FREQ=WEEKLY;BYDAY=MO;BYHOUR=9;BYMINUTE=0';
    const monday = Date.UTC(2027, 0, 4, 9);
    expect(nextOccurrence(rule, 'UTC', monday - 1)).toBe(monday);
    expect(nextOccurrence(rule, 'UTC', monday)).toBe(monday + 7 * 86_400_000);
  });

  it('answers null for a rule that is not valid or has ended', () => {
    expect(parseRecurrenceRule('every monday')).toBeNull();
    expect(nextOccurrence('every monday', 'UTC', 0)).toBeNull();
    expect(nextOccurrence('FREQ=DAILY;BYHOUR=9;UNTIL=20270101T000000', 'UTC', Date.UTC(2027, 0, 5))).toBeNull();
  });
});
