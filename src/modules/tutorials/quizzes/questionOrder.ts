/**
 * The order an attempt asks a quiz's questions in: as declared, or shuffled by a generator
 * seeded with the attempt id (the same attempt always gets the same order).
 * @param count - how many questions
 * @param shuffle - whether to shuffle
 * @param seed - the attempt id
 */
export function questionOrder(count: number, shuffle: boolean, seed: string): number[] {
  const order = Array.from({ length: count }, (_unused, i) => i);
  if (!shuffle) return order;
  // FNV-1a of the seed, then mulberry32: small, deterministic, good enough to mix a quiz.
  let state = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) state = Math.imul(state ^ seed.charCodeAt(i), 0x01000193);
  const next = (): number => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    const a = order[i] ?? i;
    order[i] = order[j] ?? j;
    order[j] = a;
  }
  return order;
}
