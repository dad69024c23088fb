import { createHash } from 'node:crypto';

/** A variant of an experiment and its share of the members (weights need not sum to 1). */
export interface WeightedVariant {
  readonly id: string;
  readonly weight: number;
}

// 52 bits fit a double exactly, so every bucket of the unit interval is equally likely.
const HASH_HEX_DIGITS = 13;
const TWO_POW_52 = 2 ** 52;

/**
 * Picks a member's variant: the same (experiment, member) always gets the same variant, and
 * members spread over variants in proportion to their weights.
 *
 * The draw is the first 52 bits of sha256(`${experimentId}:${userId}`) as a number in [0, 1),
 * so two experiments assign a member independently of each other.
 *
 * @param experimentId - the experiment's stable id (changing it reshuffles every member)
 * @param userId - the member's id
 * @param variants - the variants in a stable order, weights finite and ≥ 0, at least one > 0
 * @returns the chosen variant's id
 * @throws RangeError when there is no variant, an id repeats or the weights are invalid
 */
export function assignVariant(experimentId: string, userId: string, variants: readonly WeightedVariant[]): string {
  const total = totalWeight(variants);
  const target = unitDraw(`${experimentId}:${userId}`) * total;
  let cumulative = 0;
  let last: string | undefined;
  for (const variant of variants) {
    if (variant.weight === 0) continue;
    cumulative += variant.weight;
    last = variant.id;
    if (target < cumulative) return variant.id;
  }
  // Rounding in the running sum can leave a draw just below `total` unmatched.
  if (last === undefined) throw new RangeError('no variant has a positive weight');
  return last;
}

function unitDraw(key: string): number {
  const hex = createHash('sha256').update(key).digest('hex').slice(0, HASH_HEX_DIGITS);
  return Number.parseInt(hex, 16) / TWO_POW_52;
}

function totalWeight(variants: readonly WeightedVariant[]): number {
  if (variants.length === 0) throw new RangeError('an experiment needs at least one variant');
  const seen = new Set<string>();
  let total = 0;
  for (const { id, weight } of variants) {
    if (seen.has(id)) throw new RangeError(`variant id "${id}" is declared twice`);
    seen.add(id);
    if (!Number.isFinite(weight) || weight < 0) {
      throw new RangeError(`variant "${id}" has weight ${weight}; weights must be finite and ≥ 0`);
    }
    total += weight;
  }
  if (total <= 0) throw new RangeError('no variant has a positive weight');
  return total;
}
