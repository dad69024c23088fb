import type { EventsConfig } from '../EventsConfig.js';
import type { CommunityEvent, CommunityEventPatch } from '../store/CommunityEvents.js';
import { expandOneOff, expandSeries, isOccurrenceDate, seriesRule } from './expandSeries.js';
import { parseWallTime, wallToInstant } from './localTime.js';
import type { Occurrence } from './Occurrence.js';

/** What of the file the plan reads. */
export type ProgrammeSettings = Pick<EventsConfig, 'programme' | 'oneOff' | 'timezone' | 'horizon' | 'maxScheduled'>;

/** Fields of a row a change of the file can set. */
export const PLANNED_FIELDS = [
  'title',
  'description',
  'type',
  'start_at',
  'end_at',
  'channel_id',
  'location',
  'capacity',
  'host_id',
] as const;

/** A field the plan compares. */
export type PlannedField = (typeof PLANNED_FIELDS)[number];

/** One change the programme sync makes (and `guildhall plan` shows). */
export type ProgrammeChange =
  | {
      kind: 'create';
      occurrence: Occurrence;
      /** The voice or stage channel's id, null for an external event or a channel name not found. */
      channelId: string | null;
    }
  | {
      kind: 'change';
      occurrence: Occurrence;
      row: CommunityEvent;
      fields: PlannedField[];
      patch: CommunityEventPatch;
    }
  | { kind: 'cancel'; row: CommunityEvent; reason: 'exception' | 'removed' };

/** What the plan compares the file with. */
export interface PlanInput {
  settings: ProgrammeSettings;
  /** Epoch ms. */
  now: number;
  /** The guild's stored events (every source; only `programme` and `file` rows are changed). */
  rows: readonly CommunityEvent[];
  /** A voice or stage channel's id by name, or null when the guild has none by that name. */
  channelId(name: string): string | null;
}

/**
 * The programme's plan: the occurrences the file asks for starting in `[now, now + horizon)`,
 * earliest first and at most `maxScheduled` together with the other open Guildhall events,
 * compared with the stored rows. Creates what is missing; changes a stored occurrence that
 * has not started when the file changed it (title, times, place…); cancels a stored
 * occurrence that has not started when an exception cancels it or its series or one-off left
 * the file (or the rule no longer yields its date). Rows of `/event create` and Discord are
 * never touched; a cancelled row stays cancelled. Pure: the sync and `guildhall plan` both
 * use it.
 * @param input - file, time, rows, channel names
 */
export function planProgramme(input: PlanInput): ProgrammeChange[] {
  const { settings, now, rows } = input;
  const to = now + settings.horizon;
  const byId = new Map(rows.map((row) => [row.id, row]));
  const changes: ProgrammeChange[] = [];

  // Stored occurrences not started yet: what the file now says about each.
  for (const row of rows) {
    if ((row.source !== 'programme' && row.source !== 'file') || row.status !== 'scheduled' || row.start_at < now) {
      continue;
    }
    const wanted = desiredFor(row, settings);
    if (wanted === null) changes.push({ kind: 'cancel', row, reason: 'removed' });
    else if (wanted.cancelled) changes.push({ kind: 'cancel', row, reason: 'exception' });
    else {
      const patch = patchOf(row, wanted, (name) => input.channelId(name));
      const fields = PLANNED_FIELDS.filter((field) => field in patch);
      if (fields.length > 0) changes.push({ kind: 'change', occurrence: wanted, row, fields, patch });
    }
  }

  // New occurrences, earliest first, within the cap.
  const open = rows.filter(
    (row) => row.status !== 'canceled' && row.status !== 'completed' && row.end_at > now && row.closed_at === null,
  );
  let room = settings.maxScheduled - open.filter((row) => row.source === 'command' || row.start_at < now).length;
  const wanted = [
    ...settings.programme.flatMap((series) => expandSeries(series, settings.timezone, now, to)),
    ...settings.oneOff.flatMap((event) => expandOneOff(event, settings.timezone, now, to)),
  ].sort((a, b) => a.startAt - b.startAt || a.id.localeCompare(b.id));
  for (const occurrence of wanted) {
    if (occurrence.cancelled) continue;
    const row = byId.get(occurrence.id);
    if (row !== undefined) {
      if (row.status !== 'canceled') room--;
      continue;
    }
    if (room <= 0) continue;
    room--;
    const channelId = occurrence.channel === null ? null : input.channelId(occurrence.channel);
    changes.push({ kind: 'create', occurrence, channelId });
  }
  return changes;
}

/**
 * What the file says a stored occurrence should be now: its (maybe moved, maybe cancelled)
 * occurrence, or null when the file no longer has it.
 */
function desiredFor(row: CommunityEvent, settings: ProgrammeSettings): Occurrence | null {
  if (row.source === 'file') {
    const event = settings.oneOff.find((e) => e.id === row.id);
    if (event === undefined) return null;
    return expandOneOff(event, settings.timezone, Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER)[0] ?? null;
  }
  const series = settings.programme.find((s) => s.id === row.series_id);
  if (series === undefined || row.local_date === null) return null;
  const exception = series.exceptions.find((e) => e.date === row.local_date);
  if (!isOccurrenceDate(seriesRule(series), row.local_date)) return null;
  const wall = parseWallTime(exception?.moveTo ?? `${row.local_date}T${series.start.slice(11)}`);
  if (wall === null) return null;
  const startAt = wallToInstant(wall, settings.timezone);
  // The exact occurrence, found the way expandSeries finds it (around its own start).
  const [found] = expandSeries(series, settings.timezone, startAt, startAt + 1).filter((o) => o.id === row.id);
  return found ?? null;
}

function patchOf(
  row: CommunityEvent,
  wanted: Occurrence,
  channelId: (name: string) => string | null,
): CommunityEventPatch {
  const next: Record<PlannedField, string | number | null> = {
    title: wanted.title,
    description: wanted.description,
    type: wanted.type,
    start_at: wanted.startAt,
    end_at: wanted.endAt,
    channel_id: wanted.channel === null ? null : (channelId(wanted.channel) ?? row.channel_id),
    location: wanted.location,
    capacity: wanted.capacity,
    host_id: wanted.hostId,
  };
  const patch: CommunityEventPatch = {};
  for (const field of PLANNED_FIELDS) if (next[field] !== row[field]) Object.assign(patch, { [field]: next[field] });
  return patch;
}
