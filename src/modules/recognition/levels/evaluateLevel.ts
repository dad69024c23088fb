import { conditionsMet, type MetricValues } from '../config/conditionsMet.js';
import type { LevelRule } from '../config/RewardRules.js';

/**
 * The level a member should hold, with a low-water mark so members don't flap: a member
 * rises to the highest level whose conditions fully hold, and keeps a level they hold until
 * they fall below `keepPercent` of its requirements; they then drop to the highest level
 * they still hold at that percent.
 * @param levels - levels from lowest to highest
 * @param values - the member's metrics (tenure included)
 * @param held - the level the member holds now (null: none)
 * @param keepPercent - the low-water mark, in percent (90 by default)
 * @returns the level's name, or null for none
 */
export function evaluateLevel(
  levels: readonly LevelRule[],
  values: MetricValues,
  held: string | null,
  keepPercent: number,
): string | null {
  let earned = -1;
  levels.forEach((level, index) => {
    if (conditionsMet(level.conditions, level.match, values)) earned = index;
  });
  const heldIndex = held === null ? -1 : levels.findIndex((level) => level.name === held);
  if (earned >= heldIndex) return levels[earned]?.name ?? null;
  const keep = (index: number): boolean => {
    const level = levels[index];
    return level !== undefined && conditionsMet(level.conditions, level.match, values, keepPercent / 100);
  };
  for (let index = heldIndex; index > earned; index -= 1) {
    if (keep(index)) return levels[index]?.name ?? null;
  }
  return levels[earned]?.name ?? null;
}
