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
 * `recognition.points`, and `recognition.leaderboards.categories` when set. Computed once
 * per engine (`ctx.state.rules`) or per reader (the dashboard's read model).
 * @param config - the parsed `recognition:` section
 */
export function effectiveRules(config: RecognitionConfig): EffectiveRules {
  const preset = POINT_PRESETS[config.preset];
  const points: PointsTable = { ...preset.points };
  for (const [kind, value] of Object.entries(config.points) as [keyof PointsTable, number | undefined][]) {
    if (value !== undefined) points[kind] = value;
  }
  const { seasonLength, seasonStart } = config.leaderboards;
  return {
    points,
    categories: config.leaderboards.categories ?? preset.categories,
    seasons: { seasonLength, seasonStart },
  };
}
