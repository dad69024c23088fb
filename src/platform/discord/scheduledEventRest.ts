import {
  GuildScheduledEventEntityType,
  GuildScheduledEventPrivacyLevel,
  GuildScheduledEventRecurrenceRuleFrequency,
  GuildScheduledEventStatus,
} from 'discord.js';
import { z } from 'zod';
import type { ScheduledEventFacts } from '../../core/DomainEvent.js';
import type {
  RecurrenceWeekday,
  ScheduledEventEntityType,
  ScheduledEventPatch,
  ScheduledEventRecurrence,
  ScheduledEventSnapshot,
  ScheduledEventSpec,
  ScheduledEventStatus,
} from '../types/ScheduledEvent.js';

const ENTITY_CODES: Record<ScheduledEventEntityType, GuildScheduledEventEntityType> = {
  stage: GuildScheduledEventEntityType.StageInstance,
  voice: GuildScheduledEventEntityType.Voice,
  external: GuildScheduledEventEntityType.External,
};
const STATUS_CODES: Record<ScheduledEventStatus, GuildScheduledEventStatus> = {
  scheduled: GuildScheduledEventStatus.Scheduled,
  active: GuildScheduledEventStatus.Active,
  completed: GuildScheduledEventStatus.Completed,
  canceled: GuildScheduledEventStatus.Canceled,
};
const FREQUENCY_CODES: Record<ScheduledEventRecurrence['frequency'], GuildScheduledEventRecurrenceRuleFrequency> = {
  yearly: GuildScheduledEventRecurrenceRuleFrequency.Yearly,
  monthly: GuildScheduledEventRecurrenceRuleFrequency.Monthly,
  weekly: GuildScheduledEventRecurrenceRuleFrequency.Weekly,
  daily: GuildScheduledEventRecurrenceRuleFrequency.Daily,
};

function nameOf<N extends string>(codes: Record<N, number>, code: number, fallback: N): N {
  const found = (Object.entries(codes) as [N, number][]).find(([, value]) => value === code);
  return found?.[0] ?? fallback;
}

const weekday = z
  .number()
  .int()
  .min(0)
  .max(6)
  .transform((day) => day as RecurrenceWeekday);
const apiRecurrence = z.object({
  start: z.string(),
  frequency: z.number().int(),
  interval: z.number().int().default(1),
  by_weekday: z.array(weekday).nullish(),
  by_n_weekday: z.array(z.object({ n: z.number().int(), day: weekday })).nullish(),
  by_month: z.array(z.number().int()).nullish(),
  by_month_day: z.array(z.number().int()).nullish(),
});
const apiScheduledEvent = z.object({
  id: z.string(),
  guild_id: z.string(),
  channel_id: z.string().nullish(),
  creator_id: z.string().nullish(),
  name: z.string(),
  description: z.string().nullish(),
  scheduled_start_time: z.string(),
  scheduled_end_time: z.string().nullish(),
  status: z.number().int(),
  entity_type: z.number().int(),
  entity_metadata: z.object({ location: z.string().nullish() }).nullish(),
  user_count: z.number().int().optional(),
  recurrence_rule: apiRecurrence.nullish(),
});

const ms = (iso: string): number => {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) throw new Error(`not a timestamp: ${iso}`);
  return time;
};
const iso = (epochMs: number): string => new Date(epochMs).toISOString();

/**
 * A guild scheduled event object (REST answer or gateway payload) as the platform's snapshot.
 * Completed and canceled events, entity types and frequencies Guildhall does not know keep a
 * close name (`external`, `weekly`) rather than failing the whole list.
 * @param data - a guild scheduled event object
 * @see https://discord.com/developers/docs/resources/guild-scheduled-event#guild-scheduled-event-object
 */
export function parseScheduledEvent(data: unknown): ScheduledEventSnapshot {
  const e = apiScheduledEvent.parse(data);
  const rule = e.recurrence_rule ?? null;
  return {
    id: e.id,
    guildId: e.guild_id,
    name: e.name,
    description: e.description ?? null,
    startAt: ms(e.scheduled_start_time),
    endAt: e.scheduled_end_time == null ? null : ms(e.scheduled_end_time),
    entityType: nameOf(ENTITY_CODES, e.entity_type, 'external'),
    channelId: e.channel_id ?? null,
    location: e.entity_metadata?.location ?? null,
    recurrence:
      rule === null
        ? null
        : {
            startAt: ms(rule.start),
            frequency: nameOf(FREQUENCY_CODES, rule.frequency, 'weekly'),
            interval: rule.interval,
            byWeekday: rule.by_weekday ?? null,
            byNWeekday: rule.by_n_weekday ?? null,
            byMonth: rule.by_month ?? null,
            byMonthDay: rule.by_month_day ?? null,
          },
    status: nameOf(STATUS_CODES, e.status, 'scheduled'),
    creatorId: e.creator_id ?? null,
    userCount: e.user_count ?? null,
  };
}

/**
 * What the scheduled-event domain events carry, from a snapshot.
 * @param event - the event as it is now
 */
export function scheduledEventFacts(event: ScheduledEventSnapshot): ScheduledEventFacts {
  return {
    scheduledEventId: event.id,
    name: event.name,
    description: event.description,
    startAt: event.startAt,
    endAt: event.endAt,
    entityType: event.entityType,
    channelId: event.channelId,
    location: event.location,
    status: event.status,
    creatorId: event.creatorId,
  };
}

/**
 * The REST `recurrence_rule`: only the fields an application may set (never `end`, `count`,
 * `by_year_day`); weekdays as Discord numbers them (0 = Monday).
 * @param r - the rule
 * @see https://discord.com/developers/docs/resources/guild-scheduled-event#guild-scheduled-event-recurrence-rule-object
 */
export function toRecurrenceRule(r: ScheduledEventRecurrence): Record<string, unknown> {
  return {
    start: iso(r.startAt),
    frequency: FREQUENCY_CODES[r.frequency],
    interval: r.interval,
    by_weekday: r.byWeekday,
    by_n_weekday: r.byNWeekday,
    by_month: r.byMonth,
    by_month_day: r.byMonthDay,
  };
}

/**
 * Create Guild Scheduled Event's JSON body (privacy level guild-only, the only one).
 * @param spec - the event
 * @see https://discord.com/developers/docs/resources/guild-scheduled-event#create-guild-scheduled-event
 */
export function toCreateBody(spec: ScheduledEventSpec): Record<string, unknown> {
  const external = spec.entityType === 'external';
  return {
    name: spec.name,
    privacy_level: GuildScheduledEventPrivacyLevel.GuildOnly,
    scheduled_start_time: iso(spec.startAt),
    ...(spec.endAt === null ? {} : { scheduled_end_time: iso(spec.endAt) }),
    ...(spec.description === null ? {} : { description: spec.description }),
    entity_type: ENTITY_CODES[spec.entityType],
    ...(external ? { entity_metadata: { location: spec.location } } : { channel_id: spec.channelId }),
    ...(spec.recurrence === null ? {} : { recurrence_rule: toRecurrenceRule(spec.recurrence) }),
  };
}

/**
 * Modify Guild Scheduled Event's JSON body: only the fields in `patch`. Becoming external
 * sends `channel_id: null` as Discord requires; an end time cannot be removed (Discord's
 * field is not nullable), so `endAt: null` is left out.
 * @param patch - the fields to change
 * @see https://discord.com/developers/docs/resources/guild-scheduled-event#modify-guild-scheduled-event
 */
export function toPatchBody(patch: ScheduledEventPatch): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (patch.name !== undefined) body.name = patch.name;
  if (patch.description !== undefined) body.description = patch.description;
  if (patch.startAt !== undefined) body.scheduled_start_time = iso(patch.startAt);
  if (patch.endAt !== undefined && patch.endAt !== null) body.scheduled_end_time = iso(patch.endAt);
  if (patch.entityType !== undefined) body.entity_type = ENTITY_CODES[patch.entityType];
  if (patch.channelId !== undefined) body.channel_id = patch.channelId;
  if (patch.entityType === 'external') body.channel_id = null;
  if (patch.location !== undefined)
    body.entity_metadata = patch.location === null ? null : { location: patch.location };
  if (patch.recurrence !== undefined) {
    body.recurrence_rule = patch.recurrence === null ? null : toRecurrenceRule(patch.recurrence);
  }
  if (patch.status !== undefined) body.status = STATUS_CODES[patch.status];
  return body;
}
