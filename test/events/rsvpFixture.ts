import { z } from 'zod';
import type { ModuleRoute } from '../../src/core/defineRoute.js';
import type { Engine } from '../../src/core/Engine.js';
import type { EventsContext } from '../../src/modules/events/EventsContext.js';
import { scheduleEventJobs } from '../../src/modules/events/lifecycle/scheduleEventJobs.js';
import { announceEvent } from '../../src/modules/events/rsvp/announceEvent.js';
import { rsvpCustomId, type RsvpChoice } from '../../src/modules/events/rsvp/rsvpCustomIds.js';
import { CommunityEvents, type CommunityEvent } from '../../src/modules/events/store/CommunityEvents.js';
import type { SandboxMessage } from '../../src/platform/sandbox/sandboxViews.js';
import { DAY, HOUR, type EventsCommunity, type InteractionOutcome } from './eventsCommunity.js';

let units = 0;

/**
 * Runs `work` with the events module's real context, in one unit of work of the engine (its
 * writes, emitted events, jobs and queued messages commit together), as a staff action
 * would: through `Engine.runRoute` with a route made for the test.
 * @param t - the events community
 * @param work - what to do with the context
 */
export async function inEventsUnit(t: EventsCommunity, work: (ctx: EventsContext) => Promise<void>): Promise<void> {
  await inEngineUnit(t.c.engine, t.guildId, work);
  await t.c.settle();
}

/**
 * {@link inEventsUnit} on any engine (the discord.js tests' too).
 * @param engine - the running engine
 * @param guildId - the guild
 * @param work - what to do with the context
 */
export async function inEngineUnit(
  engine: Engine,
  guildId: string,
  work: (ctx: EventsContext) => Promise<void>,
): Promise<void> {
  const route: ModuleRoute<EventsContext> = {
    method: 'POST',
    path: '/test-unit',
    access: 'admin',
    summary: 'test only',
    response: z.object({}),
    async handle(_input, ctx) {
      await work(ctx);
      return { status: 200, body: {} };
    },
  };
  units += 1;
  await engine.runRoute('events', route, {
    params: {},
    query: {},
    body: {},
    actor: { userId: '1', name: 'test', role: 'admin', devLogin: true },
    guildId,
    requestId: `rsvp-test-${units}`,
  });
  await engine.settle();
}

/** What a test event starts from: the row's fields to set, and whether it is on Discord too. */
export type PlannedEvent = Partial<CommunityEvent> & { id: string; discord?: boolean };

/** An event planned by a test: its row (after announcing) and its announcement. */
export interface RsvpEvent {
  event: CommunityEvent;
  announcement: SandboxMessage;
}

/**
 * Plans an event as the programme part does: (optionally) creates its Discord scheduled
 * event, inserts its row, schedules its jobs and announces it; answers the row and the
 * announcement posted in #announcements.
 * @param t - the events community
 * @param planned - fields of the row (start in 2 days, 1 hour long, in Workshop Room by default)
 */
export async function planEvent(t: EventsCommunity, planned: PlannedEvent): Promise<RsvpEvent> {
  const { discord = false, ...fields } = planned;
  const now = t.now();
  const startAt = fields.start_at ?? now + 2 * DAY;
  const row: CommunityEvent = {
    guild_id: t.guildId,
    source: 'command',
    series_id: null,
    local_date: null,
    title: 'Rust workshop',
    description: 'Ownership and borrowing, hands on.',
    type: 'workshop',
    start_at: startAt,
    end_at: startAt + HOUR,
    channel_id: await t.channelId('Workshop Room'),
    location: null,
    capacity: null,
    host_id: null,
    status: 'scheduled',
    platform_event_id: null,
    announce_channel_id: null,
    announce_message_id: null,
    sequence: 0,
    created_by: null,
    created_at: now,
    updated_at: now,
    closed_at: null,
    ...fields,
  };
  await inEventsUnit(t, async (ctx) => {
    if (discord) {
      const created = await ctx.platform.createScheduledEvent(
        row.guild_id,
        {
          name: row.title,
          description: row.description,
          startAt: row.start_at,
          endAt: row.end_at,
          entityType: row.channel_id === null ? 'external' : 'voice',
          channelId: row.channel_id,
          location: row.location,
          recurrence: null,
        },
        'test event',
      );
      row.platform_event_id = created.id;
    }
    const events = new CommunityEvents(ctx.db);
    await events.insert(row);
    await scheduleEventJobs(ctx, row);
    await announceEvent(ctx, row);
  });
  const event = await storedEvent(t, row.id);
  const announcements = await t.messagesIn(await t.channelId('announcements'));
  const announcement = announcements.find((m) => m.id === event.announce_message_id);
  if (announcement === undefined) throw new Error(`no announcement for ${row.id}`);
  return { event, announcement };
}

/**
 * The event's row as stored now.
 * @param t - the events community
 * @param id - the event id
 */
export async function storedEvent(t: EventsCommunity, id: string): Promise<CommunityEvent> {
  const found = (await t.rows('events_events')).find((e) => e.id === id);
  if (found === undefined) throw new Error(`no event ${id}`);
  return found;
}

/**
 * Presses one of the RSVP buttons of an announcement.
 * @param t - the events community
 * @param planned - the event and its announcement
 * @param userId - who presses
 * @param choice - which button
 */
export function rsvp(
  t: EventsCommunity,
  planned: RsvpEvent,
  userId: string,
  choice: RsvpChoice,
): Promise<InteractionOutcome> {
  return t.press(userId, planned.announcement, rsvpCustomId(choice, planned.event.id));
}

/**
 * Each member's RSVP to the event: user id → status (and `+i` when marked interested).
 * @param t - the events community
 * @param eventId - the event
 */
export async function statuses(t: EventsCommunity, eventId: string): Promise<Record<string, string>> {
  const rows = (await t.rows('events_rsvps')).filter((r) => r.event_id === eventId);
  return Object.fromEntries(rows.map((r) => [r.user_id, `${r.status}${r.interested === 1 ? '+i' : ''}`]));
}
