import { EVENT_TYPE_LABELS, EVENT_TYPES, type EventType } from '../config/EventTypes.js';

/** Words in an event's name that say its type (checked in this order). */
const NAME_WORDS: readonly [RegExp, EventType][] = [
  [/\bama\b|ask me anything/i, 'ama'],
  [/hackathon|hack night|game jam/i, 'hackathon'],
  [/office hours?/i, 'office_hours'],
  [/workshop/i, 'workshop'],
  [/showcase|demo day|show and tell/i, 'showcase'],
  [/webinar/i, 'webinar'],
  [/training|course|bootcamp/i, 'training'],
];

/**
 * The type of an event staff made on Discord, guessed from its name (`Friday AMA` → `ama`);
 * `community_call` unless the name says otherwise.
 * @param name - the Discord event's name
 */
export function eventTypeFromName(name: string): EventType {
  for (const [pattern, type] of NAME_WORDS) if (pattern.test(name)) return type;
  for (const type of EVENT_TYPES) {
    if (name.toLowerCase().includes(EVENT_TYPE_LABELS[type].toLowerCase())) return type;
  }
  return 'community_call';
}
