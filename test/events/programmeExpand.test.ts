import { describe, expect, it } from 'vitest';
import { OneOffEvent, ProgrammeSeries } from '../../src/modules/events/config/ProgrammeConfig.js';
import { expandOneOff, expandSeries } from '../../src/modules/events/programme/expandSeries.js';

const series = (fields: Record<string, unknown>) =>
  ProgrammeSeries.parse({ id: 's', title: 'S', type: 'workshop', duration: '1h', channel: 'Lounge', ...fields });
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 16);

describe('expandSeries', () => {
  it('keeps 18:00 local across a daylight-saving change (Europe/Berlin, 29 March 2026)', () => {
    const weekly = series({ rrule: 'FREQ=WEEKLY;BYDAY=MO', start: '2026-03-16T18:00' });
    const found = expandSeries(weekly, 'Europe/Berlin', Date.UTC(2026, 2, 1), Date.UTC(2026, 3, 10));
    expect(found.map((o) => [o.id, iso(o.startAt), iso(o.endAt)])).toEqual([
      ['s:2026-03-16', '2026-03-16T17:00', '2026-03-16T18:00'],
      ['s:2026-03-23', '2026-03-23T17:00', '2026-03-23T18:00'],
      ['s:2026-03-30', '2026-03-30T16:00', '2026-03-30T17:00'],
      ['s:2026-04-06', '2026-04-06T16:00', '2026-04-06T17:00'],
    ]);
    expect(found.every((o) => o.source === 'programme' && o.seriesId === 's' && !o.cancelled)).toBe(true);
  });

  it('finds the first Saturday of each month', () => {
    const monthly = series({ rrule: 'FREQ=MONTHLY;BYDAY=1SA', start: '2026-01-03T15:00' });
    const found = expandSeries(monthly, 'America/New_York', Date.UTC(2026, 2, 1), Date.UTC(2026, 5, 1));
    expect(found.map((o) => o.localDate)).toEqual(['2026-03-07', '2026-04-04', '2026-05-02']);
    // 15:00 in New York: EST (UTC−5) before 8 March, EDT (UTC−4) after.
    expect(found.map((o) => iso(o.startAt))).toEqual(['2026-03-07T20:00', '2026-04-04T19:00', '2026-05-02T19:00']);
  });

  it('repeats quarterly on the last Friday', () => {
    const quarterly = series({ rrule: 'FREQ=MONTHLY;INTERVAL=3;BYDAY=-1FR', start: '2026-01-30T10:00' });
    const found = expandSeries(quarterly, 'UTC', Date.UTC(2026, 0, 1), Date.UTC(2027, 0, 1));
    expect(found.map((o) => o.localDate)).toEqual(['2026-01-30', '2026-04-24', '2026-07-31', '2026-10-30']);
  });

  it('cancels and moves single occurrences by their local date', () => {
    const weekly = series({
      rrule: 'FREQ=WEEKLY;BYDAY=TU',
      start: '2026-03-03T17:00',
      exceptions: [
        { date: '2026-03-10', cancel: true },
        { date: '2026-03-17', moveTo: '2026-03-18T19:30' },
        { date: '2026-03-11', cancel: true },
      ],
    });
    const found = expandSeries(weekly, 'UTC', Date.UTC(2026, 2, 1), Date.UTC(2026, 2, 25));
    expect(found.map((o) => [o.id, iso(o.startAt), o.cancelled])).toEqual([
      ['s:2026-03-03', '2026-03-03T17:00', false],
      ['s:2026-03-10', '2026-03-10T17:00', true],
      ['s:2026-03-17', '2026-03-18T19:30', false],
      ['s:2026-03-24', '2026-03-24T17:00', false],
    ]);
  });

  it('keeps only occurrences starting in [from, to)', () => {
    const daily = series({ rrule: 'FREQ=DAILY', start: '2026-03-01T09:00' });
    const found = expandSeries(daily, 'UTC', Date.UTC(2026, 2, 2, 9), Date.UTC(2026, 2, 4, 9));
    expect(found.map((o) => o.localDate)).toEqual(['2026-03-02', '2026-03-03']);
  });
});

describe('expandOneOff', () => {
  it('is the event itself with id <id> when it starts in the window', () => {
    const event = OneOffEvent.parse({
      id: 'launch',
      title: 'Launch',
      type: 'webinar',
      duration: '90m',
      location: 'https://example.org/live',
      start: '2026-03-14T17:00',
    });
    const [found] = expandOneOff(event, 'Europe/Berlin', Date.UTC(2026, 2, 1), Date.UTC(2026, 3, 1));
    expect(found).toMatchObject({ id: 'launch', source: 'file', seriesId: null, channel: null });
    expect(iso(found?.startAt ?? 0)).toBe('2026-03-14T16:00');
    expect((found?.endAt ?? 0) - (found?.startAt ?? 0)).toBe(90 * 60_000);
    expect(expandOneOff(event, 'Europe/Berlin', Date.UTC(2026, 3, 1), Date.UTC(2026, 4, 1))).toEqual([]);
  });
});
