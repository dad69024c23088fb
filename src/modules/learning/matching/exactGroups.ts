import { groupValue, type Cohort } from './Cohort.js';

/** Cohorts up to this size are solved exactly (the search visits 3^n subsets). */
export const EXACT_LIMIT = 13;

/** A grouping of some members of a cohort (indices) and those left out. */
export interface Grouping {
  groups: number[][];
  leftOver: number[];
}

function bitsOf(mask: number, members: readonly number[]): number[] {
  const out: number[] = [];
  members.forEach((m, b) => {
    if (mask & (1 << b)) out.push(m);
  });
  return out;
}

function popcount(x: number): number {
  let n = 0;
  for (let v = x; v !== 0; v &= v - 1) n += 1;
  return n;
}

/**
 * The best grouping of a small cohort, by dynamic programming over subsets: the most members
 * placed, then the highest objective minus `cohort.repeatPenalty` per recent pair, groups within
 * the size bounds and without a forbidden pair.
 * @param cohort - the cohort
 * @param members - the members to group (at most {@link EXACT_LIMIT})
 */
export function exactGroups(cohort: Cohort, members: readonly number[]): Grouping {
  const n = members.length;
  if (n > 20) throw new Error(`exactGroups: ${n} members is too many`);
  const full = (1 << n) - 1;
  // Score of each subset as one group (NaN: not a valid group).
  const groupScore = new Float64Array(1 << n).fill(Number.NaN);
  for (let g = 1; g <= full; g += 1) {
    const size = popcount(g);
    if (size < cohort.minSize || size > cohort.maxSize) continue;
    const group = bitsOf(g, members);
    let bad = false;
    let recent = 0;
    for (const a of group) {
      for (const b of group) {
        if (a < b && cohort.forbidden[a]?.has(b) === true) bad = true;
        if (a < b && cohort.recent[a]?.has(b) === true) recent += 1;
      }
    }
    if (!bad) groupScore[g] = groupValue(cohort, group) - cohort.repeatPenalty * recent;
  }
  const placed = new Int8Array(1 << n);
  const score = new Float64Array(1 << n);
  const choice = new Int32Array(1 << n);
  for (let mask = 1; mask <= full; mask += 1) {
    const low = mask & -mask;
    const rest = mask ^ low;
    // Leaving the lowest member out is always possible.
    let bestPlaced = placed[rest] ?? 0;
    let bestScore = score[rest] ?? 0;
    let bestChoice = low;
    for (let s = rest; s > 0; s = (s - 1) & rest) {
      const g = s | low;
      const gs = groupScore[g] ?? Number.NaN;
      if (Number.isNaN(gs)) continue;
      const p = (placed[mask ^ g] ?? 0) + popcount(g);
      const v = (score[mask ^ g] ?? 0) + gs;
      if (p > bestPlaced || (p === bestPlaced && v > bestScore + 1e-12)) {
        bestPlaced = p;
        bestScore = v;
        bestChoice = g;
      }
    }
    placed[mask] = bestPlaced;
    score[mask] = bestScore;
    choice[mask] = bestChoice;
  }
  const groups: number[][] = [];
  const leftOver: number[] = [];
  for (let mask = full; mask !== 0;) {
    const g = choice[mask] ?? 0;
    if (popcount(g) === 1 && Number.isNaN(groupScore[g] ?? Number.NaN)) leftOver.push(...bitsOf(g, members));
    else groups.push(bitsOf(g, members));
    mask ^= g;
  }
  return { groups, leftOver };
}
