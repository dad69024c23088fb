/**
 * bench/matching (issue #18): both matching benchmarks in one run, on this machine.
 * - Study groups: 10,000 learners into groups of 3–5 (target ≤ 2 s, gap to the bound ≤ 5 %).
 * - Mentors: 1,000 mentees × 1,000 mentors assigned optimally (target ≤ 1 s).
 * Each can also run alone: bench/matchingGroups.ts, bench/matchingMentors.ts (with options).
 *
 *   npx tsx bench/matching.ts
 */
import { runGroupBench } from './matchingGroups.js';
import { runMentorBench } from './matchingMentors.js';

console.log('Study groups');
const groups = await runGroupBench({ learners: 10_000, minSize: 3, maxSize: 5, seed: 18 });
console.log(
  `  ${groups.learners} learners → ${groups.groups} groups, ${groups.unplaced} unplaced; ${(groups.milliseconds / 1000).toFixed(2)} s wall, ${(groups.cpuMilliseconds / 1000).toFixed(2)} s CPU (target ≤ 2 s)`,
);
console.log(
  `  value ${groups.value.toFixed(1)}, bound ${groups.bound.toFixed(1)}, gap ${groups.gapPct.toFixed(2)} % (target ≤ 5 %)`,
);
console.log('Mentors');
await runMentorBench({ mentees: 1000, mentors: 1000, seed: 18, floor: 0.7, runs: 5 });
