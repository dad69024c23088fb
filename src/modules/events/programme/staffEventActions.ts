import type { InteractionBase } from '../../../core/DomainEvent.js';
import { parseDuration } from '../../../config/Duration.js';
import { EVENT_TYPE_LABELS } from '../config/EventTypes.js';
import type { EventsContext } from '../EventsContext.js';
import { CommunityEvents, type CommunityEvent } from '../store/CommunityEvents.js';
import { CREATE_FORM_FIELDS, type CreateFormArgs } from './createEventForm.js';
import { recordEventCancel, recordEventChange, recordNewEvent } from './eventRecords.js';
import { guildEventsSince } from './guildEvents.js';
import { parseWallTime, wallToInstant } from './localTime.js';
import { pushToDiscord } from './pushToDiscord.js';
import { nextHour, scheduleProgrammeSync } from './syncProgrammeJob.js';

/** The longest event `/event create` accepts. */
const MAX_DURATION = 7 * 86_400_000;

type Staff = Pick<InteractionBase, 'interactionId' | 'userId'>;

/** A form value read for the rules, or the problem to tell staff. */
type Read<T> = { ok: T } | { problem: string };

/**
 * Creates the event a submitted `/event create` form describes: row `cmd:<interaction id>`
 * (source `command`, hosted by the staff member), its Discord scheduled event, jobs and
 * announcement, and an audit entry. Bad input (unreadable or past start, bad duration, no
 * place) changes nothing and answers what to fix. Answers the text for staff.
 * @param ctx - module context
 * @param guildId - the guild
 * @param staff - the submission (interaction id, staff member)
 * @param args - the command's choices, from the form's custom id
 * @param fields - the form's values
 */
export async function createEventFromForm(
  ctx: EventsContext,
  guildId: string,
  staff: Staff,
  args: CreateFormArgs,
  fields: Record<string, string>,
): Promise<string> {
  const now = ctx.clock.now();
  const title = (fields[CREATE_FORM_FIELDS.title] ?? '').trim();
  if (title === '' || title.length > 100) return 'The title has 1 to 100 characters.';
  const description = (fields[CREATE_FORM_FIELDS.description] ?? '').trim();
  const start = readStart(fields[CREATE_FORM_FIELDS.start] ?? '', ctx.config.timezone, now);
  if ('problem' in start) return start.problem;
  const duration = parseDuration(fields[CREATE_FORM_FIELDS.duration] ?? '');
  if (duration === null || duration <= 0 || duration > MAX_DURATION) {
    return 'The duration is a number and a unit, such as `30m`, `1h` or `90m` (at most 7 days).';
  }
  const location = (fields[CREATE_FORM_FIELDS.location] ?? '').trim();
  if (args.channelId === null && location === '') return 'Give a location (a URL or a place), or choose a channel.';
  if (location.length > 100) return 'The location has at most 100 characters.';
  const row: CommunityEvent = {
    id: `cmd:${staff.interactionId}`,
    guild_id: guildId,
    source: 'command',
    series_id: null,
    local_date: null,
    title,
    description: description === '' ? null : description.slice(0, 1000),
    type: args.type,
    start_at: start.ok,
    end_at: start.ok + duration,
    channel_id: args.channelId,
    location: args.channelId === null ? location : null,
    capacity: args.capacity,
    host_id: staff.userId,
    status: 'scheduled',
    platform_event_id: null,
    announce_channel_id: null,
    announce_message_id: null,
    sequence: 0,
    created_by: staff.userId,
    created_at: now,
    updated_at: now,
    closed_at: null,
  };
  const created = await recordNewEvent(ctx, row);
  if (created === undefined) return 'This event was already created.';
  const onDiscord = await toDiscord(ctx, guildId, { toCreate: [created], toEdit: [], toCancel: [] }, created.id);
  await ctx.audit({
    guildId,
    actor: `discord:${staff.userId}`,
    action: 'events.create',
    target: created.id,
    details: { title, type: args.type, startAt: start.ok, capacity: args.capacity },
  });
  const when = `<t:${Math.floor(start.ok / 1000)}:F>`;
  return [
    `Created ${EVENT_TYPE_LABELS[args.type].toLowerCase()} “${title}” for ${when} (id \`${created.id}\`).`,
    onDiscord ? '' : 'Discord did not take its scheduled event yet: Guildhall retries within the hour.',
  ]
    .filter((line) => line !== '')
    .join('\n');
}

/**
 * `/event cancel event:<id>`: cancels an event not over yet (here, on Discord, attendees
 * told), with an audit entry. Answers the text for staff.
 * @param ctx - module context
 * @param guildId - the guild
 * @param staff - who asks
 * @param eventId - the event id
 */
export async function cancelEventByStaff(
  ctx: EventsContext,
  guildId: string,
  staff: Staff,
  eventId: string,
): Promise<string> {
  const row = await new CommunityEvents(ctx.db).get(guildId, eventId);
  if (row === undefined) return `No event \`${eventId}\` (see /events list for ids).`;
  if (row.status === 'canceled') return `“${row.title}” is already cancelled.`;
  if (row.status === 'completed' || row.closed_at !== null) return `“${row.title}” is over.`;
  const after = await recordEventCancel(ctx, row, `“${row.title}” is cancelled.`);
  if (after === undefined) return `“${row.title}” is already cancelled.`;
  await toDiscord(ctx, guildId, { toCreate: [], toEdit: [], toCancel: [after] }, after.id);
  await ctx.audit({
    guildId,
    actor: `discord:${staff.userId}`,
    action: 'events.cancel',
    target: row.id,
    details: { title: row.title, startAt: row.start_at },
  });
  const keep =
    row.source === 'programme' ? ' It stays cancelled; add an exception in community.yaml to say so there.' : '';
  return `Cancelled “${row.title}”.${keep}`;
}

/**
 * `/event move event:<id> start:<YYYY-MM-DD HH:mm>`: moves an event made with `/event create`
 * or on Discord to a new start (same duration), here and on Discord, telling attendees, with
 * an audit entry. Programme occurrences and one-offs move in community.yaml (an exception's
 * `moveTo`, or the one-off's `start`), or the next sync would move them back.
 * @param ctx - module context
 * @param guildId - the guild
 * @param staff - who asks
 * @param eventId - the event id
 * @param startText - the new local start
 */
export async function moveEventByStaff(
  ctx: EventsContext,
  guildId: string,
  staff: Staff,
  eventId: string,
  startText: string,
): Promise<string> {
  const row = await new CommunityEvents(ctx.db).get(guildId, eventId);
  if (row === undefined) return `No event \`${eventId}\` (see /events list for ids).`;
  if (row.source === 'programme' || row.source === 'file') {
    return `“${row.title}” comes from community.yaml: move it there (${row.series_id === null ? 'its `start`' : `an exception with \`date: ${row.local_date}\` and \`moveTo\``}).`;
  }
  if (row.status !== 'scheduled') return `“${row.title}” is ${row.status === 'active' ? 'running' : row.status}.`;
  const start = readStart(startText, ctx.config.timezone, ctx.clock.now());
  if ('problem' in start) return start.problem;
  if (start.ok === row.start_at) return `“${row.title}” already starts then.`;
  const when = `<t:${Math.floor(start.ok / 1000)}:F>`;
  const after = await recordEventChange(
    ctx,
    row,
    { start_at: start.ok, end_at: start.ok + (row.end_at - row.start_at) },
    `“${row.title}” moved to ${when}.`,
  );
  if (after === undefined) return `No event \`${eventId}\`.`;
  await toDiscord(ctx, guildId, { toCreate: [], toEdit: [after], toCancel: [] }, after.id);
  await ctx.audit({
    guildId,
    actor: `discord:${staff.userId}`,
    action: 'events.move',
    target: row.id,
    details: { title: row.title, from: row.start_at, to: start.ok },
  });
  return `Moved “${row.title}” to ${when}.`;
}

/**
 * Reads a local start (`2027-01-04 18:00`) in the time zone; it must be in the future.
 */
function readStart(text: string, timeZone: string, now: number): Read<number> {
  const wall = parseWallTime(text);
  if (wall === null || !/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}$/.test(text.trim())) {
    return { problem: `Write the start as YYYY-MM-DD HH:mm (${timeZone}), e.g. 2027-01-04 18:00.` };
  }
  const at = wallToInstant(wall, timeZone);
  if (at <= now) return { problem: `That start is in the past (${timeZone}); choose a later one.` };
  return { ok: at };
}

/**
 * Carries one event's change to Discord; answers whether the row holds a Discord event now
 * (else a sync within the hour retries: the module schedules one).
 */
async function toDiscord(
  ctx: EventsContext,
  guildId: string,
  work: { toCreate: CommunityEvent[]; toEdit: CommunityEvent[]; toCancel: CommunityEvent[] },
  eventId: string,
): Promise<boolean> {
  const guild = await ctx.platform.fetchGuild(guildId);
  await pushToDiscord(ctx, guild, { ...work, rows: await guildEventsSince(ctx.db, guildId, ctx.clock.now()) });
  const row = await new CommunityEvents(ctx.db).get(guildId, eventId);
  if (row?.status !== 'scheduled' || row.platform_event_id !== null) return true;
  await scheduleProgrammeSync(ctx, guildId, nextHour(ctx.clock.now()));
  return false;
}
