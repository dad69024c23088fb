import { tzOffset } from '@date-fns/tz';
import type { Selectable } from 'kysely';
import { AVAILABILITY_SLOTS, DAY_PARTS, PACES, SKILL_LEVELS, type AvailabilitySlot } from '../config/LearningTypes.js';
import type { LearningMentorTable, LearningProfileTable } from '../LearningTables.js';
import { emptyHours, setHour } from './hours.js';
import type { LearnerVector, MenteeVector, MentorVector } from './MatchProfile.js';

const WEEKDAYS = [0, 1, 2, 3, 4] as const;
const WEEKEND = [5, 6] as const;

/**
 * The strings of a JSON array column; anything else (bad JSON, not an array) is `[]`.
 * @param json - the column
 */
export function stringList(json: string): string[] {
  try {
    const parsed: unknown = JSON.parse(json);
    return Array.isArray(parsed) ? parsed.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

/** The zone's offset from UTC in minutes at `at` (east positive); an unknown zone counts as UTC. */
function offsetMinutes(timeZone: string, at: number): number {
  try {
    const offset = tzOffset(timeZone, new Date(at));
    return Number.isFinite(offset) ? offset : 0;
  } catch {
    return 0;
  }
}

/**
 * The UTC hours of the week (Monday 00:00 UTC is 0) of availability slots picked in a time zone,
 * with the zone's offset at `at` (so daylight saving is that week's). Half-hour zones round down.
 * @param slots - slots such as `weekday-evening` (unknown ones are ignored)
 * @param timeZone - IANA zone of the slots
 * @param at - the instant whose offset is used
 */
export function availabilityHours(slots: readonly string[], timeZone: string, at: number): Uint32Array {
  const hours = emptyHours();
  const shift = offsetMinutes(timeZone, at) / 60;
  for (const slot of slots) {
    if (!(AVAILABILITY_SLOTS as readonly string[]).includes(slot)) continue;
    const [days, part] = (slot as AvailabilitySlot).split('-') as ['weekday' | 'weekend', keyof typeof DAY_PARTS];
    const [from, to] = DAY_PARTS[part];
    for (const day of days === 'weekday' ? WEEKDAYS : WEEKEND) {
      for (let h = from; h < to; h += 1) setHour(hours, Math.floor(day * 24 + h - shift));
    }
  }
  return hours;
}

/**
 * A profile row as the algorithms see it: ranks for skill and pace, parsed lists, availability
 * as UTC hours of the week at `at`, and reliability from recorded no-shows.
 * @param row - the profile
 * @param noShowPenalty - `mentors.noShowPenalty`
 * @param at - when (the week the availability hours are taken in, for daylight saving)
 */
export function learnerVector(row: Selectable<LearningProfileTable>, noShowPenalty: number, at: number): LearnerVector {
  return {
    id: row.user_id,
    skill: Math.max(0, SKILL_LEVELS.indexOf(row.skill)),
    pace: Math.max(0, PACES.indexOf(row.pace)),
    goals: stringList(row.goals),
    interests: stringList(row.interests),
    industry: row.industry,
    style: row.style,
    communication: row.communication,
    languages: stringList(row.languages),
    hours: availabilityHours(stringList(row.availability), row.timezone, at),
    reliability: Math.max(0.5, 1 - noShowPenalty * row.no_shows),
  };
}

/**
 * A mentee's vector (with their category preference).
 * @param row - the profile
 * @param noShowPenalty - `mentors.noShowPenalty`
 * @param at - when
 */
export function menteeVector(row: Selectable<LearningProfileTable>, noShowPenalty: number, at: number): MenteeVector {
  return { ...learnerVector(row, noShowPenalty, at), preferredCategory: row.mentor_category };
}

/**
 * A mentor's vector: their profile and their offer; `capacity` is what is left.
 * @param row - the profile
 * @param mentor - the mentor row
 * @param activeMentees - their active mentorships
 * @param noShowPenalty - `mentors.noShowPenalty`
 * @param at - when
 */
export function mentorVector(
  row: Selectable<LearningProfileTable>,
  mentor: Selectable<LearningMentorTable>,
  activeMentees: number,
  noShowPenalty: number,
  at: number,
): MentorVector {
  return {
    ...learnerVector(row, noShowPenalty, at),
    category: mentor.category,
    domains: stringList(mentor.domains),
    capacity: Math.max(0, mentor.capacity - activeMentees),
  };
}
