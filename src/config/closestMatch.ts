/**
 * The candidate a mistyped word most likely meant, or undefined when none is close.
 * Close means a few edits away (transpositions count as one) or equal ignoring case.
 * @param word - what the user wrote
 * @param candidates - the words that are allowed
 */
export function closestMatch(word: string, candidates: readonly string[]): string | undefined {
  const lower = word.toLowerCase();
  const allowed = Math.max(1, Math.floor(word.length / 3));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    // The distance is at least the difference in length: a candidate that far off cannot be
    // the answer, and skipping it keeps a very long key from costing length × length.
    if (Math.abs(candidate.length - word.length) > allowed) continue;
    const bound = Math.min(allowed, bestDistance);
    const lowerCandidate = candidate.toLowerCase();
    if (bagDistance(lower, lowerCandidate) > bound) continue;
    const distance = editDistance(lower, lowerCandidate, bound);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best !== undefined && bestDistance <= allowed && best !== word ? best : undefined;
}

/** Per UTF-16 code unit: how many more times it occurs in one word than in the other (zero between calls). */
let surplus: Int32Array | undefined;

/**
 * A lower bound of the edit distance, in time linear in the lengths: each edit adds or removes
 * at most one character of each kind (a swap none), so the distance is at least the larger of
 * the characters one word has and the other lacks.
 */
function bagDistance(a: string, b: string): number {
  const counts = (surplus ??= new Int32Array(0x10000));
  for (let i = 0; i < a.length; i++) {
    const code = a.charCodeAt(i);
    counts[code] = (counts[code] ?? 0) + 1;
  }
  for (let i = 0; i < b.length; i++) {
    const code = b.charCodeAt(i);
    counts[code] = (counts[code] ?? 0) - 1;
  }
  let extra = 0;
  let missing = 0;
  for (let i = 0; i < a.length; i++) {
    const code = a.charCodeAt(i);
    const count = counts[code] ?? 0;
    if (count > 0) extra += count;
    counts[code] = 0;
  }
  for (let i = 0; i < b.length; i++) {
    const code = b.charCodeAt(i);
    const count = counts[code] ?? 0;
    if (count < 0) missing -= count;
    counts[code] = 0;
  }
  return Math.max(extra, missing);
}

/**
 * Optimal string alignment distance (insertions, deletions, substitutions, adjacent swaps),
 * computed row by row on three reused rows; stops early with a value above `bound` once no
 * cell of two rows in a row is within it (every later cell is then above it too).
 */
function editDistance(a: string, b: string, bound: number): number {
  const width = b.length + 1;
  let before = new Int32Array(width);
  let previous = new Int32Array(width);
  let row = new Int32Array(width);
  for (let j = 0; j < width; j++) previous[j] = j;
  let previousMin = 0;
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let rowMin = i;
    for (let j = 1; j < width; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((previous[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, (before[j - 2] ?? 0) + 1);
      }
      row[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > bound && previousMin > bound) return bound + 1;
    previousMin = rowMin;
    [before, previous, row] = [previous, row, before];
  }
  return previous[b.length] ?? 0;
}
