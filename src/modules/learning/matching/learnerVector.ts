import type { Selectable } from 'kysely';
import type { LearningMentorTable, LearningProfileTable } from '../LearningTables.js';
import type { LearnerVector, MenteeVector, MentorVector } from './MatchProfile.js';

/**
 * PLACEHOLDER (lead's skeleton; the matching helper replaces the bodies): a profile row as the
 * algorithms see it.
 * @param row - the profile
 * @param noShowPenalty - `mentors.noShowPenalty`
 * @param at - when (the week the availability hours are taken in, for daylight saving)
 */
export function learnerVector(row: Selectable<LearningProfileTable>, noShowPenalty: number, at: number): LearnerVector {
  return {
    id: row.user_id,
    skill: 0,
    pace: 0,
    goals: [],
    interests: [],
    industry: row.industry,
    style: row.style,
    communication: row.communication,
    languages: [],
    hours: new Uint32Array(6).fill(at < 0 ? 1 : 0),
    reliability: Math.max(0.5, 1 - noShowPenalty * row.no_shows),
  };
}

/**
 * PLACEHOLDER: a mentee's vector (with their category preference).
 * @param row - the profile
 * @param noShowPenalty - `mentors.noShowPenalty`
 * @param at - when
 */
export function menteeVector(row: Selectable<LearningProfileTable>, noShowPenalty: number, at: number): MenteeVector {
  return { ...learnerVector(row, noShowPenalty, at), preferredCategory: row.mentor_category };
}

/**
 * PLACEHOLDER: a mentor's vector: their profile and their offer; `capacity` is what is left.
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
    domains: [],
    capacity: Math.max(0, mentor.capacity - activeMentees),
  };
}
