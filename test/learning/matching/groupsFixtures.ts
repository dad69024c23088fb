import { AVAILABILITY_SLOTS, LEARNING_STYLES } from '../../../src/modules/learning/config/LearningTypes.js';
import { availabilityHours } from '../../../src/modules/learning/matching/learnerVector.js';
import type { GroupProblem, LearnerVector } from '../../../src/modules/learning/matching/MatchProfile.js';
import { seededRandom } from '../../seededRandom.js';

const GOALS = ['frontend', 'backend', 'data', 'devops'];
const INTERESTS = ['react', 'sql', 'rust', 'ml', 'ux', 'go'];
const ZONES = ['UTC', 'Europe/Berlin', 'America/New_York', 'Asia/Tokyo'];
/** A Wednesday in winter. */
export const WINTER = Date.UTC(2026, 0, 14);

/** Seed 003's weights. */
export const WEIGHTS = { skill: 0.3, pace: 0.25, goals: 0.2, timezone: 0.15, style: 0.1 };

/**
 * A learner with defaults.
 * @param id - member id
 * @param over - fields to set
 */
export function learner(id: string, over: Partial<LearnerVector> = {}): LearnerVector {
  return {
    id,
    skill: 0,
    pace: 0,
    goals: [],
    interests: [],
    industry: null,
    style: 'visual',
    communication: 'async',
    languages: ['en'],
    hours: availabilityHours(['weekday-evening'], 'UTC', WINTER),
    reliability: 1,
    ...over,
  };
}

/**
 * A seeded random cohort (some without availability, some with an industry).
 * @param n - how many
 * @param random - the random source
 */
export function randomLearners(n: number, random: () => number): LearnerVector[] {
  const some = <T>(items: readonly T[], max: number): T[] => items.filter(() => random() < max / items.length);
  const one = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  return Array.from({ length: n }, (_, i) =>
    learner(`m${i}`, {
      skill: Math.floor(random() * 4),
      pace: Math.floor(random() * 3),
      goals: some(GOALS, 1.5),
      interests: some(INTERESTS, 2),
      industry: random() < 0.2 ? null : one(['fintech', 'edtech']),
      style: one(LEARNING_STYLES),
      hours:
        random() < 0.1
          ? availabilityHours([], 'UTC', WINTER)
          : availabilityHours(some(AVAILABILITY_SLOTS, 2), one(ZONES), WINTER),
    }),
  );
}

/**
 * A seeded random group problem with do-not-pair and recent pairs.
 * @param n - cohort size
 * @param seed - the seed
 */
export function randomProblem(n: number, seed: number): GroupProblem {
  const random = seededRandom(seed);
  const learners = randomLearners(n, random);
  const pairs = (share: number): [string, string][] =>
    learners.flatMap((a, i) =>
      learners.slice(i + 1).flatMap((b): [string, string][] => (random() < share ? [[a.id, b.id]] : [])),
    );
  const minSize = 2 + Math.floor(random() * 2);
  return {
    learners,
    minSize,
    maxSize: minSize + Math.floor(random() * 3),
    weights: WEIGHTS,
    mode: random() < 0.5 ? 'similar' : 'cross-domain',
    sameIndustry: false,
    forbidden: pairs(0.08),
    recent: pairs(0.08),
  };
}
