import { z } from 'zod';
import { channelRef } from '../../config/checkReferencesRegistry.js';
import { Duration } from '../../config/Duration.js';
import { OneOffEvent, ProgrammeSeries } from './config/ProgrammeConfig.js';
import { TimeZone } from './config/recurrenceFields.js';

/** The `events.attendance` section: how voice presence becomes attendance. */
const AttendanceConfig = z
  .object({
    minMinutes: z
      .number()
      .int()
      .min(1)
      .max(1440)
      .default(15)
      .describe(
        "Minutes in the event's channel during the event (from 10 minutes before start to the end) that count as attended.",
      ),
    requireUnmuted: z
      .boolean()
      .default(false)
      .describe('Count only unmuted minutes toward `minMinutes` (for workshops where attendees speak).'),
  })
  .strict()
  .prefault({});

/** The `events.survey` section: the post-event survey (seed 002). */
const SurveyConfig = z
  .object({
    enabled: z.boolean().default(true).describe('Post a survey button when an event ends, for those who attended.'),
    openFor: Duration.prefault('7d').describe('How long after the end answers are accepted.'),
  })
  .strict()
  .prefault({});

/** The `events.calendar` section: the iCalendar feeds. */
const CalendarConfig = z
  .object({
    public: z
      .boolean()
      .default(true)
      .describe(
        'Serve the community calendar (upcoming events, no member data) at /api/events/calendar.ics without sign-in.',
      ),
    baseUrl: z
      .url()
      .nullable()
      .default(null)
      .describe(
        "The dashboard's public address used in feed links members get from `/events calendar` (null: the DASHBOARD_URL environment variable, else http://localhost:<port>).",
      ),
  })
  .strict()
  .prefault({});

/** The `events:` section of community.yaml. */
export const EventsConfig = z
  .object({
    enabled: z.boolean().default(true).describe('Turn the module on or off.'),
    timezone: TimeZone.default('UTC').describe('Time zone of every local date and time in this section (IANA name).'),
    announceChannel: channelRef(z.string().min(1))
      .default('announcements')
      .describe('Channel where each event is announced with its RSVP buttons, reminders and survey.'),
    horizon: Duration.prefault('28d').describe(
      'How far ahead programme occurrences are created on Discord (Discord allows 100 scheduled events per server).',
    ),
    maxScheduled: z
      .number()
      .int()
      .min(1)
      .max(100)
      .default(50)
      .describe("At most this many of Guildhall's events scheduled on Discord at once (Discord's limit: 100)."),
    useNativeRecurrence: z
      .boolean()
      .default(false)
      .describe(
        "Create a series as one Discord recurring event when Discord's recurrence can express its rule (else one event per occurrence). Off: one event per occurrence, which keeps per-occurrence RSVPs and attendance.",
      ),
    rsvpCutoff: Duration.prefault('0s').describe('RSVPs close this long before the start (0s: at the start).'),
    reminders: z
      .array(Duration)
      .max(5)
      .prefault(['24h', '1h', '0s'])
      .describe('Reminders before the start, to members going (0s: at the start).'),
    attendance: AttendanceConfig,
    survey: SurveyConfig,
    calendar: CalendarConfig,
    programme: z
      .array(ProgrammeSeries)
      .max(50)
      .default([])
      .describe('Recurring series of the weekly programme, as RFC 5545 rules.'),
    oneOff: z.array(OneOffEvent).max(100).default([]).describe('Single events declared in the file.'),
  })
  .strict()
  .superRefine((value, ctx) => {
    const ids = new Set<string>();
    [...value.programme, ...value.oneOff].forEach((event, index) => {
      if (ids.has(event.id)) {
        const inProgramme = index < value.programme.length;
        ctx.addIssue({
          code: 'custom',
          message: `event id "${event.id}" is used twice`,
          path: inProgramme ? ['programme', index, 'id'] : ['oneOff', index - value.programme.length, 'id'],
        });
      }
      ids.add(event.id);
    });
  })
  .prefault({});

export type EventsConfig = z.infer<typeof EventsConfig>;
