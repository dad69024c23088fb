import { describe, expect, it } from 'vitest';
import {
  communicationFit,
  mentorCompatibility,
  mentorScorer,
} from '../../../src/modules/learning/matching/mentorCompatibility.js';
import { recommendMentors } from '../../../src/modules/learning/matching/recommendMentors.js';
import { mentee, mentor, week, WEIGHTS } from './mentorFixtures.js';

describe('mentor compatibility', () => {
  it('scores 1 when every criterion matches', () => {
    expect(mentorCompatibility(mentee('a'), mentor('m'), WEIGHTS)).toBeCloseTo(1, 12);
  });

  it('weights each criterion as computed by hand', () => {
    const a = mentee('a', {
      interests: ['typescript', 'databases', 'rust'],
      goals: ['backend', 'leadership'],
      communication: 'async',
      languages: ['en'],
    });
    const m = mentor('m', {
      domains: ['typescript'],
      interests: ['rust'],
      goals: ['leadership'],
      communication: 'live',
      languages: ['de'],
      // Monday 18:00 and 19:00 (inside the mentee's evenings) and Saturday 10:00: 2 of 3 hours shared.
      hours: week(18, 19, 5 * 24 + 10),
    });
    expect(mentorScorer([a], [m], WEIGHTS).criteria(0, 0)).toEqual({
      domain: 2 / 3,
      career: 1 / 2,
      communication: 0.25,
      availability: 2 / 3,
      culture: 0,
    });
    // 0.3·2/3 + 0.25·1/2 + 0.15·0.25 + 0.2·2/3 + 0.1·0
    expect(mentorCompatibility(a, m, WEIGHTS)).toBeCloseTo(0.2 + 0.125 + 0.0375 + 0.4 / 3, 12);
  });

  it('scores a mentee who lists no interests, goals or language as neutral on those', () => {
    const a = mentee('a', { interests: [], goals: [], communication: 'mixed', languages: [] });
    // 0.3·0.5 + 0.25·0.5 + 0.15·0.75 + 0.2·1 + 0.1·0.5
    expect(mentorCompatibility(a, mentor('m'), WEIGHTS)).toBeCloseTo(0.6375, 12);
  });

  it('compares tags trimmed and case-insensitively', () => {
    const a = mentee('a', { interests: [' TypeScript', 'Databases'], goals: ['BACKEND'], languages: ['EN'] });
    expect(mentorCompatibility(a, mentor('m'), WEIGHTS)).toBeCloseTo(1, 12);
  });

  it('scores no overlap when either week is empty', () => {
    expect(mentorScorer([mentee('a')], [mentor('m', { hours: week() })], WEIGHTS).criteria(0, 0).availability).toBe(0);
  });

  it('fits communication styles: same 1, mixed 0.75, async with live 0.25', () => {
    expect(communicationFit('async', 'async')).toBe(1);
    expect(communicationFit('mixed', 'live')).toBe(0.75);
    expect(communicationFit('async', 'mixed')).toBe(0.75);
    expect(communicationFit('async', 'live')).toBe(0.25);
  });

  it('lowers the score of members with no-shows (reliability multiplies it)', () => {
    const score = mentorCompatibility(mentee('a', { reliability: 0.8 }), mentor('m', { reliability: 0.9 }), WEIGHTS);
    expect(score).toBeCloseTo(0.72, 12);
  });
});

describe('mentor recommendations', () => {
  // Compatibilities with mentee('a'): m1 1, m2 0.9625 (mixed style), m3 0.5125 (no domain, no career).
  const mentors = [
    mentor('m3', { domains: ['design'] }),
    mentor('m2', { communication: 'mixed' }),
    mentor('m1'),
    mentor('m0', { communication: 'mixed' }),
  ];

  it('lists mentors at or above the floor, best first, ties by id, up to the limit', () => {
    const list = recommendMentors(mentee('a'), mentors, WEIGHTS, 0.7, 10);
    expect(list.map((r) => r.mentorId)).toEqual(['m1', 'm0', 'm2']);
    expect(list[1]?.compatibility).toBeCloseTo(0.9625, 12);
    expect(recommendMentors(mentee('a'), mentors, WEIGHTS, 0.7, 2).map((r) => r.mentorId)).toEqual(['m1', 'm0']);
  });

  it('keeps a pair exactly at the floor and drops one just below', () => {
    // No shared hour: 0.3 + 0.25 + 0.15·0.75 + 0.2·0 + 0.1 = 0.7625 (mixed), 0.6875 (async).
    const mixed = mentor('mixed', { communication: 'mixed', hours: week(100) });
    const async = mentor('async', { communication: 'async', hours: week(100) });
    const kept = recommendMentors(mentee('a'), [mixed, async], WEIGHTS, 0.7625, 10);
    expect(kept.map((r) => r.mentorId)).toEqual(['mixed']);
    expect(kept[0]?.compatibility).toBeCloseTo(0.7625, 12);
    expect(recommendMentors(mentee('a'), [mixed, async], WEIGHTS, 0.7626, 10)).toEqual([]);
    expect(recommendMentors(mentee('a'), [mixed, async], WEIGHTS, 0.6875, 10)).toHaveLength(2);
  });

  it('leaves out full mentors, the mentee themselves and other categories when one is preferred', () => {
    const list = recommendMentors(
      mentee('a', { preferredCategory: 'career-coach' }),
      [
        mentor('full', { category: 'career-coach', capacity: 0 }),
        mentor('a', { category: 'career-coach' }),
        mentor('pro'),
        mentor('coach', { category: 'career-coach', communication: 'mixed' }),
      ],
      WEIGHTS,
      0.7,
      10,
    );
    expect(list.map((r) => r.mentorId)).toEqual(['coach']);
  });

  it('ranks a mentor with no-shows below an identical reliable one', () => {
    const list = recommendMentors(
      mentee('a'),
      [mentor('flaky', { reliability: 0.85 }), mentor('steady')],
      WEIGHTS,
      0.7,
      10,
    );
    expect(list).toEqual([
      { mentorId: 'steady', compatibility: 1 },
      { mentorId: 'flaky', compatibility: expect.closeTo(0.85, 12) as number },
    ]);
  });
});
