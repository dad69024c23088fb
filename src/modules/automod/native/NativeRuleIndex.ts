import type { ModuleContext } from '../../../core/defineModule.js';
import type { NativeAutomodRuleSnapshot } from '../../../platform/Platform.js';
import type { AutomodConfig } from '../AutomodConfig.js';
import { NATIVE_RULE_PREFIX } from './nativeRuleSources.js';

/**
 * The native AutoMod rules Guildhall owns, by id, as the last sync (or listing) left them, so
 * an execution is matched to its rule without a request. A rule id never seen makes it list
 * the guild's rules once more (a rule made by another process, or before this one synced).
 */
export class NativeRuleIndex {
  readonly #owned = new Map<string, NativeAutomodRuleSnapshot>();
  readonly #seen = new Set<string>();

  /**
   * Replaces what is known with the guild's rules as just listed or written.
   * @param rules - every rule of the guild (the community's too)
   */
  remember(rules: readonly NativeAutomodRuleSnapshot[]): void {
    this.#owned.clear();
    for (const rule of rules) {
      this.#seen.add(rule.id);
      if (rule.name.startsWith(NATIVE_RULE_PREFIX)) this.#owned.set(rule.id, rule);
    }
  }

  /**
   * Guildhall's rule with this id, or null for a rule of the community's own.
   * @param ctx - module context (to list the rules on an unknown id)
   * @param guildId - the guild
   * @param ruleId - the native rule id
   */
  async find(
    ctx: ModuleContext<AutomodConfig>,
    guildId: string,
    ruleId: string,
  ): Promise<NativeAutomodRuleSnapshot | null> {
    const known = this.#owned.get(ruleId);
    if (known !== undefined) return known;
    if (this.#seen.has(ruleId)) return null;
    try {
      this.remember(await ctx.platform.listAutoModerationRules(guildId));
    } catch (error) {
      ctx.log.warn({ err: error, ruleId }, 'automod: cannot list native AutoMod rules to match an execution');
      return null;
    }
    this.#seen.add(ruleId);
    return this.#owned.get(ruleId) ?? null;
  }
}

const indexes = new WeakMap<object, NativeRuleIndex>();

/**
 * The index of an engine's automod (one per module context).
 * @param ctx - module context
 */
export function nativeRuleIndex(ctx: ModuleContext<AutomodConfig>): NativeRuleIndex {
  let index = indexes.get(ctx);
  if (index === undefined) {
    index = new NativeRuleIndex();
    indexes.set(ctx, index);
  }
  return index;
}
