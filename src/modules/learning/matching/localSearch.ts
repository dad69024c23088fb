import type { Cohort } from './Cohort.js';
import type { Grouping } from './exactGroups.js';

/** Improvement passes over every member (the search is bounded by passes, never by time). */
export const SEARCH_PASSES = 25;
/** With at most this many groups every group is a candidate for every member. */
const ALL_GROUPS = 64;
/** A pass gaining less than this per member ends the search. */
const MIN_PASS_GAIN = 1e-4;

/**
 * A grouping of a large cohort: members in feature order cut into ⌊n / minSize⌋ groups,
 * forbidden pairs repaired by swaps, then moves and swaps between candidate groups (the groups of
 * each member's nearest partners) while one improves the penalised objective, for at most
 * `passes` passes.
 * @param cohort - the cohort
 * @param members - the members to group
 * @param neighbours - per member, their nearest partners (from `groupBound`)
 * @param passes - improvement passes
 */
export function searchGroups(
  cohort: Cohort,
  members: readonly number[],
  neighbours: readonly Int32Array[],
  passes = SEARCH_PASSES,
): Grouping {
  const { model, minSize, maxSize } = cohort;
  /** The penalised value of a group with pair sum `s`, `r` recent pairs and `size` members. */
  const f = (s: number, r: number, size: number): number =>
    size < 2 ? 0 : (2 * s) / (size - 1) - cohort.repeatPenalty * r;
  const k = Math.floor(members.length / minSize);
  if (k === 0) return { groups: [], leftOver: [...members] };
  const order = model.featureOrder(members);
  const placedCount = Math.min(order.length, k * maxSize);
  const leftOver = order.slice(placedCount);
  const groups: number[][] = [];
  for (let g = 0, at = 0; g < k; g += 1) {
    const size = Math.floor(placedCount / k) + (g < placedCount % k ? 1 : 0);
    groups.push(order.slice(at, at + size));
    at += size;
  }
  const groupOf = new Int32Array(model.size).fill(-1);
  const own = new Float64Array(model.size);
  const ownRecent = new Int32Array(model.size);
  const sum = new Float64Array(k);
  const rec = new Int32Array(k);
  const anyForbidden = Uint8Array.from({ length: model.size }, (_, i) =>
    (cohort.forbidden[i]?.size ?? 0) > 0 ? 1 : 0,
  );
  const anyRecent = Uint8Array.from({ length: model.size }, (_, i) => ((cohort.recent[i]?.size ?? 0) > 0 ? 1 : 0));
  const forbidden = (a: number, b: number) => anyForbidden[a] === 1 && cohort.forbidden[a]?.has(b) === true;
  const recent = (a: number, b: number) => (anyRecent[a] === 1 && cohort.recent[a]?.has(b) === true ? 1 : 0);
  const refresh = (g: number): void => {
    const list = groups[g] ?? [];
    let s = 0;
    let r = 0;
    for (const a of list) {
      groupOf[a] = g;
      let o = 0;
      let or = 0;
      for (const b of list) {
        if (a === b) continue;
        o += model.compat(a, b);
        or += recent(a, b);
      }
      own[a] = o;
      ownRecent[a] = or;
      s += o;
      r += or;
    }
    sum[g] = s / 2;
    rec[g] = r / 2;
  };
  for (let g = 0; g < k; g += 1) refresh(g);
  const conflicts = (i: number, g: number, except: number) =>
    (groups[g] ?? []).some((x) => x !== except && x !== i && forbidden(i, x));

  // Repair forbidden pairs: swap the member out, else move them to a group with room, else leave them out.
  const tooFew: number[] = [];
  for (let g = 0; g < k; g += 1) {
    for (const i of [...(groups[g] ?? [])]) {
      if (!conflicts(i, g, i)) continue;
      let done = false;
      for (let h = 0; h < k && !done; h += 1) {
        if (h === g) continue;
        for (const j of groups[h] ?? []) {
          if (!conflicts(i, h, j) && !conflicts(j, g, i)) {
            const gi = groups[g] ?? [];
            const hj = groups[h] ?? [];
            gi[gi.indexOf(i)] = j;
            hj[hj.indexOf(j)] = i;
            refresh(g);
            refresh(h);
            done = true;
            break;
          }
        }
        if (!done && (groups[h]?.length ?? 0) < maxSize && !conflicts(i, h, i)) {
          groups[g] = (groups[g] ?? []).filter((x) => x !== i);
          groups[h]?.push(i);
          refresh(g);
          refresh(h);
          done = true;
        }
      }
      if (!done) {
        groups[g] = (groups[g] ?? []).filter((x) => x !== i);
        groupOf[i] = -1;
        leftOver.push(i);
        refresh(g);
      }
    }
    if ((groups[g]?.length ?? 0) < minSize) tooFew.push(g);
  }

  // Candidate groups: all of them for small cohorts, else those of the member's nearest partners.
  const stamp = new Int32Array(k).fill(-1);
  const out = new Int32Array(Math.max(k, 1));
  /** Fills `out` with the candidate groups of member `i` (in group `g`); returns how many. */
  const candidates = (i: number, g: number): number => {
    let n = 0;
    if (k <= ALL_GROUPS) {
      for (let h = 0; h < k; h += 1) if (h !== g) out[n++] = h;
      return n;
    }
    stamp[g] = i;
    for (const j of neighbours[i] ?? []) {
      const h = groupOf[j] ?? -1;
      if (h >= 0 && stamp[h] !== i) {
        stamp[h] = i;
        out[n++] = h;
      }
    }
    return n;
  };

  const ci = new Float64Array(maxSize);
  const ri = new Int32Array(maxSize);
  const fi = new Int8Array(maxSize);
  const blocked = new Uint8Array(k);
  for (const g of tooFew) blocked[g] = 1;
  for (let pass = 0; pass < passes; pass += 1) {
    let gained = 0;
    for (const i of order) {
      const g = groupOf[i] ?? -1;
      if (g < 0 || blocked[g] === 1) continue;
      const gl = groups[g] ?? [];
      const sg = gl.length;
      const fg = f(sum[g] ?? 0, rec[g] ?? 0, sg);
      let best = 1e-9;
      let bestH = -1;
      let bestJ = -1;
      const count = candidates(i, g);
      for (let c = 0; c < count; c += 1) {
        const h = out[c] ?? 0;
        if (blocked[h] === 1) continue;
        const hl = groups[h] ?? [];
        const sh = hl.length;
        const fh = f(sum[h] ?? 0, rec[h] ?? 0, sh);
        let aih = 0;
        let rih = 0;
        let fih = 0;
        for (let t = 0; t < sh; t += 1) {
          const x = hl[t] ?? 0;
          const v = model.compat(i, x);
          const r = recent(i, x);
          const b = forbidden(i, x) ? 1 : 0;
          ci[t] = v;
          ri[t] = r;
          fi[t] = b;
          aih += v;
          rih += r;
          fih += b;
        }
        if (fih === 0 && sg > minSize && sh < maxSize) {
          const d =
            f((sum[g] ?? 0) - (own[i] ?? 0), (rec[g] ?? 0) - (ownRecent[i] ?? 0), sg - 1) -
            fg +
            f((sum[h] ?? 0) + aih, (rec[h] ?? 0) + rih, sh + 1) -
            fh;
          if (d > best) [best, bestH, bestJ] = [d, h, -1];
        }
        swaps: for (let t = 0; t < sh; t += 1) {
          if (fih - (fi[t] ?? 0) > 0) continue;
          const j = hl[t] ?? 0;
          let ajg = 0;
          let rjg = 0;
          for (const x of gl) {
            if (x === i) continue;
            if (forbidden(j, x)) continue swaps;
            ajg += model.compat(j, x);
            rjg += recent(j, x);
          }
          const d =
            f((sum[g] ?? 0) - (own[i] ?? 0) + ajg, (rec[g] ?? 0) - (ownRecent[i] ?? 0) + rjg, sg) +
            f(
              (sum[h] ?? 0) - (own[j] ?? 0) + aih - (ci[t] ?? 0),
              (rec[h] ?? 0) - (ownRecent[j] ?? 0) + rih - (ri[t] ?? 0),
              sh,
            ) -
            fg -
            fh;
          if (d > best) [best, bestH, bestJ] = [d, h, j];
        }
      }
      if (bestH < 0) continue;
      gained += best;
      groups[g] = gl.filter((x) => x !== i);
      const hl = groups[bestH] ?? [];
      if (bestJ >= 0) {
        groups[bestH] = hl.filter((x) => x !== bestJ).concat(i);
        groups[g]?.push(bestJ);
      } else hl.push(i);
      refresh(g);
      refresh(bestH);
    }
    // Stop when a pass gains (almost) nothing: a deterministic rule, never a clock.
    if (gained <= MIN_PASS_GAIN * Math.max(1, members.length)) break;
  }

  // Groups the repair left too small: their members join groups with room, else are left out.
  for (const g of tooFew) {
    for (const i of groups[g] ?? []) {
      let target = -1;
      let gain = Number.NEGATIVE_INFINITY;
      for (let h = 0; h < k; h += 1) {
        const hl = groups[h] ?? [];
        if (blocked[h] === 1 || hl.length >= maxSize || conflicts(i, h, i)) continue;
        const v =
          f((sum[h] ?? 0) + hl.reduce((s, x) => s + model.compat(i, x), 0), rec[h] ?? 0, hl.length + 1) -
          f(sum[h] ?? 0, rec[h] ?? 0, hl.length);
        if (v > gain) [gain, target] = [v, h];
      }
      if (target < 0) leftOver.push(i);
      else {
        groups[target]?.push(i);
        refresh(target);
      }
    }
    groups[g] = [];
  }
  return { groups: groups.filter((g) => g.length > 0), leftOver };
}
