import { InvalidRequest } from './PlatformError.js';
import type {
  RecurrenceWeekday,
  ScheduledEventPatch,
  ScheduledEventRecurrence,
  ScheduledEventSnapshot,
  ScheduledEventSpec,
} from './types/ScheduledEvent.js';

/**
 * Most scheduled events (status scheduled or active) a guild may have at once.
 * @see https://discord.com/developers/docs/resources/guild-scheduled-event#create-guild-scheduled-event
 */
export const SCHEDULED_EVENTS_PER_GUILD = 100;

/**
 * Lengths of a scheduled event's texts: name 1–100, description 1–1000, an external event's
 * location 1–100 characters.
 * @see https://discord.com/developers/docs/resources/guild-scheduled-event#guild-scheduled-event-object-guild-scheduled-event-structure
 */
export const SCHEDULED_EVENT_LIMITS = { name: 100, description: 1000, location: 100 } as const;

/**
 * The weekday sets a daily recurrence may have (0 = Monday): Monday–Friday, Tuesday–Saturday,
 * Sunday–Thursday, Friday & Saturday, Saturday & Sunday, Sunday & Monday.
 * @see https://discord.com/developers/docs/resources/guild-scheduled-event#guild-scheduled-event-recurrence-rule-object
 */
export const DAILY_WEEKDAY_SETS: readonly (readonly RecurrenceWeekday[])[] = [
  [0, 1, 2, 3, 4],
  [1, 2, 3, 4, 5],
  [6, 0, 1, 2, 3],
  [4, 5],
  [5, 6],
  [6, 0],
];

const isWeekday = (day: number): boolean => Number.isInteger(day) && day >= 0 && day <= 6;
const sameSet = (a: readonly number[], b: readonly number[]): boolean =>
  a.length === b.length && a.every((day) => b.includes(day)) && new Set(a).size === a.length;
const empty = (list: readonly unknown[] | null): boolean => list === null || list.length === 0;

/**
 * Why Discord would refuse a recurrence rule, or null when it fits: weekly on one weekday,
 * every week or every other week; daily on one of {@link DAILY_WEEKDAY_SETS}; monthly on one
 * n-th weekday (n 1–5); yearly on one month and one day of it; interval 1 except weekly's 2.
 * @param r - the rule
 * @see https://discord.com/developers/docs/resources/guild-scheduled-event#guild-scheduled-event-recurrence-rule-object
 */
export function recurrenceProblem(r: ScheduledEventRecurrence): string | null {
  if (!Number.isFinite(r.startAt)) return 'a recurrence needs a start';
  const byWeekday = r.byWeekday ?? [];
  if (!byWeekday.every(isWeekday)) return 'recurrence weekdays are 0 (Monday) to 6 (Sunday)';
  const maxInterval = r.frequency === 'weekly' ? 2 : 1;
  if (!Number.isInteger(r.interval) || r.interval < 1 || r.interval > maxInterval) {
    return r.frequency === 'weekly'
      ? 'a weekly recurrence repeats every week or every other week (interval 1 or 2)'
      : `a ${r.frequency} recurrence has interval 1`;
  }
  const others = { byNWeekday: r.byNWeekday, byMonth: r.byMonth, byMonthDay: r.byMonthDay };
  switch (r.frequency) {
    case 'weekly':
      if (byWeekday.length !== 1) return 'a weekly recurrence falls on exactly one weekday (use daily for a set)';
      return Object.values(others).every(empty) ? null : 'a weekly recurrence has only weekdays';
    case 'daily':
      if (!Object.values(others).every(empty)) return 'a daily recurrence has only weekdays';
      if (byWeekday.length === 0 || DAILY_WEEKDAY_SETS.some((set) => sameSet(byWeekday, set))) return null;
      return 'a daily recurrence falls on Mon–Fri, Tue–Sat, Sun–Thu, Fri–Sat, Sat–Sun or Sun–Mon';
    case 'monthly': {
      const nth = r.byNWeekday ?? [];
      const one = nth[0];
      if (nth.length !== 1 || one === undefined) return 'a monthly recurrence falls on exactly one n-th weekday';
      if (!Number.isInteger(one.n) || one.n < 1 || one.n > 5 || !isWeekday(one.day)) {
        return 'a monthly recurrence is the 1st to 5th of a weekday';
      }
      return byWeekday.length === 0 && empty(r.byMonth) && empty(r.byMonthDay)
        ? null
        : 'a monthly recurrence has only its n-th weekday';
    }
    case 'yearly': {
      const month = r.byMonth?.[0];
      const day = r.byMonthDay?.[0];
      if (r.byMonth?.length !== 1 || r.byMonthDay?.length !== 1 || month === undefined || day === undefined) {
        return 'a yearly recurrence falls on exactly one month and one day of it';
      }
      if (!Number.isInteger(month) || month < 1 || month > 12 || !Number.isInteger(day) || day < 1 || day > 31) {
        return 'a yearly recurrence is a month 1–12 and a day 1–31';
      }
      return byWeekday.length === 0 && empty(r.byNWeekday) ? null : 'a yearly recurrence has only a month and a day';
    }
  }
}

/**
 * Whether Discord can carry this recurrence natively (see {@link recurrenceProblem}); the
 * events module creates single occurrences for a rule that does not fit.
 * @param r - the rule
 */
export function fitsDiscordRecurrence(r: ScheduledEventRecurrence): boolean {
  return recurrenceProblem(r) === null;
}

/**
 * Refuses a scheduled event Discord would refuse: name or description or location length, a
 * stage or voice event without a channel, an external event without a location or an end, an
 * end not after the start, a start in the past, a recurrence Discord cannot express.
 * @param spec - the event to create
 * @param now - epoch ms
 * @throws InvalidRequest naming the rule
 * @see https://discord.com/developers/docs/resources/guild-scheduled-event#guild-scheduled-event-object-field-requirements-by-entity-type
 */
export function assertScheduledEvent(spec: ScheduledEventSpec, now: number): void {
  assertFields(spec);
  if (!Number.isFinite(spec.startAt) || spec.startAt < now) {
    throw new InvalidRequest('a scheduled event cannot start in the past');
  }
}

/**
 * Refuses a change Discord would refuse: the fields as {@link assertScheduledEvent} checks
 * them once merged with the event as it is; a start moved into the past (while scheduled);
 * a status change Discord does not allow (scheduled → active or canceled, active → completed).
 * @param current - the event as the platform has it
 * @param patch - the fields to change
 * @param now - epoch ms
 * @throws InvalidRequest naming the rule
 * @see https://discord.com/developers/docs/resources/guild-scheduled-event#guild-scheduled-event-object-valid-guild-scheduled-event-status-transitions
 */
export function assertScheduledEventPatch(
  current: ScheduledEventSnapshot,
  patch: ScheduledEventPatch,
  now: number,
): void {
  const next: ScheduledEventSpec = { ...current, ...patch };
  assertFields(next);
  if (patch.startAt !== undefined && patch.startAt !== current.startAt && patch.startAt < now) {
    throw new InvalidRequest('a scheduled event cannot be moved into the past');
  }
  const status = patch.status;
  if (status === undefined || status === current.status) return;
  const allowed =
    (current.status === 'scheduled' && (status === 'active' || status === 'canceled')) ||
    (current.status === 'active' && status === 'completed');
  if (!allowed) throw new InvalidRequest(`a ${current.status} event cannot become ${status}`);
}

/**
 * Refuses a create when the guild already has {@link SCHEDULED_EVENTS_PER_GUILD} scheduled or
 * active events.
 * @param events - the guild's events (as `listScheduledEvents` answers)
 * @throws InvalidRequest
 */
export function assertScheduledEventRoom(events: readonly Pick<ScheduledEventSnapshot, 'status'>[]): void {
  const open = events.filter((e) => e.status === 'scheduled' || e.status === 'active').length;
  if (open >= SCHEDULED_EVENTS_PER_GUILD) {
    throw new InvalidRequest(`a server has at most ${SCHEDULED_EVENTS_PER_GUILD} scheduled or active events`);
  }
}

function assertFields(spec: ScheduledEventSpec): void {
  const L = SCHEDULED_EVENT_LIMITS;
  if (spec.name.trim() === '' || spec.name.length > L.name) {
    throw new InvalidRequest(`a scheduled event's name has 1 to ${L.name} characters`);
  }
  if (spec.description !== null && (spec.description === '' || spec.description.length > L.description)) {
    throw new InvalidRequest(`a scheduled event's description has 1 to ${L.description} characters (or none)`);
  }
  if (spec.entityType === 'external') {
    if (spec.location === null || spec.location.trim() === '' || spec.location.length > L.location) {
      throw new InvalidRequest(`an external event needs a location of 1 to ${L.location} characters`);
    }
    if (spec.endAt === null) throw new InvalidRequest('an external event needs an end time');
  } else if (spec.channelId === null || spec.channelId === '') {
    throw new InvalidRequest(`a ${spec.entityType} event needs a ${spec.entityType} channel`);
  }
  if (spec.endAt !== null && !(spec.endAt > spec.startAt)) {
    throw new InvalidRequest('a scheduled event must end after it starts');
  }
  if (spec.recurrence !== null) {
    const problem = recurrenceProblem(spec.recurrence);
    if (problem !== null) throw new InvalidRequest(problem);
  }
}
