import { describe, expect, it } from 'vitest';
import { InvalidRequest } from './PlatformError.js';
import {
  assertScheduledEvent,
  assertScheduledEventPatch,
  assertScheduledEventRoom,
  fitsDiscordRecurrence,
  SCHEDULED_EVENTS_PER_GUILD,
} from './scheduledEventLimits.js';
import type { ScheduledEventRecurrence, ScheduledEventSnapshot, ScheduledEventSpec } from './types/ScheduledEvent.js';

const NOW = Date.UTC(2026, 11, 3, 12);
const HOUR = 3_600_000;

const voice: ScheduledEventSpec = {
  name: 'Study hall',
  description: 'Weekly co-working in the lounge',
  startAt: NOW + HOUR,
  endAt: null,
  entityType: 'voice',
  channelId: '111',
  location: null,
  recurrence: null,
};
const external: ScheduledEventSpec = {
  ...voice,
  entityType: 'external',
  channelId: null,
  location: 'https://meet.example/study',
  endAt: NOW + 2 * HOUR,
};
const rule = (patch: Partial<ScheduledEventRecurrence>): ScheduledEventRecurrence => ({
  startAt: NOW + HOUR,
  frequency: 'weekly',
  interval: 1,
  byWeekday: [2],
  byNWeekday: null,
  byMonth: null,
  byMonthDay: null,
  ...patch,
});
const refusal = (fn: () => void): string => {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidRequest);
    return (error as Error).message;
  }
  throw new Error('expected a refusal');
};

describe('scheduled event limits', () => {
  it('accepts a voice event without end and an external event with location and end', () => {
    expect(() => assertScheduledEvent(voice, NOW)).not.toThrow();
    expect(() => assertScheduledEvent(external, NOW)).not.toThrow();
  });

  it('refuses names, descriptions and locations outside Discord lengths', () => {
    expect(refusal(() => assertScheduledEvent({ ...voice, name: ' ' }, NOW))).toMatch(/name has 1 to 100/);
    expect(refusal(() => assertScheduledEvent({ ...voice, name: 'x'.repeat(101) }, NOW))).toMatch(/name/);
    expect(() => assertScheduledEvent({ ...voice, name: 'x'.repeat(100) }, NOW)).not.toThrow();
    expect(refusal(() => assertScheduledEvent({ ...voice, description: 'd'.repeat(1001) }, NOW))).toMatch(
      /description has 1 to 1000/,
    );
    expect(() => assertScheduledEvent({ ...voice, description: null }, NOW)).not.toThrow();
    expect(refusal(() => assertScheduledEvent({ ...external, location: 'l'.repeat(101) }, NOW))).toMatch(/location/);
  });

  it('an external event needs a location and an end; voice and stage need a channel', () => {
    expect(refusal(() => assertScheduledEvent({ ...external, location: null }, NOW))).toMatch(/needs a location/);
    expect(refusal(() => assertScheduledEvent({ ...external, endAt: null }, NOW))).toMatch(/needs an end time/);
    expect(refusal(() => assertScheduledEvent({ ...voice, channelId: null }, NOW))).toMatch(/voice event needs/);
    expect(refusal(() => assertScheduledEvent({ ...voice, entityType: 'stage', channelId: null }, NOW))).toMatch(
      /stage event needs a stage channel/,
    );
  });

  it('refuses an end not after the start and a start in the past', () => {
    expect(refusal(() => assertScheduledEvent({ ...voice, endAt: voice.startAt }, NOW))).toMatch(/end after/);
    expect(refusal(() => assertScheduledEvent({ ...voice, startAt: NOW - 1 }, NOW))).toMatch(/past/);
  });

  it('recurrence: only the shapes Discord accepts', () => {
    expect(fitsDiscordRecurrence(rule({}))).toBe(true);
    expect(fitsDiscordRecurrence(rule({ interval: 2 }))).toBe(true);
    expect(fitsDiscordRecurrence(rule({ interval: 3 }))).toBe(false);
    expect(fitsDiscordRecurrence(rule({ byWeekday: [1, 3] }))).toBe(false);
    expect(fitsDiscordRecurrence(rule({ byWeekday: [] }))).toBe(false);
    expect(fitsDiscordRecurrence(rule({ frequency: 'daily', byWeekday: [4, 3, 2, 1, 0] }))).toBe(true);
    expect(fitsDiscordRecurrence(rule({ frequency: 'daily', byWeekday: [6, 0] }))).toBe(true);
    expect(fitsDiscordRecurrence(rule({ frequency: 'daily', byWeekday: [0, 2, 4] }))).toBe(false);
    expect(fitsDiscordRecurrence(rule({ frequency: 'daily', byWeekday: [5, 6], interval: 2 }))).toBe(false);
    expect(fitsDiscordRecurrence(rule({ frequency: 'monthly', byWeekday: null, byNWeekday: [{ n: 4, day: 2 }] }))).toBe(
      true,
    );
    expect(fitsDiscordRecurrence(rule({ frequency: 'monthly', byWeekday: null, byNWeekday: [{ n: 6, day: 2 }] }))).toBe(
      false,
    );
    expect(
      fitsDiscordRecurrence(
        rule({
          frequency: 'monthly',
          byWeekday: null,
          byNWeekday: [
            { n: 1, day: 0 },
            { n: 3, day: 0 },
          ],
        }),
      ),
    ).toBe(false);
    expect(fitsDiscordRecurrence(rule({ frequency: 'yearly', byWeekday: null, byMonth: [7], byMonthDay: [24] }))).toBe(
      true,
    );
    expect(fitsDiscordRecurrence(rule({ frequency: 'yearly', byWeekday: null, byMonth: [7], byMonthDay: null }))).toBe(
      false,
    );
    expect(fitsDiscordRecurrence(rule({ frequency: 'yearly', byWeekday: [1], byMonth: [7], byMonthDay: [24] }))).toBe(
      false,
    );
    expect(refusal(() => assertScheduledEvent({ ...voice, recurrence: rule({ interval: 3 }) }, NOW))).toMatch(
      /every week or every other week/,
    );
  });

  it('a change is checked merged with the event; status moves only as Discord allows', () => {
    const current: ScheduledEventSnapshot = {
      ...voice,
      id: '9',
      guildId: '1',
      status: 'scheduled',
      creatorId: null,
      userCount: null,
    };
    expect(() => assertScheduledEventPatch(current, { status: 'active' }, NOW)).not.toThrow();
    expect(() => assertScheduledEventPatch(current, { status: 'canceled' }, NOW)).not.toThrow();
    expect(refusal(() => assertScheduledEventPatch(current, { status: 'completed' }, NOW))).toMatch(
      /scheduled event cannot become completed/,
    );
    const active = { ...current, status: 'active' as const, startAt: NOW - HOUR };
    expect(() => assertScheduledEventPatch(active, { status: 'completed' }, NOW)).not.toThrow();
    expect(refusal(() => assertScheduledEventPatch(active, { status: 'scheduled' }, NOW))).toMatch(/active event/);
    expect(refusal(() => assertScheduledEventPatch(current, { entityType: 'external' }, NOW))).toMatch(/location/);
    expect(refusal(() => assertScheduledEventPatch(current, { startAt: NOW - 1 }, NOW))).toMatch(/into the past/);
  });

  it('refuses a create once 100 events are scheduled or active', () => {
    const open = Array.from({ length: SCHEDULED_EVENTS_PER_GUILD - 1 }, () => ({ status: 'scheduled' as const }));
    expect(() => assertScheduledEventRoom(open)).not.toThrow();
    expect(() => assertScheduledEventRoom([...open, { status: 'completed' }])).not.toThrow();
    expect(refusal(() => assertScheduledEventRoom([...open, { status: 'active' }]))).toMatch(/at most 100/);
  });
});
