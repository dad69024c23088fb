import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import type { Kysely } from 'kysely';
import type { Platform } from '../../../platform/Platform.js';
import type { CoreTables } from '../../../store/CoreTables.js';
import type { EventsConfig } from '../EventsConfig.js';
import { eventChannelId } from './discordPlace.js';
import { guildEventsSince } from './guildEvents.js';
import { planProgramme, type PlannedField, type ProgrammeChange } from './planProgramme.js';

/** One programme change as `guildhall plan` shows it (and `plan --json` prints it). */
export interface ProgrammePlanEntry {
  action: 'create' | 'update' | 'cancel';
  /** The occurrence id (`standup:2027-01-04`). */
  id: string;
  /** `“Standup” Mon 4 Jan 2027 18:00`. */
  label: string;
  /** Why, for a cancel: `exception` or `removed`. */
  detail?: string;
  fields: { field: string; from: string; to: string }[];
}

/**
 * The programme's plan for `guildhall plan`: what the next sync would create, change and
 * cancel (`planProgramme` over the stored rows and the guild's channels, at `now`).
 * @param deps - database and platform
 * @param input - guild, the parsed `events:` section, time
 */
export async function planEventsProgramme(
  deps: { db: Kysely<CoreTables>; platform: Platform },
  input: { guildId: string; config: EventsConfig; now: number },
): Promise<ProgrammePlanEntry[]> {
  const { config, now } = input;
  if (!config.enabled) return [];
  const guild = await deps.platform.fetchGuild(input.guildId);
  const rows = await guildEventsSince(deps.db, input.guildId, now);
  const changes = planProgramme({ settings: config, now, rows, channelId: (name) => eventChannelId(guild, name) });
  const channelName = (id: string | null): string =>
    id === null ? '(none)' : `#${guild.channels.find((c) => c.id === id)?.name ?? id}`;
  return changes.map((change) => entryOf(change, config.timezone, channelName));
}

/**
 * The "Programme" section of `guildhall plan`, in the blueprint plan's style: `+` create,
 * `~` change (each field `old → new`), `-` cancel, then a summary line; no lines when
 * nothing changes.
 * @param entries - the programme plan
 */
export function formatProgrammePlan(entries: readonly ProgrammePlanEntry[]): string[] {
  if (entries.length === 0) return [];
  const symbol = { create: '+', update: '~', cancel: '-' } as const;
  const lines = ['Programme:'];
  for (const entry of entries) {
    const detail = entry.detail === undefined ? '' : ` (${entry.detail})`;
    lines.push(`  ${symbol[entry.action]} ${entry.id} ${entry.label}${detail}`);
    for (const f of entry.fields) {
      lines.push(entry.action === 'create' ? `      ${f.field}: ${f.to}` : `      ${f.field}: ${f.from} → ${f.to}`);
    }
  }
  const count = (action: ProgrammePlanEntry['action']) => entries.filter((e) => e.action === action).length;
  lines.push(
    '',
    `Programme: ${count('create')} to create, ${count('update')} to change, ${count('cancel')} to cancel (made by the running Guildhall's hourly sync, or at its start).`,
  );
  return lines;
}

function entryOf(
  change: ProgrammeChange,
  timeZone: string,
  channelName: (id: string | null) => string,
): ProgrammePlanEntry {
  const when = (ms: number) => format(new TZDate(ms, timeZone), 'EEE d MMM yyyy HH:mm');
  switch (change.kind) {
    case 'create': {
      const o = change.occurrence;
      const place =
        o.channel === null
          ? (o.location ?? '')
          : change.channelId === null
            ? `${o.channel} (no such voice or stage channel)`
            : channelName(change.channelId);
      return {
        action: 'create',
        id: o.id,
        label: `“${o.title}” ${when(o.startAt)}`,
        fields: [
          { field: 'end', from: '', to: when(o.endAt) },
          { field: 'place', from: '', to: place },
          ...(o.capacity === null ? [] : [{ field: 'capacity', from: '', to: String(o.capacity) }]),
        ],
      };
    }
    case 'change': {
      const { row, patch } = change;
      const shown = (field: PlannedField, value: string | number | null | undefined): string => {
        if (value === null || value === undefined) return '(none)';
        if (field === 'start_at' || field === 'end_at') return when(Number(value));
        if (field === 'channel_id') return channelName(String(value));
        return String(value);
      };
      return {
        action: 'update',
        id: row.id,
        label: `“${row.title}” ${when(row.start_at)}`,
        fields: change.fields.map((field) => ({
          field: field.replace(/_at$/, '').replace(/_id$/, ''),
          from: shown(field, row[field]),
          to: shown(field, patch[field]),
        })),
      };
    }
    case 'cancel':
      return {
        action: 'cancel',
        id: change.row.id,
        label: `“${change.row.title}” ${when(change.row.start_at)}`,
        detail: change.reason === 'exception' ? 'cancelled by an exception' : 'no longer in community.yaml',
        fields: [],
      };
  }
}
