import type { ModuleBase, ModuleContext } from '../../core/defineModule.js';
import type { AutomodConfig } from './AutomodConfig.js';
import { AutomodRuntime } from './AutomodRuntime.js';
import { NativeRuleIndex } from './native/NativeRuleIndex.js';

/** What automod keeps in memory for one engine (`ctx.state`), made by {@link automodState}. */
export interface AutomodState {
  /** Compiled rules, per-guild memory (recent messages, joins, incidents), phishing list, invite codes. */
  runtime: AutomodRuntime;
  /** Guildhall's native AutoMod rules as the last sync left them. */
  nativeRules: NativeRuleIndex;
}

/** What the automod module's handlers, jobs and privacy get. */
export type AutomodContext = ModuleContext<AutomodConfig, AutomodState, 'automod'>;

/**
 * Builds automod's state from its configuration (the module's `setup`).
 * @param base - the module's context before state
 */
export function automodState(base: Pick<ModuleBase<AutomodConfig>, 'config'>): AutomodState {
  return { runtime: new AutomodRuntime(base.config), nativeRules: new NativeRuleIndex() };
}
