import type { ScheduledEventFacts } from '../../core/DomainEvent.js';
import { InvalidRequest } from '../PlatformError.js';
import { assertScheduledEvent, assertScheduledEventPatch, assertScheduledEventRoom } from '../scheduledEventLimits.js';
import type {
  ScheduledEventEntityType,
  ScheduledEventPatch,
  ScheduledEventRecurrence,
  ScheduledEventSnapshot,
  ScheduledEventSpec,
  ScheduledEventStatus,
} from '../types/ScheduledEvent.js';
import type { SandboxContext } from './SandboxContext.js';
import type { SandboxScheduledEventTable } from './SandboxTables.js';
import { DEFAULT_AUDIT_REASON, recordAudit } from './auditLog.js';
import { requireChannel, requireGuild } from './guildQueries.js';
import { SandboxNotFoundError } from './SandboxNotFoundError.js';
import { fromJson, sortKey } from './sandboxRows.js';

/** Statuses Discord lists (and counts against the 100 per guild). */
const OPEN_STATUSES: ScheduledEventStatus[] = ['scheduled', 'active'];

/**
 * A stored event as the platform answers it.
 * @param guildId - the sandbox guild
 * @param row - a `sandbox_scheduled_events` row
 * @param userCount - its interested members
 */
export function toScheduledEventSnapshot(
  guildId: string,
  row: SandboxScheduledEventTable,
  userCount: number,
): ScheduledEventSnapshot {
  return {
    id: row.id,
    guildId,
    name: row.name,
    description: row.description,
    startAt: row.start_at,
    endAt: row.end_at,
    entityType: row.entity_type as ScheduledEventEntityType,
    channelId: row.channel_id,
    location: row.location,
    recurrence: row.recurrence === null ? null : fromJson<ScheduledEventRecurrence>(row.recurrence),
    status: row.status as ScheduledEventStatus,
    creatorId: row.creator_id,
    userCount,
  };
}

/**
 * What the scheduled-event domain events carry.
 * @param event - the event as it now is
 */
export function factsOf(event: ScheduledEventSnapshot): ScheduledEventFacts {
  const { id, name, description, startAt, endAt, entityType, channelId, location, status, creatorId } = event;
  return {
    scheduledEventId: id,
    name,
    description,
    startAt,
    endAt,
    entityType,
    channelId,
    location,
    status,
    creatorId,
  };
}

/**
 * Reads one event with its interested count.
 * @throws SandboxNotFoundError (`scheduled_event`, Discord's 10070)
 */
export async function requireScheduledEvent(ctx: SandboxContext, eventId: string): Promise<ScheduledEventSnapshot> {
  const guild = await ctx.guild();
  const row = await ctx.db
    .selectFrom('sandbox_scheduled_events')
    .selectAll()
    .where('id', '=', eventId)
    .executeTakeFirst();
  if (row === undefined) throw new SandboxNotFoundError('scheduled_event', eventId);
  const count = await ctx.db
    .selectFrom('sandbox_scheduled_event_users')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('event_id', '=', eventId)
    .executeTakeFirst();
  return toScheduledEventSnapshot(guild.id, row, Number(count?.n ?? 0));
}

/**
 * The guild's scheduled and active events, oldest first, each with its interested count.
 * @param guildId - the sandbox guild
 */
export async function listScheduledEvents(ctx: SandboxContext, guildId: string): Promise<ScheduledEventSnapshot[]> {
  await requireGuild(ctx, guildId);
  const rows = await ctx.db
    .selectFrom('sandbox_scheduled_events')
    .selectAll()
    .where('status', 'in', OPEN_STATUSES)
    .orderBy('sort_key')
    .execute();
  const counts = await ctx.db
    .selectFrom('sandbox_scheduled_event_users')
    .select(['event_id', (eb) => eb.fn.countAll<number | string>().as('n')])
    .groupBy('event_id')
    .execute();
  const countOf = new Map(counts.map((c) => [c.event_id, Number(c.n)]));
  return rows.map((row) => toScheduledEventSnapshot(guildId, row, countOf.get(row.id) ?? 0));
}

/**
 * Creates an event as the bot → `scheduled_event.created`.
 * @throws InvalidRequest over Discord's limits, for a channel of the wrong kind, or a 101st open event
 * @throws SandboxNotFoundError for an unknown channel
 */
export async function createScheduledEvent(
  ctx: SandboxContext,
  guildId: string,
  spec: ScheduledEventSpec,
  reason: string,
): Promise<ScheduledEventSnapshot> {
  const guild = await requireGuild(ctx, guildId);
  assertScheduledEvent(spec, ctx.clock.now());
  await assertPlace(ctx, spec);
  assertScheduledEventRoom(await listScheduledEvents(ctx, guildId));
  const id = await ctx.nextId();
  const row: SandboxScheduledEventTable = {
    id,
    ...toColumns(spec),
    status: 'scheduled',
    creator_id: guild.botUserId,
    created_at: ctx.clock.now(),
    sort_key: sortKey(id),
  };
  await ctx.db.insertInto('sandbox_scheduled_events').values(row).execute();
  await recordAudit(ctx, 'guild_scheduled_event_create', id, reason);
  const created = toScheduledEventSnapshot(guild.id, row, 0);
  await ctx.emit('scheduled_event.created', id, factsOf(created));
  return created;
}

/**
 * Changes an event (as the bot, or as a staff member when `reason` is null: no audit entry)
 * → `scheduled_event.updated`, whose id is fresh per change.
 * @throws InvalidRequest over Discord's limits or for a status move Discord refuses
 * @throws SandboxNotFoundError for an unknown event or channel
 */
export async function editScheduledEvent(
  ctx: SandboxContext,
  eventId: string,
  patch: ScheduledEventPatch,
  reason: string | null,
): Promise<ScheduledEventSnapshot> {
  const current = await requireScheduledEvent(ctx, eventId);
  assertScheduledEventPatch(current, patch, ctx.clock.now());
  const next: ScheduledEventSnapshot = { ...current, ...patch };
  // Discord clears what the new place does not have.
  if (next.entityType === 'external') next.channelId = null;
  else next.location = null;
  await assertPlace(ctx, next);
  await ctx.db
    .updateTable('sandbox_scheduled_events')
    .set({ ...toColumns(next), status: next.status })
    .where('id', '=', eventId)
    .execute();
  if (reason !== null) await recordAudit(ctx, 'guild_scheduled_event_update', eventId, reason);
  const changeId = await ctx.nextId();
  await ctx.emit('scheduled_event.updated', `${eventId}:${changeId}`, factsOf(next));
  return next;
}

/**
 * Deletes an event and its interested list → `scheduled_event.deleted`.
 * @throws SandboxNotFoundError for an unknown event
 */
export async function deleteScheduledEvent(ctx: SandboxContext, guildId: string, eventId: string): Promise<void> {
  await requireGuild(ctx, guildId);
  const current = await requireScheduledEvent(ctx, eventId);
  await ctx.db.deleteFrom('sandbox_scheduled_event_users').where('event_id', '=', eventId).execute();
  await ctx.db.deleteFrom('sandbox_scheduled_events').where('id', '=', eventId).execute();
  await recordAudit(ctx, 'guild_scheduled_event_delete', eventId, DEFAULT_AUDIT_REASON);
  await ctx.emit('scheduled_event.deleted', eventId, factsOf(current));
}

/**
 * The members interested in an event, ascending by user id as Discord answers them.
 * @throws SandboxNotFoundError for an unknown event
 */
export async function listScheduledEventUsers(
  ctx: SandboxContext,
  guildId: string,
  eventId: string,
): Promise<string[]> {
  await requireGuild(ctx, guildId);
  await requireScheduledEvent(ctx, eventId);
  const rows = await ctx.db
    .selectFrom('sandbox_scheduled_event_users')
    .select('user_id')
    .where('event_id', '=', eventId)
    .execute();
  return rows.map((r) => r.user_id).sort((a, b) => sortKey(a).localeCompare(sortKey(b)));
}

function toColumns(
  spec: ScheduledEventSpec,
): Omit<SandboxScheduledEventTable, 'id' | 'status' | 'creator_id' | 'created_at' | 'sort_key'> {
  return {
    name: spec.name,
    description: spec.description,
    start_at: spec.startAt,
    end_at: spec.endAt,
    entity_type: spec.entityType,
    channel_id: spec.entityType === 'external' ? null : spec.channelId,
    location: spec.entityType === 'external' ? spec.location : null,
    recurrence: spec.recurrence === null ? null : JSON.stringify(spec.recurrence),
  };
}

/** A stage event takes place in a stage channel, a voice event in a voice channel. */
async function assertPlace(ctx: SandboxContext, spec: ScheduledEventSpec): Promise<void> {
  if (spec.entityType === 'external' || spec.channelId === null) return;
  const channel = await requireChannel(ctx.db, spec.channelId);
  if (channel.kind !== spec.entityType) {
    throw new InvalidRequest(
      `a ${spec.entityType} event takes place in a ${spec.entityType} channel, not #${channel.name}`,
    );
  }
}
