import type { NativeAutomodRuleSnapshot } from '../../../platform/Platform.js';
import type { RuntimeDeps } from '../AutomodRuntime.js';
import { BoundedMap } from '../memory/BoundedMap.js';
import { NATIVE_RULE_PREFIX } from './nativeRuleSources.js';

/** Rule ids remembered as seen (a guild has a handful of rules; the rest would be noise). */
const MAX_SEEN = 1_000;

/**
 * The native AutoMod rules Guildhall owns, by id, as the last sync (or listing) left them, so
 * an execution is matched to its rule without a request. A rule id never seen makes it list
 * the guild's rules once more (a rule made by another process, or before this one synced).
 * Part of the module's state (`ctx.state.nativeRules`).
 */
export class NativeRuleIndex {
  readonly #owned = new Map<string, NativeAutomodRuleSnapshot>();
  readonly #seen = new BoundedMap<string, true>(MAX_SEEN);

  /**
   * Replaces what is known with the guild's rules as just listed or written.
   * @param rules - every rule of the guild (the community's too)
   */
  remember(rules: readonly NativeAutomodRuleSnapshot[]): void {
    this.#owned.clear();
    for (const rule of rules) {
      this.#seen.set(rule.id, true);
      if (rule.name.startsWith(NATIVE_RULE_PREFIX)) this.#owned.set(rule.id, rule);
    }
  }

  /**
   * Guildhall's rule with this id, or null for a rule of the community's own.
   * @param deps - platform and log (to list the rules on an unknown id)
   * @param guildId - the guild
   * @param ruleId - the native rule id
   */
  async find(deps: RuntimeDeps, guildId: string, ruleId: string): Promise<NativeAutomodRuleSnapshot | null> {
    const known = this.#owned.get(ruleId);
    if (known !== undefined) return known;
    if (this.#seen.get(ruleId) === true) return null;
    try {
      this.remember(await deps.platform.listAutoModerationRules(guildId));
    } catch (error) {
      deps.log.warn({ err: error, ruleId }, 'automod: cannot list native AutoMod rules to match an execution');
      return null;
    }
    this.#seen.set(ruleId, true);
    return this.#owned.get(ruleId) ?? null;
  }
}
