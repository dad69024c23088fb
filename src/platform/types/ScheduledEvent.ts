/**
 * Where a scheduled event takes place: a stage or voice channel of the guild, or somewhere
 * else (a URL or a place), Discord's entity types 1, 2 and 3.
 * @see https://discord.com/developers/docs/resources/guild-scheduled-event#guild-scheduled-event-object-guild-scheduled-event-entity-types
 */
export type ScheduledEventEntityType = 'stage' | 'voice' | 'external';

/**
 * A scheduled event's status, Discord's 1–4. Scheduled → active → completed, or canceled.
 * @see https://discord.com/developers/docs/resources/guild-scheduled-event#guild-scheduled-event-object-guild-scheduled-event-status
 */
export type ScheduledEventStatus = 'scheduled' | 'active' | 'completed' | 'canceled';

/** Days of the week in Discord's recurrence rules (0 = Monday … 6 = Sunday, as Discord numbers them). */
export type RecurrenceWeekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/**
 * The subset of RFC 5545 recurrence Discord's scheduled events can carry natively. Only the
 * combinations Discord accepts are valid (weekly on one day or every other week; a weekday
 * set daily; the n-th weekday monthly; one date yearly); the events module falls back to
 * creating single occurrences for anything else.
 * @see https://discord.com/developers/docs/resources/guild-scheduled-event#guild-scheduled-event-recurrence-rule-object
 */
export interface ScheduledEventRecurrence {
  /** Epoch ms of the first occurrence (Discord's `start`). */
  startAt: number;
  frequency: 'yearly' | 'monthly' | 'weekly' | 'daily';
  interval: number;
  byWeekday: RecurrenceWeekday[] | null;
  /** Monthly: the n-th (1–5) weekday of the month. */
  byNWeekday: { n: number; day: RecurrenceWeekday }[] | null;
  /** Yearly: months 1–12. */
  byMonth: number[] | null;
  /** Yearly: days of the month 1–31. */
  byMonthDay: number[] | null;
}

/** What Guildhall asks the platform to create. */
export interface ScheduledEventSpec {
  /** 1–100 characters. */
  name: string;
  /** 1–1000 characters; null for none (Discord refuses an empty one). */
  description: string | null;
  /** Epoch ms. */
  startAt: number;
  /** Epoch ms; required for external events. */
  endAt: number | null;
  entityType: ScheduledEventEntityType;
  /** The stage or voice channel; null for external events. */
  channelId: string | null;
  /** External events: where (1–100 characters); null otherwise. */
  location: string | null;
  /** Discord's native recurrence, when the rule fits Discord's subset. */
  recurrence: ScheduledEventRecurrence | null;
}

/** The fields of a scheduled event that can change; absent fields stay. */
export type ScheduledEventPatch = Partial<ScheduledEventSpec> & {
  /** Start (`active`), end (`completed`) or cancel (`canceled`) the event. */
  status?: ScheduledEventStatus;
};

/** A scheduled event as the platform has it. */
export interface ScheduledEventSnapshot extends ScheduledEventSpec {
  id: string;
  guildId: string;
  status: ScheduledEventStatus;
  /** Who created it (the bot for Guildhall's), when known. */
  creatorId: string | null;
  /** Members marked "interested", when the platform counted them. */
  userCount: number | null;
}
