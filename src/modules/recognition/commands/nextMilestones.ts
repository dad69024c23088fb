import { missingConditions, type MetricValues } from '../config/conditionsMet.js';
import type { RecognitionConfig } from '../RecognitionConfig.js';

/**
 * What a member reaches next: the next badge by points, and the next level with what it
 * still needs (`Helper badge at 250 points (238 to go)`, `Active Member: messages 12/50`).
 * @param config - the `recognition:` section
 * @param values - the member's metrics, tenure included
 * @param level - the level the member holds (null: none)
 */
export function nextMilestones(config: RecognitionConfig, values: MetricValues, level: string | null): string[] {
  const points = values.points ?? 0;
  const milestones: string[] = [];
  const badge = [...config.badges].sort((a, b) => a.points - b.points).find((b) => b.points > points);
  if (badge !== undefined)
    milestones.push(`${badge.name} badge at ${badge.points} points (${badge.points - points} to go)`);
  const index = config.levels.findIndex((l) => l.name === level);
  const next = config.levels[index + 1];
  if (next !== undefined) {
    const missing = missingConditions(next.conditions, values);
    if (missing.length > 0) {
      const joiner = next.match === 'all' ? ', ' : ' or ';
      milestones.push(`level ${next.name}: ${missing.join(joiner)}`);
    }
  }
  return milestones;
}
