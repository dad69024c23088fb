import { z } from 'zod';
import { defineJob } from '../../../core/defineJob.js';
import type { DomainEventOf, ScheduledEventFacts } from '../../../core/DomainEvent.js';
import type { EventsContext } from '../EventsContext.js';
import type { CommunityEvent, CommunityEventPatch } from '../store/CommunityEvents.js';
import { CommunityEvents } from '../store/CommunityEvents.js';
import { eventTypeFromName } from './eventTypeFromName.js';
import { recordEventCancel, recordEventChange, recordNewEvent } from './eventRecords.js';
import { expandOneOff, expandSeries } from './expandSeries.js';
import { eventsOfPlatformEvent } from './guildEvents.js';

const HOUR = 3_600_000;

type ScheduledEventChange = DomainEventOf<'scheduled_event.created' | 'scheduled_event.updated'>;

/**
 * `scheduled_event.created`: an event staff made on Discord directly becomes a row (source
 * `discord`, id `discord:<scheduled event id>`, type from its name, no capacity, hosted by its
 * creator) so RSVPs, reminders and attendance work for it. One Guildhall made is recognised
 * by its id, or (when Discord's event arrives before the sync committed) by a row of the same
 * name and start still without a Discord event (which takes its id) or an occurrence of the
 * file with that name and start (the sync adopts it). One a bot made waits a minute
 * ({@link takeInDiscordEventJob}): it may be Guildhall's `/event create` not committed yet.
 * @param event - the gateway event
 * @param ctx - module context
 * @see https://discord.com/developers/docs/events/gateway-events#guild-scheduled-event-create
 */
export async function onScheduledEventCreated(event: ScheduledEventChange, ctx: EventsContext): Promise<void> {
  const facts = event.payload;
  const known = await eventsOfPlatformEvent(ctx.db, event.guildId, facts.scheduledEventId);
  if (known.length > 0) return followDiscord(ctx, known, facts);
  if (await claimPending(ctx, event.guildId, facts)) return;
  // Guildhall's own, made by a sync that has not committed its row (or crashed): the sync adopts it.
  if (isFileOccurrence(ctx, facts)) return;
  const creator = facts.creatorId === null ? null : await ctx.members.get(event.guildId, facts.creatorId);
  if (creator?.bot === true) {
    // Made by a bot, maybe Guildhall's own `/event create` whose row commits with its unit:
    // look again in a minute, when that row is visible.
    await ctx.schedule(takeInDiscordEventJob, {
      key: `take-in:${facts.scheduledEventId}`,
      runAt: ctx.clock.now() + TAKE_IN_DELAY,
      payload: { guildId: event.guildId, facts: { ...facts } },
    });
    return;
  }
  await takeIn(ctx, event.guildId, facts);
}

/** How long a bot's new Discord event waits before it is taken in (see {@link takeInDiscordEventJob}). */
export const TAKE_IN_DELAY = 60_000;

const FactsSchema = z.object({
  scheduledEventId: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  startAt: z.number(),
  endAt: z.number().nullable(),
  entityType: z.enum(['stage', 'voice', 'external']),
  channelId: z.string().nullable(),
  location: z.string().nullable(),
  status: z.enum(['scheduled', 'active', 'completed', 'canceled']),
  creatorId: z.string().nullable(),
});

/**
 * Job: a Discord event a bot created, a minute later: taken in as a `discord` row unless a
 * Guildhall row holds it by then (its own `/event create` or sync committed meanwhile).
 */
export const takeInDiscordEventJob = defineJob({
  name: 'takeInDiscordEvent',
  payload: z.object({ guildId: z.string(), facts: FactsSchema }),
  async run({ guildId, facts }, ctx: EventsContext) {
    if ((await eventsOfPlatformEvent(ctx.db, guildId, facts.scheduledEventId)).length > 0) return;
    if (await claimPending(ctx, guildId, facts)) return;
    if (isFileOccurrence(ctx, facts)) return;
    await takeIn(ctx, guildId, facts);
  },
});

/** Records a Discord event staff made as a `discord` row (scheduled or active ones only). */
async function takeIn(ctx: EventsContext, guildId: string, facts: ScheduledEventFacts): Promise<void> {
  if (facts.status !== 'scheduled' && facts.status !== 'active') return;
  const now = ctx.clock.now();
  await recordNewEvent(ctx, {
    id: `discord:${facts.scheduledEventId}`,
    guild_id: guildId,
    source: 'discord',
    series_id: null,
    local_date: null,
    title: facts.name,
    description: facts.description,
    type: eventTypeFromName(facts.name),
    start_at: facts.startAt,
    end_at: facts.endAt ?? facts.startAt + HOUR,
    channel_id: facts.channelId,
    location: facts.location,
    capacity: null,
    host_id: facts.creatorId,
    status: facts.status,
    platform_event_id: facts.scheduledEventId,
    announce_channel_id: null,
    announce_message_id: null,
    sequence: 0,
    created_by: facts.creatorId,
    created_at: now,
    updated_at: now,
    closed_at: null,
  });
}

/**
 * `scheduled_event.updated`: a change made on Discord (start, end, place, name, or the
 * status: started, ended, cancelled) updates the rows behind the event; an event Guildhall
 * does not know yet is taken in as on creation. Guildhall's own edits come back equal to the
 * row and change nothing.
 * @param event - the gateway event
 * @param ctx - module context
 * @see https://discord.com/developers/docs/events/gateway-events#guild-scheduled-event-update
 */
export async function onScheduledEventUpdated(event: ScheduledEventChange, ctx: EventsContext): Promise<void> {
  const known = await eventsOfPlatformEvent(ctx.db, event.guildId, event.payload.scheduledEventId);
  if (known.length === 0) return onScheduledEventCreated(event, ctx);
  await followDiscord(ctx, known, event.payload);
}

/**
 * `scheduled_event.deleted`: the rows behind the event not over yet are cancelled.
 * @param event - the gateway event
 * @param ctx - module context
 * @see https://discord.com/developers/docs/events/gateway-events#guild-scheduled-event-delete
 */
export async function onScheduledEventDeleted(
  event: DomainEventOf<'scheduled_event.deleted'>,
  ctx: EventsContext,
): Promise<void> {
  const known = await eventsOfPlatformEvent(ctx.db, event.guildId, event.payload.scheduledEventId);
  for (const row of known) {
    if (row.status === 'scheduled' || row.status === 'active') {
      await recordEventCancel(ctx, row, `“${row.title}” was cancelled on Discord.`);
    }
  }
}

/** Applies Discord's state to the rows behind one Discord event when it differs. */
async function followDiscord(ctx: EventsContext, rows: CommunityEvent[], facts: ScheduledEventFacts): Promise<void> {
  const now = ctx.clock.now();
  // A series created as one recurring Discord event: Discord's times are the series', not a row's.
  const shared = rows.length > 1 || rows.some((r) => r.series_id !== null && ctx.config.useNativeRecurrence);
  const targets = shared ? rows.filter((r) => r.status === 'scheduled' && r.end_at > now) : rows;
  for (const row of targets) {
    if (facts.status === 'canceled') {
      await recordEventCancel(ctx, row, `“${row.title}” was cancelled on Discord.`);
      continue;
    }
    if (row.status === 'canceled' || row.status === 'completed') continue;
    const patch: CommunityEventPatch = {};
    if (facts.name !== row.title) patch.title = facts.name;
    if (facts.description !== row.description) patch.description = facts.description;
    if (facts.channelId !== row.channel_id) patch.channel_id = facts.channelId;
    if (facts.location !== row.location && !(facts.location === null && row.channel_id !== null)) {
      patch.location = facts.location;
    }
    if (!shared) {
      if (facts.startAt !== row.start_at) patch.start_at = facts.startAt;
      const endAt = facts.endAt ?? Math.max(row.end_at, facts.startAt + HOUR);
      if (endAt !== row.end_at) patch.end_at = endAt;
      if (facts.status !== row.status && (facts.status === 'active' || facts.status === 'completed')) {
        patch.status = facts.status;
      }
    }
    if (Object.keys(patch).length === 0) continue;
    const when = `<t:${Math.floor((patch.start_at ?? row.start_at) / 1000)}:F>`;
    await recordEventChange(ctx, row, patch, `“${patch.title ?? row.title}” moved to ${when}.`);
  }
}

/**
 * A Guildhall row of the same name and start still without a Discord event takes this one's
 * id (the sync that made it has not committed yet, or crashed before): answers whether one did.
 */
async function claimPending(ctx: EventsContext, guildId: string, facts: ScheduledEventFacts): Promise<boolean> {
  const events = new CommunityEvents(ctx.db);
  const candidates = await events.startingBetween(guildId, facts.startAt, facts.startAt + 1);
  const pending = candidates.find(
    (r) => r.source !== 'discord' && r.platform_event_id === null && r.title === facts.name && r.status !== 'canceled',
  );
  if (pending === undefined) return false;
  await events.update(guildId, pending.id, { platform_event_id: facts.scheduledEventId }, ctx.clock.now());
  return true;
}

/** Whether the file declares an occurrence with this name and start. */
function isFileOccurrence(ctx: EventsContext, facts: ScheduledEventFacts): boolean {
  const { programme, oneOff, timezone } = ctx.config;
  const from = facts.startAt;
  const to = facts.startAt + 1;
  return [
    ...programme.flatMap((series) => expandSeries(series, timezone, from, to)),
    ...oneOff.flatMap((event) => expandOneOff(event, timezone, from, to)),
  ].some((o) => o.title === facts.name && !o.cancelled);
}
