// The request and response schemas of the events dashboard API (/api/events/…). The dashboard's
// Events pages read these shapes: keep them stable.
import { z } from 'zod';
import { EVENT_TYPES } from '../config/EventTypes.js';

/** A UTC calendar date, `YYYY-MM-DD`. */
export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD');

/** `?from&to`: events starting on these UTC days (both included). */
export const EventsRangeQuery = z.object({
  from: IsoDate.optional().describe('First day (UTC, included). Default: 30 days before today (list) or before `to`.'),
  to: IsoDate.optional().describe('Last day (UTC, included). Default: 60 days after today (list) or today (stats).'),
});
export type EventsRangeQuery = z.infer<typeof EventsRangeQuery>;

/** The resolved range of an answer. */
export const EventsRange = z.object({ from: IsoDate, to: IsoDate });

const EventTypeId = z.enum(EVENT_TYPES);
const EventStatusId = z.enum(['scheduled', 'active', 'completed', 'canceled']);

/** RSVP counts of an event. */
export const EventCounts = z.object({
  going: z.number().int(),
  maybe: z.number().int(),
  notGoing: z.number().int(),
  waitlisted: z.number().int(),
  /** Members who marked the Discord event "interested". */
  interested: z.number().int(),
  /** Members over the attendance threshold; null until the event is closed. */
  attended: z.number().int().nullable(),
  /** Share of the members going who attended; null until closed or when nobody was going. */
  attendanceRate: z.number().nullable(),
});
export type EventCounts = z.infer<typeof EventCounts>;

/** One event in a list. */
export const EventSummary = z.object({
  id: z.string(),
  title: z.string(),
  type: EventTypeId,
  typeLabel: z.string(),
  status: EventStatusId,
  /** Epoch ms (UTC). */
  startAt: z.number(),
  endAt: z.number(),
  /** The channel's name or the location. */
  place: z.string().nullable(),
  channelId: z.string().nullable(),
  capacity: z.number().int().nullable(),
  /** The programme series, for occurrences. */
  seriesId: z.string().nullable(),
  /** `https://discord.com/events/<guild>/<id>` once created on Discord. */
  discordUrl: z.string().nullable(),
  /** Attendance was closed by the end job. */
  closed: z.boolean(),
  counts: EventCounts,
});
export type EventSummary = z.infer<typeof EventSummary>;

/** `GET /api/events`. */
export const EventList = z.object({ range: EventsRange, events: z.array(EventSummary) });
export type EventList = z.infer<typeof EventList>;

/** `GET /api/events/:id` path. */
export const EventIdParams = z.object({ id: z.string().min(1).max(200) });

const ScoreSummary = z.object({
  mean: z.number().nullable(),
  /** How many answered 1…5 (index 0 is score 1). */
  distribution: z.tuple([z.number().int(), z.number().int(), z.number().int(), z.number().int(), z.number().int()]),
});
const SurveyText = z.object({ eventId: z.string(), text: z.string(), submittedAt: z.number() });

/** The post-event survey's results of an event (seed 002's questions). */
export const EventSurvey = z.object({
  responses: z.number().int(),
  attendees: z.number().int(),
  responseRate: z.number().nullable(),
  rating: ScoreSummary,
  contentQuality: ScoreSummary,
  engagement: ScoreSummary,
  improvements: z.array(SurveyText),
  futureTopics: z.array(SurveyText),
});
export type EventSurvey = z.infer<typeof EventSurvey>;

/** `GET /api/events/:id`: an event with its people. */
export const EventDetail = z.object({
  event: EventSummary.extend({
    description: z.string().nullable(),
    location: z.string().nullable(),
    hostId: z.string().nullable(),
    hostName: z.string().nullable(),
    sequence: z.number().int(),
  }),
  rsvps: z.array(
    z.object({
      userId: z.string(),
      name: z.string(),
      status: z.enum(['going', 'maybe', 'not_going', 'waitlisted']),
      interested: z.boolean(),
      answeredAt: z.number(),
    }),
  ),
  /** Members waiting for a place, next to be promoted first. */
  waitlist: z.array(z.object({ position: z.number().int(), userId: z.string(), name: z.string(), since: z.number() })),
  attendance: z.array(
    z.object({
      userId: z.string(),
      name: z.string(),
      presentMinutes: z.number(),
      unmutedMinutes: z.number(),
      attended: z.boolean(),
    }),
  ),
  survey: EventSurvey,
});
export type EventDetail = z.infer<typeof EventDetail>;

/** One occurrence of a series in the programme view. */
export const ProgrammeOccurrence = z.object({
  id: z.string(),
  localDate: z.string().nullable(),
  startAt: z.number(),
  endAt: z.number(),
  /** The stored event's status, `planned` before it is created on Discord. */
  status: z.enum(['planned', 'scheduled', 'active', 'completed', 'canceled']),
  /** Cancelled or moved by an exception of the file. */
  exception: z.enum(['cancelled', 'moved']).nullable(),
});

/** `GET /api/events/programme`: the series and one-offs of community.yaml. */
export const Programme = z.object({
  timezone: z.string(),
  series: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      type: EventTypeId,
      typeLabel: z.string(),
      /** The RFC 5545 rule as written. */
      rrule: z.string(),
      /** The rule in English words (`every week on Monday`). */
      ruleText: z.string(),
      /** First occurrence, local (`2027-01-04T18:00`). */
      start: z.string(),
      durationMinutes: z.number(),
      place: z.string().nullable(),
      capacity: z.number().int().nullable(),
      next: z.array(ProgrammeOccurrence),
    }),
  ),
  oneOffs: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      type: EventTypeId,
      typeLabel: z.string(),
      start: z.string(),
      place: z.string().nullable(),
      occurrence: ProgrammeOccurrence,
    }),
  ),
});
export type Programme = z.infer<typeof Programme>;

/** `GET /api/events/stats`: attendance and survey averages over a range of ended events. */
export const EventStats = z.object({
  range: EventsRange,
  events: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      type: EventTypeId,
      startAt: z.number(),
      going: z.number().int(),
      attended: z.number().int(),
      attendanceRate: z.number().nullable(),
    }),
  ),
  byType: z.array(
    z.object({
      type: EventTypeId,
      typeLabel: z.string(),
      events: z.number().int(),
      going: z.number().int(),
      attended: z.number().int(),
      attendanceRate: z.number().nullable(),
      surveyResponses: z.number().int(),
      rating: z.number().nullable(),
      contentQuality: z.number().nullable(),
      engagement: z.number().nullable(),
    }),
  ),
});
export type EventStats = z.infer<typeof EventStats>;
