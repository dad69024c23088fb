import type { RecognitionConfig } from '../RecognitionConfig.js';
import type { SeasonSettings } from '../leaderboards/periods.js';
import { POINT_PRESETS, type CategoryRule, type PointsTable } from './pointPresets.js';

/** The rules in force: the preset with the file's overrides applied. */
export interface EffectiveRules {
  points: PointsTable;
  /** Leaderboard categories by id (`points` is always there besides these). */
  categories: Record<string, CategoryRule>;
  seasons: SeasonSettings;
}

/**
 * Resolves the points table and categories: the preset's, overridden key by key by
 * `recognition.points`, and `recognition.leaderboards.categories` when set.
 * @param config - the parsed `recognition:` section
 */
export function effectiveRules(config: RecognitionConfig): EffectiveRules {
  const cached = cache.get(config);
  if (cached !== undefined) return cached;
  const preset = POINT_PRESETS[config.preset];
  const points: PointsTable = { ...preset.points };
  for (const [kind, value] of Object.entries(config.points) as [keyof PointsTable, number | undefined][]) {
    if (value !== undefined) points[kind] = value;
  }
  const rules: EffectiveRules = {
    points,
    categories: config.leaderboards.categories ?? preset.categories,
    seasons: config.leaderboards,
  };
  cache.set(config, rules);
  return rules;
}

const cache = new WeakMap<RecognitionConfig, EffectiveRules>();
