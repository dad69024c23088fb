import { describe, expect, it } from 'vitest';
import { firstEscalationAt, tierDeadline } from '../../src/modules/support/escalation/tierDeadline.js';
import type { BusinessHours } from '../../src/modules/support/config/TiersConfig.js';

const HOUR = 3_600_000;
const WEEKDAYS: BusinessHours['days'] = ['mon', 'tue', 'wed', 'thu', 'fri'];
const hours = (timezone: string, days: BusinessHours['days'] = WEEKDAYS): BusinessHours => ({
  timezone,
  days,
  start: '09:00',
  end: '17:00',
});
const iso = (text: string): number => Date.parse(text);

// Hand-computed: 2026-03-02 is a Monday; Europe/Berlin springs forward on Sunday 2026-03-29
// (CET +1 → CEST +2); America/New_York falls back on Sunday 2026-11-01 (EDT −4 → EST −5).
describe('tierDeadline', () => {
  it('counts around the clock without business hours', () => {
    expect(tierDeadline({ within: 4 * HOUR, businessHours: null }, iso('2026-03-07T22:00:00Z'))).toBe(
      iso('2026-03-08T02:00:00Z'),
    );
  });

  it('counts inside one working day', () => {
    const tier = { within: 4 * HOUR, businessHours: hours('UTC') };
    expect(tierDeadline(tier, iso('2026-03-02T10:00:00Z'))).toBe(iso('2026-03-02T14:00:00Z'));
  });

  it('carries what is left of a day over to the next working day', () => {
    // Monday 15:00: 2 h on Monday, 2 h on Tuesday from 09:00.
    const tier = { within: 4 * HOUR, businessHours: hours('UTC') };
    expect(tierDeadline(tier, iso('2026-03-02T15:00:00Z'))).toBe(iso('2026-03-03T11:00:00Z'));
  });

  it('skips the weekend', () => {
    const tier = { within: 4 * HOUR, businessHours: hours('UTC') };
    // Friday 16:00: 1 h on Friday, 3 h on Monday from 09:00.
    expect(tierDeadline(tier, iso('2026-03-06T16:00:00Z'))).toBe(iso('2026-03-09T12:00:00Z'));
    // Asked on Saturday: counting starts Monday 09:00.
    expect(tierDeadline(tier, iso('2026-03-07T10:00:00Z'))).toBe(iso('2026-03-09T13:00:00Z'));
  });

  it('ends exactly at the close of the last working day needed', () => {
    // 24 working hours from Monday 09:00 = Monday, Tuesday and Wednesday until 17:00.
    const tier = { within: 24 * HOUR, businessHours: hours('UTC') };
    expect(tierDeadline(tier, iso('2026-03-02T09:00:00Z'))).toBe(iso('2026-03-04T17:00:00Z'));
  });

  it('keeps working hours in local time across the spring DST change (Europe/Berlin)', () => {
    const tier = { within: 4 * HOUR, businessHours: hours('Europe/Berlin') };
    // Friday 27 March 16:00 CET (15:00 UTC): 1 h Friday; Monday 30 March 09:00 CEST (07:00 UTC)
    // + 3 h = 12:00 CEST = 10:00 UTC (not 11:00 UTC, as fixed offsets would give).
    expect(tierDeadline(tier, iso('2026-03-27T15:00:00Z'))).toBe(iso('2026-03-30T10:00:00Z'));
  });

  it('counts a working Sunday on the day the clocks change', () => {
    const tier = { within: 2 * HOUR, businessHours: hours('Europe/Berlin', ['sat', 'sun']) };
    // Saturday 28 March 16:00 CET (15:00 UTC): 1 h Saturday; Sunday 29 March 09:00 CEST
    // (07:00 UTC) + 1 h = 08:00 UTC.
    expect(tierDeadline(tier, iso('2026-03-28T15:00:00Z'))).toBe(iso('2026-03-29T08:00:00Z'));
  });

  it('keeps working hours in local time across the autumn DST change (America/New_York)', () => {
    const tier = { within: 4 * HOUR, businessHours: hours('America/New_York') };
    // Friday 30 October 16:00 EDT (20:00 UTC): 1 h Friday; Monday 2 November 09:00 EST
    // (14:00 UTC) + 3 h = 17:00 UTC.
    expect(tierDeadline(tier, iso('2026-10-30T20:00:00Z'))).toBe(iso('2026-11-02T17:00:00Z'));
  });
});

describe('firstEscalationAt', () => {
  it('is the first tier’s deadline, or null without tiers', () => {
    const askedAt = iso('2026-03-02T12:00:00Z');
    const tiers = [
      { name: 'community', within: 4 * HOUR, role: null, channel: null, businessHours: null },
      { name: 'expert', within: 24 * HOUR, role: null, channel: null, businessHours: hours('UTC') },
    ];
    expect(firstEscalationAt({ tiers }, askedAt)).toBe(askedAt + 4 * HOUR);
    expect(firstEscalationAt({ tiers: [] }, askedAt)).toBeNull();
  });
});
