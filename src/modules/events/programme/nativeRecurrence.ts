import rrule from 'rrule';
import { fitsDiscordRecurrence } from '../../../platform/scheduledEventLimits.js';
import type { RecurrenceWeekday, ScheduledEventRecurrence } from '../../../platform/types/ScheduledEvent.js';
import type { ProgrammeSeries } from '../config/ProgrammeConfig.js';
import { seriesRule } from './expandSeries.js';

const FREQUENCIES: Partial<Record<number, ScheduledEventRecurrence['frequency']>> = {
  [rrule.RRule.YEARLY]: 'yearly',
  [rrule.RRule.MONTHLY]: 'monthly',
  [rrule.RRule.WEEKLY]: 'weekly',
  [rrule.RRule.DAILY]: 'daily',
};

/**
 * The series as one Discord recurring event starting at `startAt` (its first occurrence to
 * create), or null when Discord's subset cannot say the same (`fitsDiscordRecurrence`): a
 * rule with COUNT, UNTIL, BYSETPOS or times of day, a monthly rule on days of the month, an
 * interval Discord lacks; a series with exceptions (Discord's per-occurrence changes are not
 * in the platform port); or a first occurrence whose UTC weekday differs from its local one
 * (Discord counts weekdays in UTC). rrule and Discord both number weekdays from 0 = Monday.
 * @param series - the series as configured
 * @param startAt - epoch ms of the first occurrence Discord should show
 * @param localDate - that occurrence's local date (`2027-01-04`)
 * @see https://discord.com/developers/docs/resources/guild-scheduled-event#guild-scheduled-event-recurrence-rule-object
 */
export function nativeRecurrence(
  series: ProgrammeSeries,
  startAt: number,
  localDate: string,
): ScheduledEventRecurrence | null {
  if (series.exceptions.length > 0) return null;
  if (new Date(startAt).toISOString().slice(0, 10) !== localDate) return null;
  const o = seriesRule(series).origOptions;
  const unsupported = [o.count, o.until, o.bysetpos, o.byyearday, o.byweekno, o.byhour, o.byminute, o.bysecond];
  if (unsupported.some((part) => part !== undefined && part !== null)) return null;
  const frequency = o.freq === undefined ? undefined : FREQUENCIES[o.freq];
  if (frequency === undefined) return null;
  const days = listOf(o.byweekday).map(weekdayOf);
  if (days.some((d) => d === null)) return null;
  const plain = days.filter((d) => d !== null && d.n === undefined).map((d) => d?.day as RecurrenceWeekday);
  const nth = days.filter((d) => d !== null && d.n !== undefined) as { day: RecurrenceWeekday; n: number }[];
  const start = new Date(startAt);
  const weekdayOfStart = ((start.getUTCDay() + 6) % 7) as RecurrenceWeekday;
  const recurrence: ScheduledEventRecurrence = {
    startAt,
    frequency,
    interval: o.interval ?? 1,
    byWeekday: null,
    byNWeekday: null,
    byMonth: null,
    byMonthDay: null,
  };
  switch (frequency) {
    case 'weekly':
      if (nth.length > 0) return null;
      recurrence.byWeekday = plain.length > 0 ? plain : [weekdayOfStart];
      break;
    case 'daily':
      if (nth.length > 0) return null;
      recurrence.byWeekday = plain.length > 0 ? plain : null;
      break;
    case 'monthly':
      if (plain.length > 0 || listOf(o.bymonthday).length > 0 || listOf(o.bymonth).length > 0) return null;
      recurrence.byNWeekday = nth.map(({ n, day }) => ({ n, day }));
      break;
    case 'yearly': {
      if (days.length > 0) return null;
      const months = listOf(o.bymonth);
      const monthDays = listOf(o.bymonthday);
      recurrence.byMonth = months.length > 0 ? months : [start.getUTCMonth() + 1];
      recurrence.byMonthDay = monthDays.length > 0 ? monthDays : [start.getUTCDate()];
      break;
    }
  }
  return fitsDiscordRecurrence(recurrence) ? recurrence : null;
}

function listOf<T>(value: T | T[] | null | undefined): T[] {
  if (value === null || value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

function weekdayOf(value: rrule.ByWeekday): { day: RecurrenceWeekday; n?: number } | null {
  if (typeof value === 'number') return { day: value as RecurrenceWeekday };
  if (typeof value === 'string') return null;
  return value.n === undefined || value.n === 0
    ? { day: value.weekday as RecurrenceWeekday }
    : { day: value.weekday as RecurrenceWeekday, n: value.n };
}
