import { EVENT_TYPE_LABELS } from '../config/EventTypes.js';
import type { ProgrammeSeries } from '../config/ProgrammeConfig.js';
import type { EventsContext } from '../EventsContext.js';
import type { Occurrence } from '../programme/Occurrence.js';
import { expandOneOff, expandSeries, seriesRule } from '../programme/expandSeries.js';
import { CommunityEvents } from '../store/CommunityEvents.js';
import type { Programme } from './EventsReportsApi.js';

/** Occurrences shown per series. */
const NEXT_SHOWN = 5;

/** How far ahead the view looks for them (at least the horizon; monthly series need ~5 months). */
const LOOK_AHEAD = 400 * 86_400_000;

type ProgrammeOccurrence = Programme['series'][number]['next'][number];

/**
 * The programme as the dashboard shows it: each series of community.yaml with its rule (as
 * written and in words), time zone and next occurrences (the stored event's status, or
 * `planned` before it is created, and whether an exception cancelled or moved it); then the
 * one-offs.
 * @param ctx - module context (config, db)
 * @param guildId - the guild
 * @param now - epoch ms
 */
export async function programmeView(
  ctx: Pick<EventsContext, 'db' | 'config'>,
  guildId: string,
  now: number,
): Promise<Programme> {
  const stored = new CommunityEvents(ctx.db);
  const { timezone } = ctx.config;
  const occurrenceOf = async (occurrence: Occurrence, series?: ProgrammeSeries): Promise<ProgrammeOccurrence> => {
    const row = await stored.get(guildId, occurrence.id);
    const moved = series?.exceptions.some((e) => e.date === occurrence.localDate && e.moveTo !== null) ?? false;
    return {
      id: occurrence.id,
      localDate: occurrence.localDate,
      startAt: row?.start_at ?? occurrence.startAt,
      endAt: row?.end_at ?? occurrence.endAt,
      status: row?.status ?? (occurrence.cancelled ? 'canceled' : 'planned'),
      exception: occurrence.cancelled ? 'cancelled' : moved ? 'moved' : null,
    };
  };
  const series: Programme['series'] = [];
  for (const entry of ctx.config.programme) {
    const upcoming = expandSeries(entry, timezone, now, now + LOOK_AHEAD).slice(0, NEXT_SHOWN);
    const next: ProgrammeOccurrence[] = [];
    for (const occurrence of upcoming) next.push(await occurrenceOf(occurrence, entry));
    series.push({
      id: entry.id,
      title: entry.title,
      type: entry.type,
      typeLabel: EVENT_TYPE_LABELS[entry.type],
      rrule: entry.rrule,
      ruleText: seriesRule(entry).toText(),
      start: entry.start,
      durationMinutes: Math.round(entry.duration / 60_000),
      place: entry.channel ?? entry.location,
      capacity: entry.capacity,
      next,
    });
  }
  const oneOffs: Programme['oneOffs'] = [];
  for (const entry of ctx.config.oneOff) {
    const [occurrence] = expandOneOff(entry, timezone, 0, Number.MAX_SAFE_INTEGER);
    if (occurrence === undefined) continue;
    oneOffs.push({
      id: entry.id,
      title: entry.title,
      type: entry.type,
      typeLabel: EVENT_TYPE_LABELS[entry.type],
      start: entry.start,
      place: entry.channel ?? entry.location,
      occurrence: await occurrenceOf(occurrence),
    });
  }
  return { timezone, series, oneOffs };
}
