/**
 * The kinds of event a community runs (SPEC §5): they group survey results and attendance
 * rates, and pick the label on the event card. Stable forever: stored in data.
 */
export const EVENT_TYPES = [
  'workshop',
  'ama',
  'hackathon',
  'showcase',
  'webinar',
  'community_call',
  'office_hours',
  'training',
] as const;

/** A kind of event (see {@link EVENT_TYPES}). */
export type EventType = (typeof EVENT_TYPES)[number];

/** How each type reads on a card and in reports. */
export const EVENT_TYPE_LABELS: Record<EventType, string> = {
  workshop: 'Workshop',
  ama: 'AMA',
  hackathon: 'Hackathon',
  showcase: 'Showcase',
  webinar: 'Webinar',
  community_call: 'Community call',
  office_hours: 'Office hours',
  training: 'Training',
};
