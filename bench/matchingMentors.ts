/**
 * bench/matchingMentors: learning's mentor matching at community scale — 1,000 mentees ×
 * 1,000 mentors (capacities 1–3), seeded synthetic profiles: interests and domains drawn from 30
 * topics with a popularity skew, career goals from 10, communication styles, languages, and
 * weekly evening/weekend availability in time zones from UTC−8 to UTC+9; 15 % of members with a
 * no-show or two, 15 % of mentees with a preferred category. Seed 003's weights, the 0.7 floor.
 *
 * Prints the time to score every pair (the candidate graph), the time of the exact assignment
 * (`capacitatedMatching`), the end-to-end `assignMentors`, and a best-first greedy baseline on
 * the same graph.
 *
 *   npx tsx bench/matchingMentors.ts [--mentees 1000] [--mentors 1000] [--seed 18] [--floor 0.7] [--runs 5]
 */
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import {
  assignMentors,
  capacitatedMatching,
  emptyHours,
  mentorCandidates,
  setHour,
  UNASSIGNED,
  type MenteeVector,
  type MentorProblem,
  type MentorVector,
} from '../src/modules/learning/index.js';
import { seededRandom } from '../test/seededRandom.js';

const TOPICS = [
  'typescript', 'javascript', 'python', 'rust', 'go', 'java', 'csharp', 'react', 'node', 'databases',
  'sql', 'data-science', 'machine-learning', 'devops', 'kubernetes', 'cloud', 'security', 'networking',
  'design', 'ux', 'product', 'testing', 'mobile', 'gamedev', 'embedded', 'compilers', 'writing',
  'open-source', 'algorithms', 'architecture',
]; // prettier-ignore
const GOALS = [
  'first-job', 'backend', 'frontend', 'fullstack', 'data', 'ml-engineer', 'sre', 'lead', 'freelance', 'research',
]; // prettier-ignore
const CATEGORIES = [
  'industry-professional', 'senior-learner', 'subject-expert', 'career-coach', 'academic-advisor',
] as const; // prettier-ignore

type Rand = () => number;
const pick = <T>(rand: Rand, list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
/** Popular items first: index ~ list.length × u². */
const skewed = <T>(rand: Rand, list: readonly T[]): T => list[Math.floor(rand() * rand() * list.length)] as T;
const several = <T>(rand: Rand, list: readonly T[], min: number, max: number): T[] => {
  const n = min + Math.floor(rand() * (max - min + 1));
  const out = new Set<T>();
  while (out.size < n) out.add(skewed(rand, list));
  return [...out];
};

/** Evenings on some weekdays and a weekend afternoon, in a zone from UTC−8 to UTC+9. */
function availability(rand: Rand): Uint32Array {
  const hours = emptyHours();
  const offset = pick(rand, [-8, -5, -3, 0, 1, 2, 3, 5, 8, 9]);
  for (let day = 0; day < 5; day += 1) {
    if (rand() < 0.5) continue;
    const from = 17 + Math.floor(rand() * 3);
    for (let h = from; h < from + 2 + Math.floor(rand() * 3); h += 1) setHour(hours, day * 24 + h - offset);
  }
  if (rand() < 0.6) for (let h = 13; h < 17; h += 1) setHour(hours, (5 + Math.floor(rand() * 2)) * 24 + h - offset);
  return hours;
}

function languages(rand: Rand): string[] {
  const local = pick(rand, ['es', 'de', 'fr', 'pt', 'hi', 'ja']);
  const u = rand();
  return u < 0.7 ? ['en'] : u < 0.9 ? ['en', local] : [local];
}

function learner(rand: Rand, id: string) {
  const noShows = rand() < 0.15 ? 1 + Math.floor(rand() * 2) : 0;
  return {
    id,
    skill: Math.floor(rand() * 4),
    pace: Math.floor(rand() * 3),
    industry: null,
    style: pick(rand, ['visual', 'reading', 'hands-on', 'discussion'] as const),
    communication: pick(rand, ['async', 'live', 'mixed', 'mixed'] as const),
    languages: languages(rand),
    hours: availability(rand),
    reliability: Math.max(0.5, 1 - 0.1 * noShows),
  };
}

function mentees(rand: Rand, n: number): MenteeVector[] {
  return Array.from({ length: n }, (_, i) => ({
    ...learner(rand, `mentee-${i}`),
    goals: several(rand, GOALS, 1, 2),
    interests: several(rand, TOPICS, 1, 3),
    preferredCategory: rand() < 0.15 ? pick(rand, CATEGORIES) : null,
  }));
}

function mentors(rand: Rand, n: number): MentorVector[] {
  return Array.from({ length: n }, (_, j) => ({
    ...learner(rand, `mentor-${j}`),
    goals: several(rand, GOALS, 1, 3),
    interests: several(rand, TOPICS, 1, 3),
    domains: several(rand, TOPICS, 2, 6),
    category: pick(rand, CATEGORIES),
    capacity: 1 + Math.floor(rand() * 3),
  }));
}

/** Best-first greedy on the same candidate graph: the highest remaining pair while both have room. */
function greedy(sparse: ReturnType<typeof mentorCandidates>['sparse']): { matched: number; total: number } {
  const order = Array.from(sparse.weight.keys()).sort((a, b) => (sparse.weight[b] ?? 0) - (sparse.weight[a] ?? 0));
  const rowOf = new Int32Array(sparse.weight.length);
  for (let r = 0; r < sparse.rows; r += 1) rowOf.fill(r, sparse.start[r], sparse.start[r + 1]);
  const taken = new Uint8Array(sparse.rows);
  const load = new Int32Array(sparse.cols);
  let matched = 0;
  let total = 0;
  for (const e of order) {
    const r = rowOf[e] ?? 0;
    const c = sparse.col[e] ?? 0;
    if (taken[r] === 1 || (load[c] ?? 0) >= (sparse.capacity[c] ?? 0)) continue;
    taken[r] = 1;
    load[c] = (load[c] ?? 0) + 1;
    matched += 1;
    total += sparse.weight[e] ?? 0;
  }
  return { matched, total };
}

/** Best and median of some timings, in ms. */
const timing = (runs: number[]) => {
  const sorted = [...runs].sort((x, y) => x - y);
  return `best ${(sorted[0] ?? 0).toFixed(0)} ms, median ${(sorted[Math.floor(sorted.length / 2)] ?? 0).toFixed(0)} ms`;
};

/** Times `run` `runs` times (after one warm-up run), returning the last result. */
function timed<T>(runs: number, run: () => T): { result: T; ms: number[] } {
  let result = run();
  const ms: number[] = [];
  for (let k = 0; k < runs; k += 1) {
    const t = performance.now();
    result = run();
    ms.push(performance.now() - t);
  }
  return { result, ms };
}

/**
 * Runs the benchmark and prints its figures.
 * @param options - cohort sizes, seed, floor, timed runs per stage
 */
export async function runMentorBench(
  options: { mentees?: number; mentors?: number; seed?: number; floor?: number; runs?: number } = {},
) {
  const rand = seededRandom(options.seed ?? 18);
  const runs = options.runs ?? 5;
  const problem: MentorProblem = {
    mentees: mentees(rand, options.mentees ?? 1000),
    mentors: mentors(rand, options.mentors ?? 1000),
    weights: { domain: 0.3, career: 0.25, communication: 0.15, availability: 0.2, culture: 0.1 },
    minCompatibility: options.floor ?? 0.7,
    forbidden: [],
  };
  const slots = problem.mentors.reduce((s, m) => s + m.capacity, 0);
  console.log(
    `${problem.mentees.length} mentees × ${problem.mentors.length} mentors (${slots} places), floor ${problem.minCompatibility}; ${runs} timed runs each after a warm-up`,
  );
  const scored = timed(runs, () => mentorCandidates(problem));
  const { sparse, reachable } = scored.result;
  const pairs = problem.mentees.length * problem.mentors.length;
  console.log(
    `  scoring ${pairs.toLocaleString('en')} pairs: ${timing(scored.ms)}; ${sparse.col.length.toLocaleString('en')} at or above the floor (${((100 * sparse.col.length) / pairs).toFixed(1)} %)`,
  );
  const assigned = timed(runs, () => capacitatedMatching(sparse));
  const match = assigned.result;
  let matched = 0;
  let total = 0;
  for (let r = 0; r < sparse.rows; r += 1) {
    const c = match[r] ?? UNASSIGNED;
    if (c === UNASSIGNED) continue;
    for (let e = sparse.start[r] ?? 0; e < (sparse.start[r + 1] ?? 0); e += 1) {
      if (sparse.col[e] === c) total += sparse.weight[e] ?? 0;
    }
    matched += 1;
  }
  const reach = reachable.reduce((s, x) => s + x, 0);
  console.log(
    `  exact assignment: ${timing(assigned.ms)}; matched ${matched} (${reach} reach the floor), total ${total.toFixed(3)}`,
  );
  const whole = timed(runs, () => assignMentors(problem));
  const result = whole.result;
  console.log(
    `  assignMentors end to end: ${timing(whole.ms)}; matched ${result.pairs.length}, total ${result.total.toFixed(3)}, mean ${(result.total / Math.max(1, result.pairs.length)).toFixed(3)}`,
  );
  const g = greedy(sparse);
  console.log(
    `  greedy best-first: matched ${g.matched}, total ${g.total.toFixed(3)} (exact: +${matched - g.matched} mentees, +${(total - g.total).toFixed(3)} total)`,
  );
  const reasons = new Map<string, number>();
  for (const u of result.unassigned) reasons.set(u.reason, (reasons.get(u.reason) ?? 0) + 1);
  for (const [why, n] of reasons) console.log(`  unassigned: ${n} × ${why}`);
  return Promise.resolve({ matched, total, greedy: g, edges: sparse.col.length });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({
    options: {
      mentees: { type: 'string', default: '1000' },
      mentors: { type: 'string', default: '1000' },
      seed: { type: 'string', default: '18' },
      floor: { type: 'string', default: '0.7' },
      runs: { type: 'string', default: '5' },
    },
  });
  await runMentorBench({
    mentees: Number(values.mentees),
    mentors: Number(values.mentors),
    seed: Number(values.seed),
    floor: Number(values.floor),
    runs: Number(values.runs),
  });
}
