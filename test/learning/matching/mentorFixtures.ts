import { emptyHours, setHour } from '../../../src/modules/learning/matching/hours.js';
import type { MenteeVector, MentorVector, MentorWeights } from '../../../src/modules/learning/matching/MatchProfile.js';

/** Seed 003's default mentor weights. */
export const WEIGHTS: MentorWeights = {
  domain: 0.3,
  career: 0.25,
  communication: 0.15,
  availability: 0.2,
  culture: 0.1,
};

/**
 * A week with the given hours set.
 * @param hours - hours of the week (0–167)
 */
export function week(...hours: number[]): Uint32Array {
  const w = emptyHours();
  for (const h of hours) setHour(w, h);
  return w;
}

/** Hours 18–21 UTC Monday to Friday. */
export const EVENINGS = week(...[0, 1, 2, 3, 4].flatMap((d) => [18, 19, 20, 21].map((h) => d * 24 + h)));

/**
 * A mentee.
 * @param id - their id
 * @param over - fields to change
 */
export function mentee(id: string, over: Partial<MenteeVector> = {}): MenteeVector {
  return {
    id,
    skill: 0,
    pace: 1,
    goals: ['backend'],
    interests: ['typescript', 'databases'],
    industry: null,
    style: 'hands-on',
    communication: 'live',
    languages: ['en'],
    hours: EVENINGS,
    reliability: 1,
    preferredCategory: null,
    ...over,
  };
}

/**
 * A mentor.
 * @param id - their id
 * @param over - fields to change
 */
export function mentor(id: string, over: Partial<MentorVector> = {}): MentorVector {
  return {
    id,
    skill: 3,
    pace: 1,
    goals: [],
    interests: [],
    industry: null,
    style: 'discussion',
    communication: 'live',
    languages: ['en'],
    hours: EVENINGS,
    reliability: 1,
    category: 'industry-professional',
    domains: ['typescript', 'databases', 'backend'],
    capacity: 1,
    ...over,
  };
}
