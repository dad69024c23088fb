import type { EventsContext } from '../EventsContext.js';
import { scheduleEventJobs } from '../lifecycle/scheduleEventJobs.js';
import { tellAttendees } from '../reminders/tellAttendees.js';
import { announceEvent } from '../rsvp/announceEvent.js';
import { CommunityEvents, type CommunityEvent, type CommunityEventPatch } from '../store/CommunityEvents.js';
import { bestEffort } from './bestEffort.js';

/**
 * Records a new event (a programme occurrence, a one-off, `/event create`, or one staff made
 * on Discord): inserts the row, emits `events.scheduled`, schedules its reminder, start and
 * end jobs and announces it. Answers the row, or undefined when a row with its id existed.
 * @param ctx - module context
 * @param row - the whole row (status scheduled, sequence 0)
 */
export async function recordNewEvent(ctx: EventsContext, row: CommunityEvent): Promise<CommunityEvent | undefined> {
  const events = new CommunityEvents(ctx.db);
  if (!(await events.insert(row))) return undefined;
  await ctx.emit(
    'events.scheduled',
    {
      eventId: row.id,
      title: row.title,
      eventType: row.type,
      startAt: row.start_at,
      endAt: row.end_at,
      seriesId: row.series_id,
      source: row.source,
    },
    { key: `scheduled:${row.id}`, guildId: row.guild_id },
  );
  await scheduleEventJobs(ctx, row);
  await bestEffort(ctx, `announcing ${row.id}`, () => announceEvent(ctx, row), undefined);
  return (await events.get(row.guild_id, row.id)) ?? row;
}

/**
 * Changes an event: updates the row (SEQUENCE raised when members see the change), emits
 * `events.changed`, schedules jobs for new times, tells attendees when the start moved and
 * edits the announcement. Answers the row after the change (undefined: no such event).
 * @param ctx - module context
 * @param before - the row before
 * @param patch - the fields to set
 * @param notice - what to tell attendees when the start moved
 */
export async function recordEventChange(
  ctx: EventsContext,
  before: CommunityEvent,
  patch: CommunityEventPatch,
  notice: string,
): Promise<CommunityEvent | undefined> {
  const after = await new CommunityEvents(ctx.db).update(before.guild_id, before.id, patch, ctx.clock.now());
  if (after === undefined) return undefined;
  await ctx.emit(
    'events.changed',
    { eventId: after.id, title: after.title, startAt: after.start_at, endAt: after.end_at, sequence: after.sequence },
    { key: `changed:${after.id}:${after.sequence}:${after.updated_at}`, guildId: after.guild_id },
  );
  await scheduleEventJobs(ctx, after);
  if (after.start_at !== before.start_at) {
    await bestEffort(ctx, `telling attendees of ${after.id}`, () => tellAttendees(ctx, after, notice), 0);
  }
  if (after.status === 'scheduled' || after.status === 'active') {
    await bestEffort(ctx, `announcing ${after.id}`, () => announceEvent(ctx, after), undefined);
  }
  return after;
}

/**
 * Cancels an event: status canceled (SEQUENCE raised), attendees told, the announcement
 * edited (no buttons), `events.canceled` emitted. Answers the row after, or undefined when it was already cancelled.
 * @param ctx - module context
 * @param before - the row before
 * @param notice - what to tell attendees
 */
export async function recordEventCancel(
  ctx: EventsContext,
  before: CommunityEvent,
  notice: string,
): Promise<CommunityEvent | undefined> {
  if (before.status === 'canceled') return undefined;
  const after = await new CommunityEvents(ctx.db).update(
    before.guild_id,
    before.id,
    { status: 'canceled' },
    ctx.clock.now(),
  );
  if (after === undefined) return undefined;
  const notified = await bestEffort(
    ctx,
    `telling attendees of ${after.id}`,
    () => tellAttendees(ctx, after, notice),
    0,
  );
  // The card stays, without its RSVP buttons.
  await bestEffort(ctx, `announcing ${after.id}`, () => announceEvent(ctx, after), undefined);
  await ctx.emit(
    'events.canceled',
    { eventId: after.id, title: after.title, notified },
    { key: `canceled:${after.id}`, guildId: after.guild_id },
  );
  return after;
}
