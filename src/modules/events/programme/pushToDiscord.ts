import { SCHEDULED_EVENTS_PER_GUILD } from '../../../platform/scheduledEventLimits.js';
import type { GuildSnapshot, ScheduledEventSnapshot } from '../../../platform/Platform.js';
import type { ScheduledEventPatch } from '../../../platform/types/ScheduledEvent.js';
import type { ProgrammeSeries } from '../config/ProgrammeConfig.js';
import type { EventsContext } from '../EventsContext.js';
import { CommunityEvents, type CommunityEvent } from '../store/CommunityEvents.js';
import { bestEffort } from './bestEffort.js';
import { scheduledEventSpecOf } from './discordPlace.js';
import { nativeRecurrence } from './nativeRecurrence.js';

const REASON = 'Guildhall events: programme';

/** What one sync run asks of Discord. */
export interface DiscordWork {
  /** Guildhall's rows still without a Discord event (scheduled, not started). */
  toCreate: readonly CommunityEvent[];
  /** Rows changed this run that have a Discord event. */
  toEdit: readonly CommunityEvent[];
  /** Rows cancelled this run that have a Discord event. */
  toCancel: readonly CommunityEvent[];
  /** Every stored row (to find a series' shared Discord event). */
  rows: readonly CommunityEvent[];
}

/**
 * Carries a sync run's changes to Discord's scheduled events, calling the platform directly
 * (not the outbox). Lists the guild's events once; a row without a Discord event adopts a
 * listed one with the same name and start that no row holds (a crash between the create and
 * the commit must not make a second one), else gets a new one, never beyond Discord's
 * {@link SCHEDULED_EVENTS_PER_GUILD} (every listed event counts). With
 * `events.useNativeRecurrence` a series Discord's recurrence can express gets ONE recurring
 * event whose id every occurrence row stores. Changed rows are edited; cancelled ones are
 * set canceled. A failure is logged and the row stays as it is, for the next run.
 * @param ctx - module context
 * @param guild - the live guild
 * @param work - what to create, edit, cancel
 * @see https://discord.com/developers/docs/resources/guild-scheduled-event#list-scheduled-events-for-guild
 */
export async function pushToDiscord(ctx: EventsContext, guild: GuildSnapshot, work: DiscordWork): Promise<void> {
  const listed = await bestEffort<ScheduledEventSnapshot[] | null>(
    ctx,
    'listing scheduled events',
    () => ctx.platform.listScheduledEvents(guild.id),
    null,
  );
  if (listed === null) return;
  const events = new CommunityEvents(ctx.db);
  const now = ctx.clock.now();
  const held = new Set(work.rows.flatMap((r) => (r.platform_event_id === null ? [] : [r.platform_event_id])));
  let open = listed.filter((e) => e.status === 'scheduled' || e.status === 'active').length;
  const assign = async (rows: readonly CommunityEvent[], platformEventId: string): Promise<void> => {
    held.add(platformEventId);
    for (const row of rows) await events.update(row.guild_id, row.id, { platform_event_id: platformEventId }, now);
  };
  const adoptOrCreate = async (
    rows: readonly CommunityEvent[],
    series: ProgrammeSeries | undefined,
  ): Promise<boolean> => {
    const first = rows[0];
    if (first === undefined) return true;
    const recurrence = series === undefined ? null : nativeRecurrence(series, first.start_at, first.local_date ?? '');
    const spec = scheduledEventSpecOf(first, guild, recurrence);
    if (spec === null) {
      ctx.log.warn(
        { eventId: first.id },
        'events: no voice or stage channel or location for this event; not on Discord',
      );
      return true;
    }
    const same = listed.find((e) => !held.has(e.id) && e.name === spec.name && e.startAt === spec.startAt);
    if (same !== undefined) {
      await assign(recurrence === null ? [first] : rows, same.id);
      return true;
    }
    if (open >= SCHEDULED_EVENTS_PER_GUILD) {
      ctx.log.warn(
        { eventId: first.id, limit: SCHEDULED_EVENTS_PER_GUILD },
        'events: Discord holds 100 scheduled events; this one waits for a free place',
      );
      return false;
    }
    const created = await bestEffort(
      ctx,
      `creating the Discord event of ${first.id}`,
      () => ctx.platform.createScheduledEvent(guild.id, spec, REASON),
      null,
    );
    if (created === null) return true;
    open++;
    await assign(recurrence === null ? [first] : rows, created.id);
    return true;
  };

  // Creates, earliest first; a native series is one group, every other row its own.
  const groups = new Map<string, CommunityEvent[]>();
  for (const row of work.toCreate) {
    const series = nativeSeries(ctx, row);
    const key = series === undefined ? `row:${row.id}` : `series:${series.id}`;
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  for (const rows of groups.values()) {
    const first = rows[0];
    if (first === undefined || first.start_at <= now) continue;
    const series = nativeSeries(ctx, first);
    const shared =
      series === undefined
        ? undefined
        : work.rows.find((r) => r.series_id === series.id && r.platform_event_id !== null && r.status !== 'canceled');
    const sharedId = shared?.platform_event_id ?? null;
    if (sharedId !== null && listed.some((e) => e.id === sharedId)) {
      await assign(rows, sharedId);
      continue;
    }
    if (!(await adoptOrCreate(rows, series))) break;
  }

  // Edits (once per Discord event: a native series shares one).
  const edited = new Set<string>();
  for (const row of work.toEdit) {
    const id = row.platform_event_id;
    const current = listed.find((e) => e.id === id);
    if (id === null || current === undefined || edited.has(id) || current.status !== 'scheduled') continue;
    edited.add(id);
    const spec = scheduledEventSpecOf(row, guild, null);
    if (spec === null) continue;
    const patch: ScheduledEventPatch = {
      name: spec.name,
      description: spec.description,
      entityType: spec.entityType,
      channelId: spec.channelId,
      location: spec.location,
    };
    if (current.recurrence === null) Object.assign(patch, { startAt: spec.startAt, endAt: spec.endAt });
    await bestEffort(
      ctx,
      `editing the Discord event of ${row.id}`,
      () => ctx.platform.editScheduledEvent(guild.id, id, patch, REASON),
      null,
    );
  }

  // Cancels: a shared (native series) event only when none of its rows stays.
  const still = new Set(
    work.rows.filter((r) => r.status !== 'canceled' && r.start_at > now).map((r) => r.platform_event_id),
  );
  const cancelled = new Set<string>();
  for (const row of work.toCancel) {
    const id = row.platform_event_id;
    const current = listed.find((e) => e.id === id);
    if (id === null || current?.status !== 'scheduled' || still.has(id) || cancelled.has(id)) continue;
    cancelled.add(id);
    await bestEffort(
      ctx,
      `cancelling the Discord event of ${row.id}`,
      () => ctx.platform.editScheduledEvent(guild.id, id, { status: 'canceled' }, REASON),
      null,
    );
  }
}

/** The row's series when it is created as one Discord recurring event. */
function nativeSeries(ctx: EventsContext, row: CommunityEvent): ProgrammeSeries | undefined {
  if (!ctx.config.useNativeRecurrence || row.source !== 'programme' || row.series_id === null) return undefined;
  const series = ctx.config.programme.find((s) => s.id === row.series_id);
  if (series === undefined || row.local_date === null) return undefined;
  return nativeRecurrence(series, row.start_at, row.local_date) === null ? undefined : series;
}
