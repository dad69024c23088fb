/**
 * A sparse, capacitated assignment problem: rows (mentees) take at most one column (mentor),
 * column `c` takes at most `capacity[c]` rows, only along the listed edges. Row `r`'s edges are
 * `col[start[r]] … col[start[r + 1] − 1]` with weights `weight[…]` in 0…1.
 */
export interface SparseAssignmentProblem {
  rows: number;
  cols: number;
  start: Int32Array;
  col: Int32Array;
  weight: Float64Array;
  capacity: Int32Array;
}

/** Row's column when it is left out (its private "unassigned" column). */
export const UNASSIGNED = -1;
const NOT_YET = -2;

/** A min-heap of (key, node), with stale entries skipped by the caller. */
class NodeHeap {
  private keys = new Float64Array(64);
  private nodes = new Int32Array(64);
  size = 0;

  push(key: number, node: number): void {
    if (this.size === this.keys.length) {
      const keys = new Float64Array(this.size * 2);
      const nodes = new Int32Array(this.size * 2);
      keys.set(this.keys);
      nodes.set(this.nodes);
      this.keys = keys;
      this.nodes = nodes;
    }
    let i = this.size;
    this.size += 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const pk = this.keys[parent] ?? 0;
      if (pk <= key) break;
      this.keys[i] = pk;
      this.nodes[i] = this.nodes[parent] ?? 0;
      i = parent;
    }
    this.keys[i] = key;
    this.nodes[i] = node;
  }

  /** Removes the smallest entry; returns its node (its key is `lastKey`). */
  pop(): number {
    const node = this.nodes[0] ?? 0;
    this.lastKey = this.keys[0] ?? 0;
    this.size -= 1;
    const key = this.keys[this.size] ?? 0;
    const moved = this.nodes[this.size] ?? 0;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= this.size) break;
      if (child + 1 < this.size && (this.keys[child + 1] ?? 0) < (this.keys[child] ?? 0)) child += 1;
      if ((this.keys[child] ?? 0) >= key) break;
      this.keys[i] = this.keys[child] ?? 0;
      this.nodes[i] = this.nodes[child] ?? 0;
      i = child;
    }
    this.keys[i] = key;
    this.nodes[i] = moved;
    return node;
  }

  lastKey = 0;
}

/**
 * The assignment that matches the most rows and, among those, has the highest total weight
 * (exact). Successive shortest augmenting paths (sparse Hungarian / Jonker–Volgenant style):
 * rows are added one at a time; each row also has a private "unassigned" column of cost
 * rows + 1, which makes leaving a row out cost more than any loss of weight, so the minimum-cost
 * perfect assignment is the lexicographic optimum. Dijkstra on reduced costs (node potentials),
 * stopped at the first column with room, over the edges only: O(rows × explored edges · log).
 * @param problem - rows, columns, edges, capacities
 * @returns each row's column, or {@link UNASSIGNED}
 */
export function capacitatedMatching(problem: SparseAssignmentProblem): Int32Array {
  const { rows, cols, start, col, weight, capacity } = problem;
  // Node ids: row r → r; column c → rows + c; row r's unassigned column → rows + cols + r.
  const colBase = rows;
  const dummyBase = rows + cols;
  const nodes = rows + cols + rows;
  const leaveOut = rows + 1;

  const potential = new Float64Array(nodes);
  const dist = new Float64Array(nodes);
  const seen = new Int32Array(nodes);
  const done = new Int32Array(nodes);
  const prev = new Int32Array(nodes);
  const prevWeight = new Float64Array(nodes);
  const match = new Int32Array(rows).fill(NOT_YET);
  const matchWeight = new Float64Array(rows);
  // Column c's rows are members[slot[c] … slot[c] + load[c] − 1].
  const slot = new Int32Array(cols + 1);
  for (let c = 0; c < cols; c += 1) slot[c + 1] = (slot[c] ?? 0) + Math.max(0, capacity[c] ?? 0);
  const members = new Int32Array(slot[cols] ?? 0);
  const load = new Int32Array(cols);
  const heap = new NodeHeap();
  const finalized: number[] = [];

  const relax = (node: number, d: number, from: number, w: number, epoch: number): void => {
    if (seen[node] === epoch && (dist[node] ?? 0) <= d) return;
    seen[node] = epoch;
    dist[node] = d;
    prev[node] = from;
    prevWeight[node] = w;
    heap.push(d, node);
  };

  for (let s = 0; s < rows; s += 1) {
    const epoch = s + 1;
    const from = start[s] ?? 0;
    const to = start[s + 1] ?? 0;
    // Row s has no incoming residual edge yet: any potential works, this one keeps its edges' reduced costs ≥ 0.
    let ps = (potential[dummyBase + s] ?? 0) - leaveOut;
    for (let e = from; e < to; e += 1) {
      ps = Math.max(ps, (potential[colBase + (col[e] ?? 0)] ?? 0) + (weight[e] ?? 0));
    }
    potential[s] = ps;
    heap.size = 0;
    finalized.length = 0;
    relax(s, 0, -1, 0, epoch);
    let end = -1;
    while (heap.size > 0) {
      const v = heap.pop();
      const d = heap.lastKey;
      if (done[v] === epoch || d > (dist[v] ?? 0)) continue;
      done[v] = epoch;
      finalized.push(v);
      const pv = potential[v] ?? 0;
      if (v < colBase) {
        const m = match[v] ?? NOT_YET;
        for (let e = start[v] ?? 0; e < (start[v + 1] ?? 0); e += 1) {
          const c = col[e] ?? 0;
          if (c === m) continue;
          const w = weight[e] ?? 0;
          const node = colBase + c;
          relax(node, d + Math.max(0, -w + pv - (potential[node] ?? 0)), v, w, epoch);
        }
        if (m !== UNASSIGNED) {
          const node = dummyBase + v;
          relax(node, d + Math.max(0, leaveOut + pv - (potential[node] ?? 0)), v, 0, epoch);
        }
      } else if (v < dummyBase) {
        const c = v - colBase;
        if ((load[c] ?? 0) < (capacity[c] ?? 0)) {
          end = v;
          break;
        }
        for (let k = slot[c] ?? 0; k < (slot[c] ?? 0) + (load[c] ?? 0); k += 1) {
          const r = members[k] ?? 0;
          relax(r, d + Math.max(0, (matchWeight[r] ?? 0) + pv - (potential[r] ?? 0)), v, 0, epoch);
        }
      } else {
        const r = v - dummyBase;
        if (match[r] !== UNASSIGNED) {
          end = v;
          break;
        }
        // An occupied unassigned column leads back to its row (never reached: only its row reaches it).
        relax(r, d + Math.max(0, -leaveOut + pv - (potential[r] ?? 0)), v, 0, epoch);
      }
    }
    if (end < 0) throw new Error('capacitatedMatching: no augmenting path (the unassigned column is always free)');
    const reach = dist[end] ?? 0;
    for (const v of finalized) potential[v] = (potential[v] ?? 0) + (dist[v] ?? 0) - reach;
    augment(end, s);
  }
  return match.map((m) => (m < 0 ? UNASSIGNED : m));

  /** Moves each row on the path to the next column, from `end` back to the new row `s`. */
  function augment(end: number, s: number): void {
    let target = end;
    for (;;) {
      const r = prev[target] ?? 0;
      const old = r === s ? -1 : (prev[r] ?? -1);
      if (target < dummyBase) {
        const c = target - colBase;
        members[(slot[c] ?? 0) + (load[c] ?? 0)] = r;
        load[c] = (load[c] ?? 0) + 1;
        match[r] = c;
        matchWeight[r] = prevWeight[target] ?? 0;
      } else {
        match[r] = UNASSIGNED;
        matchWeight[r] = 0;
      }
      if (r === s) return;
      if (old >= colBase && old < dummyBase) removeMember(old - colBase, r);
      target = old;
    }
  }

  function removeMember(c: number, r: number): void {
    const first = slot[c] ?? 0;
    const last = first + (load[c] ?? 0) - 1;
    for (let k = first; k <= last; k += 1) {
      if (members[k] === r) {
        members[k] = members[last] ?? 0;
        load[c] = (load[c] ?? 0) - 1;
        return;
      }
    }
  }
}
