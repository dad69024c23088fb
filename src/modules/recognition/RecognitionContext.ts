import type { ModuleBase, ModuleContext } from '../../core/defineModule.js';
import { effectiveRules, type EffectiveRules } from './config/effectiveRules.js';
import type { RecognitionConfig } from './RecognitionConfig.js';
import { thanksPattern } from './thanks/thanksPattern.js';

/**
 * What recognition keeps in memory, once per engine: what its configuration resolves to.
 * Both are fixed for the engine's life (the configuration does not change under it), so
 * they are computed once here rather than cached at module level.
 */
export interface RecognitionState {
  /** The points table, categories and seasons in force (preset plus overrides). */
  rules: EffectiveRules;
  /** Matches the configured thanks words as whole words. */
  thanksPattern: RegExp;
}

/** What the recognition module's handlers, commands and jobs get. */
export type RecognitionContext = ModuleContext<RecognitionConfig, RecognitionState, 'recognition'>;

/**
 * Builds recognition's state from its configuration (the module's `setup`).
 * @param base - the module's base context (its parsed configuration)
 */
export function recognitionState(base: ModuleBase<RecognitionConfig, 'recognition'>): RecognitionState {
  return { rules: effectiveRules(base.config), thanksPattern: thanksPattern(base.config.thanks.words) };
}
