import { TZDate } from '@date-fns/tz';
import type { BusinessHours, SupportTier } from '../config/TiersConfig.js';
import type { SupportConfig } from '../SupportConfig.js';

/** Weekday names of `businessHours.days`, by `Date#getDay()` (0 = Sunday). */
const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;

/** Calendar days walked at most looking for working time (a tier's window fits in far fewer). */
const MAX_DAYS = 3660;

/**
 * When a tier's target passes for a question asked at `askedAt`: `within` after it, counted
 * around the clock, or only inside the tier's working hours when it has `businessHours` (the
 * days and the `start`–`end` wall times in its time zone, so a DST change moves the instants,
 * not the hours: a 09:00–17:00 day stays 8 working hours). A question asked outside working
 * hours starts counting at the next working start.
 * @param tier - the tier
 * @param askedAt - epoch ms the question was asked
 * @returns epoch ms
 */
export function tierDeadline(tier: Pick<SupportTier, 'within' | 'businessHours'>, askedAt: number): number {
  if (tier.businessHours === null) return askedAt + tier.within;
  return addWorkingTime(tier.businessHours, askedAt, tier.within);
}

/**
 * The first escalation time of a question asked at `askedAt`: the first tier's deadline, or
 * null without tiers (no escalation). Questions call it when a question opens (`escalate_at`).
 * @param config - the support section
 * @param askedAt - epoch ms the question was asked
 */
export function firstEscalationAt(config: Pick<SupportConfig, 'tiers'>, askedAt: number): number | null {
  const first = config.tiers[0];
  return first === undefined ? null : tierDeadline(first, askedAt);
}

/**
 * The instant `amount` ms of working time after `from`.
 * @param hours - the working days and hours
 * @param from - epoch ms
 * @param amount - working ms to add (0: `from` itself, even outside working hours)
 * @throws Error when no working time is found within ten years (cannot happen with a valid config)
 */
export function addWorkingTime(hours: BusinessHours, from: number, amount: number): number {
  if (amount <= 0) return from;
  const local = new TZDate(from, hours.timezone);
  const [year, month, date] = [local.getFullYear(), local.getMonth(), local.getDate()];
  const [startH, startM] = wallParts(hours.start);
  const [endH, endM] = wallParts(hours.end);
  const days = new Set<string>(hours.days);
  let left = amount;
  for (let offset = 0; offset < MAX_DAYS; offset += 1) {
    // Noon of the day is always a real wall time, whatever the DST change: it names the weekday.
    const weekday = WEEKDAYS[new TZDate(year, month, date + offset, 12, 0, hours.timezone).getDay()];
    if (weekday === undefined || !days.has(weekday)) continue;
    const open = new TZDate(year, month, date + offset, startH, startM, hours.timezone).getTime();
    const close = new TZDate(year, month, date + offset, endH, endM, hours.timezone).getTime();
    const begin = Math.max(open, from);
    if (begin >= close) continue;
    if (close - begin >= left) return begin + left;
    left -= close - begin;
  }
  throw new Error(`no working time found in ${MAX_DAYS} days (${hours.timezone})`);
}

/** `HH:MM` as [hours, minutes]. */
function wallParts(wall: string): [number, number] {
  const [h, m] = wall.split(':').map(Number);
  return [h ?? 0, m ?? 0];
}
