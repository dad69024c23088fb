import { describe, expect, it } from 'vitest';
import { assignMentors } from '../../../src/modules/learning/matching/assignMentors.js';
import {
  capacitatedMatching,
  UNASSIGNED,
  type SparseAssignmentProblem,
} from '../../../src/modules/learning/matching/capacitatedMatching.js';
import { COMMUNICATION_STYLES, MENTOR_CATEGORIES } from '../../../src/modules/learning/config/LearningTypes.js';
import type { MenteeVector, MentorProblem, MentorVector } from '../../../src/modules/learning/matching/MatchProfile.js';
import {
  forbiddenPairs,
  mayMentor,
  mentorCompatibility,
  mentorScorer,
} from '../../../src/modules/learning/matching/mentorCompatibility.js';
import { seededRandom } from '../../seededRandom.js';
import { mentee, mentor, week, WEIGHTS } from './mentorFixtures.js';

/** Allowed pairs as a weight matrix (NaN: not allowed). */
type Weights = number[][];

/** The best (most matched, then highest total) over every feasible assignment. */
function bruteForce(w: Weights, capacity: readonly number[]): { matched: number; total: number } {
  const load = capacity.map(() => 0);
  let best = { matched: 0, total: 0 };
  const walk = (i: number, matched: number, total: number): void => {
    if (i === w.length) {
      if (matched > best.matched || (matched === best.matched && total > best.total)) best = { matched, total };
      return;
    }
    walk(i + 1, matched, total);
    (w[i] ?? []).forEach((x, j) => {
      if (Number.isNaN(x) || (load[j] ?? 0) >= (capacity[j] ?? 0)) return;
      load[j] = (load[j] ?? 0) + 1;
      walk(i + 1, matched + 1, total + x);
      load[j] = (load[j] ?? 0) - 1;
    });
  };
  walk(0, 0, 0);
  return best;
}

/** Best-first greedy: take the highest remaining allowed pair while both sides have room. */
function greedy(w: Weights, capacity: readonly number[]): { matched: number; total: number } {
  const edges = w.flatMap((row, i) => row.map((x, j) => ({ i, j, x }))).filter((e) => !Number.isNaN(e.x));
  edges.sort((a, b) => b.x - a.x);
  const load = capacity.map(() => 0);
  const taken = new Set<number>();
  let matched = 0;
  let total = 0;
  for (const e of edges) {
    if (taken.has(e.i) || (load[e.j] ?? 0) >= (capacity[e.j] ?? 0)) continue;
    taken.add(e.i);
    load[e.j] = (load[e.j] ?? 0) + 1;
    matched += 1;
    total += e.x;
  }
  return { matched, total };
}

function sparse(w: Weights, capacity: readonly number[]): SparseAssignmentProblem {
  const start = [0];
  const col: number[] = [];
  const weight: number[] = [];
  for (const row of w) {
    row.forEach((x, j) => {
      if (Number.isNaN(x)) return;
      col.push(j);
      weight.push(x);
    });
    start.push(col.length);
  }
  return {
    rows: w.length,
    cols: capacity.length,
    start: Int32Array.from(start),
    col: Int32Array.from(col),
    weight: Float64Array.from(weight),
    capacity: Int32Array.from(capacity),
  };
}

function solve(w: Weights, capacity: readonly number[]): { matched: number; total: number; match: Int32Array } {
  const match = capacitatedMatching(sparse(w, capacity));
  let matched = 0;
  let total = 0;
  match.forEach((j, i) => {
    if (j === UNASSIGNED) return;
    const x = w[i]?.[j] ?? Number.NaN;
    expect(Number.isNaN(x)).toBe(false);
    matched += 1;
    total += x;
  });
  capacity.forEach((cap, j) => expect(match.filter((m) => m === j).length).toBeLessThanOrEqual(cap));
  return { matched, total, match };
}

const pick = <T>(rand: () => number, list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
const some = (rand: () => number, list: readonly string[], max: number): string[] => [
  ...new Set(Array.from({ length: Math.floor(rand() * (max + 1)) }, () => pick(rand, list))),
];
const TOPICS = ['typescript', 'rust', 'design', 'data', 'ml'];
const GOALS = ['backend', 'frontend', 'research', 'lead'];

function randomHours(rand: () => number): Uint32Array {
  const hours: number[] = [];
  for (let d = 0; d < 7; d += 1)
    if (rand() < 0.6) hours.push(d * 24 + 18, d * 24 + 19, d * 24 + Math.floor(rand() * 24));
  return week(...hours);
}

function randomMentee(rand: () => number, id: string): MenteeVector {
  return mentee(id, {
    interests: some(rand, TOPICS, 3),
    goals: some(rand, GOALS, 2),
    communication: pick(rand, COMMUNICATION_STYLES),
    languages: rand() < 0.8 ? ['en'] : ['de'],
    hours: randomHours(rand),
    reliability: rand() < 0.8 ? 1 : 0.9,
    preferredCategory: rand() < 0.2 ? pick(rand, MENTOR_CATEGORIES.slice(0, 2)) : null,
  });
}

function randomMentor(rand: () => number, id: string): MentorVector {
  return mentor(id, {
    domains: some(rand, [...TOPICS, ...GOALS], 5),
    goals: some(rand, GOALS, 1),
    communication: pick(rand, COMMUNICATION_STYLES),
    languages: rand() < 0.8 ? ['en'] : ['de', 'en'],
    hours: randomHours(rand),
    reliability: rand() < 0.8 ? 1 : 0.9,
    category: pick(rand, MENTOR_CATEGORIES.slice(0, 2)),
    capacity: 1 + Math.floor(rand() * 2),
  });
}

describe('capacitated matching', () => {
  it('matches the brute-force optimum (count, then total) on 300 random small instances', () => {
    const rand = seededRandom(18);
    let greedyWorse = 0;
    for (let t = 0; t < 300; t += 1) {
      const rows = 1 + Math.floor(rand() * 6);
      const cols = 1 + Math.floor(rand() * 4);
      const capacity = Array.from({ length: cols }, () => 1 + Math.floor(rand() * 2));
      const density = 0.3 + rand() * 0.6;
      // Weights on a coarse grid half the time, so that ties are common.
      const coarse = rand() < 0.5;
      const w = Array.from({ length: rows }, () =>
        Array.from({ length: cols }, () =>
          rand() < density ? (coarse ? 0.7 + Math.floor(rand() * 4) * 0.1 : 0.7 + rand() * 0.3) : Number.NaN,
        ),
      );
      const best = bruteForce(w, capacity);
      const got = solve(w, capacity);
      expect(got.matched).toBe(best.matched);
      expect(got.total).toBeCloseTo(best.total, 9);
      const g = greedy(w, capacity);
      if (g.matched < best.matched || g.total < best.total - 1e-9) greedyWorse += 1;
    }
    // The instances are not all easy: best-first greedy misses the optimum on some of them.
    expect(greedyWorse).toBeGreaterThan(10);
  });

  it('prefers matching more mentees over a higher total', () => {
    // Greedy takes A–X (0.95) and leaves B without a mentor; A–Y + B–X matches both.
    const w = [
      [0.95, 0.7],
      [0.9, Number.NaN],
    ];
    expect(greedy(w, [1, 1])).toEqual({ matched: 1, total: 0.95 });
    const got = solve(w, [1, 1]);
    expect(Array.from(got.match)).toEqual([1, 0]);
    expect(got.total).toBeCloseTo(1.6, 12);
  });

  it('finds the higher total when greedy best-first does not', () => {
    // Greedy: A–X 0.9 then B–Y 0.7 = 1.6; optimal: A–Y 0.89 + B–X 0.89 = 1.78.
    const w = [
      [0.9, 0.89],
      [0.89, 0.7],
    ];
    expect(greedy(w, [1, 1]).total).toBeCloseTo(1.6, 12);
    const got = solve(w, [1, 1]);
    expect(Array.from(got.match)).toEqual([1, 0]);
    expect(got.total).toBeCloseTo(1.78, 12);
  });

  it('fills a mentor up to their capacity and no further', () => {
    const got = solve([[0.8], [0.9], [0.7]], [2]);
    expect(Array.from(got.match)).toEqual([0, 0, UNASSIGNED]);
  });
});

describe('mentor assignment', () => {
  const problem = (mentees: MenteeVector[], mentors: MentorVector[], over: Partial<MentorProblem> = {}) => ({
    mentees,
    mentors,
    weights: WEIGHTS,
    minCompatibility: 0.7,
    forbidden: [],
    ...over,
  });

  it('matches the brute-force optimum on random small cohorts (profiles, floor, categories, forbidden pairs)', () => {
    const rand = seededRandom(2026);
    for (let t = 0; t < 150; t += 1) {
      const mentees = Array.from({ length: 1 + Math.floor(rand() * 6) }, (_, i) => randomMentee(rand, `e${i}`));
      const mentors = Array.from({ length: 1 + Math.floor(rand() * 4) }, (_, j) => randomMentor(rand, `m${j}`));
      const floor = pick(rand, [0.5, 0.6, 0.7]);
      const forbidden: [string, string][] = rand() < 0.5 ? [['e0', 'm0']] : [];
      const ban = forbiddenPairs(forbidden);
      const w = mentees.map((e) =>
        mentors.map((m) => {
          const x = mentorCompatibility(e, m, WEIGHTS);
          return mayMentor(e, m, ban) && x >= floor ? x : Number.NaN;
        }),
      );
      const best = bruteForce(
        w,
        mentors.map((m) => m.capacity),
      );
      const got = assignMentors(problem(mentees, mentors, { minCompatibility: floor, forbidden }));
      expect(got.pairs.length).toBe(best.matched);
      expect(got.total).toBeCloseTo(best.total, 9);
      expect(got.pairs.length + got.unassigned.length).toBe(mentees.length);
      for (const p of got.pairs) expect(p.compatibility).toBeGreaterThanOrEqual(floor - 1e-9);
    }
  });

  it('prunes pairs below the floor without changing the scores of the rest', () => {
    const rand = seededRandom(7);
    const mentees = Array.from({ length: 30 }, (_, i) => randomMentee(rand, `e${i}`));
    const mentors = Array.from({ length: 30 }, (_, j) => randomMentor(rand, `m${j}`));
    const scorer = mentorScorer(mentees, mentors, WEIGHTS);
    let kept = 0;
    for (let i = 0; i < 30; i += 1) {
      for (let j = 0; j < 30; j += 1) {
        const score = scorer.score(i, j);
        expect(score).toBe(mentorCompatibility(mentees[i]!, mentors[j]!, WEIGHTS));
        expect(scorer.scoreAtLeast(i, j, 0.6)).toBe(score >= 0.6 ? score : -1);
        if (score >= 0.6) kept += 1;
      }
    }
    expect(kept).toBeGreaterThan(0);
    expect(kept).toBeLessThan(900);
  });

  it('matches both mentees where best-first greedy would leave one out', () => {
    const a = mentee('a', { interests: ['typescript'], goals: ['backend'] });
    const b = mentee('b', { interests: ['rust'], goals: ['systems'], communication: 'mixed' });
    const x = mentor('x', { domains: ['typescript', 'rust', 'backend', 'systems'] });
    const y = mentor('y', { domains: ['typescript', 'backend'], communication: 'mixed' });
    // a–x 1, a–y 0.9625, b–x 0.9625, b–y 0.4125 (below the floor): greedy takes a–x first.
    const got = assignMentors(problem([a, b], [x, y]));
    expect(got.pairs.map((p) => [p.menteeId, p.mentorId])).toEqual([
      ['a', 'y'],
      ['b', 'x'],
    ]);
    expect(got.total).toBeCloseTo(1.925, 12);
    expect(got.unassigned).toEqual([]);
  });

  it('assigns no pair below the floor and says why', () => {
    // 0.3 + 0.25 + 0.15·0.25 + 0 + 0.1 = 0.6875
    const got = assignMentors(problem([mentee('a')], [mentor('m', { communication: 'async', hours: week(100) })]));
    expect(got).toEqual({
      pairs: [],
      unassigned: [{ menteeId: 'a', reason: 'no mentor reaches 70 % compatibility' }],
      total: 0,
    });
  });

  it('respects capacity and tells the mentee left over that suitable mentors are full', () => {
    const got = assignMentors(
      problem(
        [mentee('a'), mentee('b', { reliability: 0.8 }), mentee('c')],
        [mentor('m', { capacity: 2 }), mentor('full', { capacity: 0 })],
      ),
    );
    expect(got.pairs.map((p) => p.menteeId)).toEqual(['a', 'c']);
    expect(got.unassigned).toEqual([{ menteeId: 'b', reason: 'every suitable mentor is full' }]);
  });

  it('never pairs a member with themselves or a forbidden pair', () => {
    const got = assignMentors(
      problem([mentee('a'), mentee('b')], [mentor('a'), mentor('m')], {
        forbidden: [
          ['m', 'b'],
          ['b', 'a'],
        ],
      }),
    );
    expect(got.pairs.map((p) => [p.menteeId, p.mentorId])).toEqual([['a', 'm']]);
    expect(got.unassigned).toEqual([{ menteeId: 'b', reason: 'no mentor reaches 70 % compatibility' }]);
  });

  it('gives a mentee only their preferred category', () => {
    const got = assignMentors(
      problem(
        [
          mentee('a', { preferredCategory: 'career-coach' }),
          mentee('b', { preferredCategory: 'industry-professional' }),
        ],
        [mentor('pro', { capacity: 2 })],
      ),
    );
    expect(got.pairs.map((p) => [p.menteeId, p.mentorId])).toEqual([['b', 'pro']]);
    expect(got.unassigned).toEqual([{ menteeId: 'a', reason: 'no career coach mentor reaches 70 % compatibility' }]);
  });

  it('gives the reliable mentee the one place when the mentees are otherwise equal', () => {
    const got = assignMentors(problem([mentee('flaky', { reliability: 0.8 }), mentee('steady')], [mentor('m')]));
    expect(got.pairs).toEqual([{ menteeId: 'steady', mentorId: 'm', compatibility: 1 }]);
  });
});
