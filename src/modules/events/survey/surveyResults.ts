import type { Kysely } from 'kysely';
import type { CoreTables } from '../../../store/CoreTables.js';
import type { EventType } from '../config/EventTypes.js';
import { eventsDb } from '../EventsTables.js';
import { CommunityEvents, type CommunityEvent } from '../store/CommunityEvents.js';
import { Surveys, type SurveyRow } from '../store/Surveys.js';

/** One score's answers: the mean and how many gave each score. */
export interface ScoreSummary {
  /** Mean of the answers, null without answers. */
  mean: number | null;
  /** How many answered 1, 2, 3, 4 and 5 (index 0 is score 1). */
  distribution: [number, number, number, number, number];
}

/** An answer to an open question (who wrote it is left out: results are read by staff). */
export interface SurveyText {
  eventId: string;
  text: string;
  submittedAt: number;
}

/** What a set of answers adds up to. */
export interface SurveySummary {
  /** Answers. */
  responses: number;
  /** Members who attended (over the voice threshold). */
  attendees: number;
  /** responses / attendees; null without attendees (answers from members who were going but missed it count too, so it can pass 1). */
  responseRate: number | null;
  rating: ScoreSummary;
  contentQuality: ScoreSummary;
  engagement: ScoreSummary;
  /** "What could be improved?", oldest first. */
  improvements: SurveyText[];
  /** "Topics for future events?", oldest first. */
  futureTopics: SurveyText[];
}

/** One event's survey results. */
export interface EventSurveyResults extends SurveySummary {
  eventId: string;
  title: string;
  eventType: EventType;
  startAt: number;
  endAt: number;
}

/** The survey results of one type of event over a range. */
export interface EventTypeSurveyResults extends SurveySummary {
  eventType: EventType;
  /** Ended events of the type in the range. */
  events: number;
}

/**
 * One event's survey results: answers, response rate against attendees, mean and distribution
 * of each score, the open answers. Undefined when there is no such event.
 * @param db - the database (the core's type: the events tables are added)
 * @param guildId - the guild
 * @param eventId - the event
 */
export async function eventSurveyResults(
  db: Kysely<CoreTables>,
  guildId: string,
  eventId: string,
): Promise<EventSurveyResults | undefined> {
  const event = await new CommunityEvents(db).get(guildId, eventId);
  if (event === undefined) return undefined;
  const answers = await new Surveys(db).ofEvents(guildId, [eventId]);
  const attendees = await attendeeCount(db, guildId, [eventId]);
  return {
    eventId,
    title: event.title,
    eventType: event.type,
    startAt: event.start_at,
    endAt: event.end_at,
    ...summarise(answers, attendees),
  };
}

/**
 * Survey results per type of event, over the ended events starting in `[from, to)`: one entry
 * per type with at least one such event, in the order of the types' names.
 * @param db - the database (the core's type: the events tables are added)
 * @param guildId - the guild
 * @param range - epoch ms, `from` included, `to` excluded
 */
export async function surveyResultsByType(
  db: Kysely<CoreTables>,
  guildId: string,
  range: { from: number; to: number },
): Promise<EventTypeSurveyResults[]> {
  const ended = (await new CommunityEvents(db).startingBetween(guildId, range.from, range.to)).filter(
    (e) => e.closed_at !== null && e.status !== 'canceled',
  );
  const byType = new Map<EventType, CommunityEvent[]>();
  for (const e of ended) byType.set(e.type, [...(byType.get(e.type) ?? []), e]);
  const results: EventTypeSurveyResults[] = [];
  for (const [eventType, events] of [...byType].sort(([a], [b]) => a.localeCompare(b))) {
    const ids = events.map((e) => e.id);
    const answers = await new Surveys(db).ofEvents(guildId, ids);
    const attendees = await attendeeCount(db, guildId, ids);
    results.push({ eventType, events: events.length, ...summarise(answers, attendees) });
  }
  return results;
}

/** How many attended the events. */
async function attendeeCount(db: Kysely<CoreTables>, guildId: string, eventIds: readonly string[]): Promise<number> {
  if (eventIds.length === 0) return 0;
  const row = await eventsDb(db)
    .selectFrom('events_attendance')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('guild_id', '=', guildId)
    .where('event_id', 'in', eventIds)
    .where('attended', '=', 1)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/**
 * Adds up answers.
 * @param answers - the answers
 * @param attendees - members who attended the events answered about
 */
export function summarise(answers: readonly SurveyRow[], attendees: number): SurveySummary {
  const texts = (pick: (a: SurveyRow) => string | null): SurveyText[] =>
    [...answers]
      .sort((a, b) => a.submitted_at - b.submitted_at)
      .flatMap((a) => {
        const text = pick(a);
        return text === null ? [] : [{ eventId: a.event_id, text, submittedAt: a.submitted_at }];
      });
  return {
    responses: answers.length,
    attendees,
    responseRate: attendees === 0 ? null : answers.length / attendees,
    rating: scoreSummary(answers.map((a) => a.rating)),
    contentQuality: scoreSummary(answers.map((a) => a.content_quality)),
    engagement: scoreSummary(answers.map((a) => a.engagement)),
    improvements: texts((a) => a.improvements),
    futureTopics: texts((a) => a.future_topics),
  };
}

function scoreSummary(scores: readonly number[]): ScoreSummary {
  const distribution: [number, number, number, number, number] = [0, 0, 0, 0, 0];
  for (const s of scores) if (s >= 1 && s <= 5) distribution[s - 1] = (distribution[s - 1] ?? 0) + 1;
  const mean = scores.length === 0 ? null : scores.reduce((sum, s) => sum + s, 0) / scores.length;
  return { mean, distribution };
}
