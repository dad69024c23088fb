import type { Cohort } from './Cohort.js';

/** Nearest members remembered per member (the local search's candidate groups come from them). */
export const NEIGHBOURS = 6;

/** The bound and what the search reuses from it. */
export interface BoundResult {
  /** Upper bound of the objective over every grouping of `members`. */
  bound: number;
  /** Per member index: their most compatible allowed partners, best first (empty for non-members). */
  neighbours: Int32Array[];
}

/** Keeps the `k` largest values seen (with who), largest first. */
class Best {
  readonly values: Float64Array;
  readonly ids: Int32Array;
  filled = 0;
  constructor(readonly k: number) {
    this.values = new Float64Array(k);
    this.ids = new Int32Array(k);
  }
  /** The value a newcomer must beat to enter. */
  floor(): number {
    return this.filled < this.k ? Number.NEGATIVE_INFINITY : (this.values[this.k - 1] ?? 0);
  }
  add(v: number, id: number): void {
    if (v <= this.floor()) return;
    let at = Math.min(this.filled, this.k - 1);
    while (at > 0 && (this.values[at - 1] ?? 0) < v) {
      this.values[at] = this.values[at - 1] ?? 0;
      this.ids[at] = this.ids[at - 1] ?? 0;
      at -= 1;
    }
    this.values[at] = v;
    this.ids[at] = id;
    if (this.filled < this.k) this.filled += 1;
  }
  mean(count: number): number {
    const n = Math.min(count, this.filled);
    let s = 0;
    for (let i = 0; i < n; i += 1) s += this.values[i] ?? 0;
    return n === 0 ? 0 : s / n;
  }
}

/**
 * An upper bound of the objective: a member in a group of size s ≥ `minSize` has a mean
 * compatibility with their mates at most the mean of their best s − 1 allowed partners, which is
 * at most the mean of their best `minSize` − 1 (a top-k mean never grows with k). Computed
 * exactly, fast: compatibility is a class term plus an hours term of at most `hoursMax`, so
 * classes are visited best first and the scan stops when no member of the next class could enter.
 * @param cohort - the cohort
 * @param members - the members that can be placed (indices)
 */
export function groupBound(cohort: Cohort, members: readonly number[]): BoundResult {
  const { model } = cohort;
  const k = Math.max(1, cohort.minSize - 1);
  const keep = Math.max(k, NEIGHBOURS);
  const byClass = new Map<number, number[]>();
  for (const i of members) {
    const c = model.classOf[i] ?? 0;
    const list = byClass.get(c);
    if (list === undefined) byClass.set(c, [i]);
    else list.push(i);
  }
  const used = [...byClass.keys()];
  const neighbours: Int32Array[] = Array.from({ length: model.size }, () => new Int32Array(0));
  let bound = 0;
  for (const [a, own] of byClass) {
    const near = used.map((c) => ({ c, v: model.classCompat(a, c), list: byClass.get(c) ?? [] }));
    near.sort((x, y) => y.v - x.v || x.c - y.c);
    for (const i of own) {
      const best = new Best(keep);
      const forbidden = cohort.forbidden[i];
      for (const { v, list } of near) {
        if (v + model.hoursMax <= best.floor()) break;
        for (const j of list) {
          if (j === i || forbidden?.has(j) === true) continue;
          best.add(model.compat(i, j), j);
        }
      }
      bound += best.mean(k);
      neighbours[i] = best.ids.slice(0, best.filled);
    }
  }
  return { bound, neighbours };
}
