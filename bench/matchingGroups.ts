/**
 * bench/matchingGroups: study-group formation over a large cohort (issue #18): 10,000 generated
 * learners (seeded) into groups of 3–5 with the seed's weights; prints the time, the objective,
 * its upper bound and the gap (target: ≤ 2 s, gap ≤ 5 %).
 *
 * The learners: skill and pace mixed (more beginners and intermediates, steady pace most
 * common), 1–2 of 8 career goals, 2–4 of 15 interests, 4 styles, 10 time zones weighted toward
 * Europe and the Americas, 1–3 availability slots (evenings and weekends most common).
 *
 *   npx tsx bench/matchingGroups.ts [--learners 10000] [--min 3] [--max 5] [--seed 18]
 */
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { availabilityHours, formGroups, type GroupProblem, type LearnerVector } from '../src/modules/learning/index.js';
import { seededRandom } from '../test/seededRandom.js';

const GOALS = ['frontend', 'backend', 'data', 'devops', 'mobile', 'security', 'design', 'career-change'];
const INTERESTS = [
  'react',
  'sql',
  'python',
  'rust',
  'go',
  'kubernetes',
  'aws',
  'ml',
  'testing',
  'ux',
  'typescript',
  'linux',
  'networking',
  'java',
  'swift',
];
const ZONES: [string, number][] = [
  ['Europe/London', 12],
  ['Europe/Berlin', 16],
  ['America/New_York', 14],
  ['America/Chicago', 8],
  ['America/Los_Angeles', 10],
  ['America/Sao_Paulo', 8],
  ['Asia/Kolkata', 12],
  ['Asia/Tokyo', 6],
  ['Australia/Sydney', 6],
  ['Africa/Lagos', 8],
];
const SLOTS = [
  'weekday-morning',
  'weekday-afternoon',
  'weekday-evening',
  'weekday-night',
  'weekend-morning',
  'weekend-afternoon',
  'weekend-evening',
  'weekend-night',
] as const;
const SLOT_WEIGHTS = [4, 2, 10, 3, 4, 5, 6, 2];
const STYLES = ['visual', 'reading', 'hands-on', 'discussion'] as const;
const COMMUNICATION = ['async', 'live', 'mixed'] as const;

/** Options of a run. */
export interface GroupBenchOptions {
  learners: number;
  minSize: number;
  maxSize: number;
  seed: number;
}

/** What a run measured. */
export interface GroupBenchResult {
  learners: number;
  milliseconds: number;
  /** CPU time of this process (what a loaded machine does not inflate). */
  cpuMilliseconds: number;
  groups: number;
  unplaced: number;
  value: number;
  bound: number;
  gapPct: number;
}

function weighted<T>(random: () => number, items: readonly T[], weights: readonly number[]): T {
  const total = weights.reduce((a, b) => a + b, 0);
  let r = random() * total;
  for (let i = 0; i < items.length; i += 1) {
    r -= weights[i] ?? 0;
    if (r < 0) return items[i] as T;
  }
  return items[items.length - 1] as T;
}

function pick<T>(random: () => number, items: readonly T[], n: number): T[] {
  const pool = [...items];
  const out: T[] = [];
  while (out.length < n && pool.length > 0) out.push(...pool.splice(Math.floor(random() * pool.length), 1));
  return out;
}

/**
 * Generates a seeded cohort of learners.
 * @param n - how many
 * @param seed - the random seed
 */
export function generateLearners(n: number, seed: number): LearnerVector[] {
  const random = seededRandom(seed);
  const at = Date.UTC(2026, 0, 14);
  return Array.from({ length: n }, (_, i) => {
    const [zone] = weighted(
      random,
      ZONES,
      ZONES.map((z) => z[1]),
    );
    const slots = Array.from({ length: 1 + Math.floor(random() * 3) }, () => weighted(random, SLOTS, SLOT_WEIGHTS));
    return {
      id: `u${i}`,
      skill: weighted(random, [0, 1, 2, 3], [35, 35, 20, 10]),
      pace: weighted(random, [0, 1, 2], [25, 50, 25]),
      goals: pick(random, GOALS, 1 + Math.floor(random() * 2)),
      interests: pick(random, INTERESTS, 2 + Math.floor(random() * 3)),
      industry: null,
      style: weighted(random, STYLES, [3, 2, 4, 2]),
      communication: weighted(random, COMMUNICATION, [1, 1, 1]),
      languages: ['en'],
      hours: availabilityHours([...new Set(slots)], zone, at),
      reliability: 1,
    };
  });
}

/**
 * Forms groups over a generated cohort and measures it.
 * @param options - cohort size, group bounds, seed
 */
export async function runGroupBench(
  options: GroupBenchOptions = { learners: 10_000, minSize: 3, maxSize: 5, seed: 18 },
): Promise<GroupBenchResult> {
  const learners = generateLearners(options.learners, options.seed);
  const problem: GroupProblem = {
    learners,
    minSize: options.minSize,
    maxSize: options.maxSize,
    weights: { skill: 0.3, pace: 0.25, goals: 0.2, timezone: 0.15, style: 0.1 },
    mode: 'similar',
    sameIndustry: false,
    forbidden: [],
    recent: [],
  };
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  const solution = formGroups(problem);
  const milliseconds = performance.now() - started;
  const cpu = process.cpuUsage(cpuStarted);
  await Promise.resolve();
  return {
    learners: learners.length,
    milliseconds,
    cpuMilliseconds: (cpu.user + cpu.system) / 1000,
    groups: solution.groups.length,
    unplaced: solution.unplaced.length,
    value: solution.value,
    bound: solution.bound,
    gapPct: solution.gapPct,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({
    options: {
      learners: { type: 'string', default: '10000' },
      min: { type: 'string', default: '3' },
      max: { type: 'string', default: '5' },
      seed: { type: 'string', default: '18' },
    },
  });
  const r = await runGroupBench({
    learners: Number(values.learners),
    minSize: Number(values.min),
    maxSize: Number(values.max),
    seed: Number(values.seed),
  });
  console.log(`learners ${r.learners}, groups ${r.groups}, unplaced ${r.unplaced}`);
  console.log(
    `time ${(r.milliseconds / 1000).toFixed(2)} s wall, ${(r.cpuMilliseconds / 1000).toFixed(2)} s CPU (target ≤ 2 s)`,
  );
  console.log(`value ${r.value.toFixed(1)}, bound ${r.bound.toFixed(1)}, gap ${r.gapPct.toFixed(2)} % (target ≤ 5 %)`);
}
