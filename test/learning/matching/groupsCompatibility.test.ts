import { describe, expect, it } from 'vitest';
import { CompatModel } from '../../../src/modules/learning/matching/CompatModel.js';
import { jaccard, pairCompatibility } from '../../../src/modules/learning/matching/groupCompatibility.js';
import { availabilityHours } from '../../../src/modules/learning/matching/learnerVector.js';
import { seededRandom } from '../../seededRandom.js';
import { learner, randomLearners, WEIGHTS, WINTER } from './groupsFixtures.js';

describe('study-group compatibility', () => {
  it('adds the seed weights: skill 30 %, pace 25 %, goals 20 %, timezone 15 %, style 10 %', () => {
    const a = learner('a', { skill: 0, pace: 1, goals: ['frontend', 'data'], style: 'visual' });
    const b = learner('b', { skill: 1, pace: 1, goals: ['frontend'], style: 'hands-on' });
    // 0.3 × (1 − 1/3) + 0.25 × 1 + 0.2 × 1/2 + 0.15 × 1 + 0.1 × 0.5
    expect(pairCompatibility(a, b, WEIGHTS, 'similar')).toBeCloseTo(0.75, 10);
    const same = learner('c', { skill: 0, pace: 1, goals: ['data', 'frontend'], style: 'visual' });
    expect(pairCompatibility(a, same, WEIGHTS, 'similar')).toBeCloseTo(1, 10);
  });

  it('scores different interests in cross-domain mode and unknown hours as half', () => {
    const a = learner('a', { interests: ['react', 'sql'], hours: availabilityHours([], 'UTC', WINTER) });
    const b = learner('b', { interests: ['sql', 'rust'] });
    // goals term 1 − 1/3; timezone term 0.5 (a gave no hours).
    expect(pairCompatibility(a, b, WEIGHTS, 'cross-domain')).toBeCloseTo(
      0.3 + 0.25 + 0.2 * (2 / 3) + 0.15 * 0.5 + 0.1,
      10,
    );
  });

  it('counts hours overlap in UTC: Berlin and New York evenings do not meet in winter', () => {
    const berlin = learner('a', { hours: availabilityHours(['weekday-evening'], 'Europe/Berlin', WINTER) });
    const ny = learner('b', { hours: availabilityHours(['weekday-evening'], 'America/New_York', WINTER) });
    expect(pairCompatibility(berlin, ny, WEIGHTS, 'similar')).toBeCloseTo(0.85, 10);
    expect(jaccard([], [])).toBe(1);
  });

  it('the fast model equals the pair formula on a random cohort, both modes', () => {
    const learners = randomLearners(40, seededRandom(7));
    for (const mode of ['similar', 'cross-domain'] as const) {
      const model = new CompatModel(learners, WEIGHTS, mode);
      learners.forEach((a, i) =>
        learners.forEach((b, j) => expect(model.compat(i, j)).toBeCloseTo(pairCompatibility(a, b, WEIGHTS, mode), 12)),
      );
    }
  });
});
