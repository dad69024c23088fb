import { describe, expect, it } from 'vitest';
import { EventsConfig } from './EventsConfig.js';

const standup = {
  id: 'monday-standup',
  title: 'Monday standup',
  type: 'community_call',
  duration: '30m',
  channel: 'Community Meetings',
  rrule: 'FREQ=WEEKLY;BYDAY=MO',
  start: '2027-01-04T09:00',
};

/** The issues of parsing `events`, as "path: message" lines. */
function problems(events: unknown): string[] {
  const result = EventsConfig.safeParse(events);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('EventsConfig', () => {
  it('fills the defaults: nothing scheduled, reminders 24 h, 1 h and at start, UTC', () => {
    const config = EventsConfig.parse({});
    expect(config.programme).toEqual([]);
    expect(config.oneOff).toEqual([]);
    expect(config.reminders).toEqual([86_400_000, 3_600_000, 0]);
    expect(config.timezone).toBe('UTC');
    expect(config.horizon).toBe(28 * 86_400_000);
    expect(config.attendance).toEqual({ minMinutes: 15, requireUnmuted: false });
  });

  it('accepts a weekly series in a time zone, with a moved and a cancelled occurrence', () => {
    const config = EventsConfig.parse({
      timezone: 'Europe/Berlin',
      programme: [
        {
          ...standup,
          exceptions: [
            { date: '2027-01-11', cancel: true },
            { date: '2027-01-18', moveTo: '2027-01-19T09:00' },
          ],
        },
      ],
    });
    expect(config.programme[0]?.duration).toBe(1_800_000);
    expect(config.programme[0]?.exceptions).toEqual([
      { date: '2027-01-11', cancel: true, moveTo: null },
      { date: '2027-01-18', cancel: false, moveTo: '2027-01-19T09:00' },
    ]);
  });

  it('names the path and the problem of a bad rule, time zone, date or place', () => {
    expect(problems({ timezone: 'Mars/Olympus' })).toEqual([
      'timezone: must be an IANA time zone such as "Europe/Berlin" or "UTC"',
    ]);
    expect(problems({ programme: [{ ...standup, rrule: 'BYDAY=MO' }] })).toEqual([
      'programme.0.rrule: must name a frequency, e.g. "FREQ=WEEKLY;BYDAY=MO"',
    ]);
    expect(problems({ programme: [{ ...standup, rrule: 'FREQ=HOURLY' }] })).toEqual([
      'programme.0.rrule: repeats at most daily (FREQ=HOURLY and finer are refused)',
    ]);
    expect(problems({ programme: [{ ...standup, rrule: 'DTSTART:20270101T000000\nFREQ=DAILY' }] })).toEqual([
      'programme.0.rrule: leave DTSTART and TZID out: `start` and `events.timezone` set them',
    ]);
    expect(problems({ programme: [{ ...standup, rrule: 'FREQ=WEEKLY;BYDAY=XX' }] })).toEqual([
      'programme.0.rrule: has a bad value in "BYDAY=XX"',
    ]);
    expect(problems({ programme: [{ ...standup, rrule: 'FREQ=WEEKLY;ON=MO' }] })).toEqual([
      'programme.0.rrule: has an unknown part "ON=MO" (RFC 5545 §3.3.10)',
    ]);
    expect(problems({ programme: [{ ...standup, start: '2027-02-30T09:00' }] })).toEqual([
      'programme.0.start: must be a local date and time such as "2027-01-04T18:00"',
    ]);
    expect(problems({ programme: [{ ...standup, location: 'https://example.org/call' }] })).toEqual([
      'programme.0.channel: give either `channel` (a voice or stage channel) or `location`, not both',
    ]);
    expect(
      problems({
        programme: [{ ...standup, exceptions: [{ date: '2027-01-11', cancel: true, moveTo: '2027-01-12T09:00' }] }],
      }),
    ).toEqual(['programme.0.exceptions.0.cancel: an exception either cancels (`cancel: true`) or moves (`moveTo`)']);
  });

  it('refuses an id used twice across the programme and the one-offs', () => {
    const oneOff = Object.fromEntries(Object.entries(standup).filter(([key]) => key !== 'rrule'));
    expect(problems({ programme: [standup], oneOff: [oneOff] })).toEqual([
      'oneOff.0.id: event id "monday-standup" is used twice',
    ]);
  });
});
