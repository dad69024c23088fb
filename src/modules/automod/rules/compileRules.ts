import { conditionParts } from '../conditions/conditionParts.js';
import { effectParts } from '../effects/effectParts.js';
import type { AutomodConfig } from '../AutomodConfig.js';
import type { PartConfig } from '../parts/Part.js';
import type { JoinDetector, MessageDetector } from '../parts/TriggerPart.js';
import { triggerParts } from '../triggers/triggerParts.js';
import type { CompiledRule } from './CompiledRule.js';
import { DEFAULT_RULES } from './defaultRules.js';
import { RuleConfig } from './RuleConfig.js';

/** Triggers that judge content as spam: what their rules catch is kept for learning from moderators. */
const SPAM_TRIGGERS = new Set(['self_promotion', 'spam_classifier']);

// Parsed once: the built-in rules go through the same schema as the file's.
const builtIn: readonly RuleConfig[] = DEFAULT_RULES.map((rule) => RuleConfig.parse(rule));

/**
 * The rules in force: the built-in rules switched on in `builtInRules`, each replaced by a
 * rule of the same id in `rules`, then the other rules of `rules`, disabled ones left out.
 * @param config - the parsed `automod:` section
 */
export function activeRules(config: AutomodConfig): RuleConfig[] {
  const own = new Map(config.rules.map((rule) => [rule.id, rule]));
  const switches: Readonly<Record<string, boolean | undefined>> = config.builtInRules;
  const rules: RuleConfig[] = [];
  for (const rule of builtIn) {
    const replacement = own.get(rule.id);
    if (replacement !== undefined) {
      rules.push(replacement);
      own.delete(rule.id);
    } else if (switches[rule.id] ?? rule.enabled) {
      rules.push({ ...rule, enabled: true });
    }
  }
  rules.push(...own.values());
  return rules.filter((rule) => rule.enabled);
}

/**
 * Compiles the rules in force (see {@link activeRules}).
 * @param config - the parsed `automod:` section
 */
export function compileRules(config: AutomodConfig): CompiledRule[] {
  return activeRules(config).map(compileRule);
}

/**
 * Compiles one rule: each part's settings are turned into its detector, check or effect.
 * @param rule - a parsed rule
 */
export function compileRule(rule: RuleConfig): CompiledRule {
  const messageTriggers: MessageDetector[] = [];
  const joinTriggers: JoinDetector[] = [];
  for (const config of rule.triggers) {
    const part = find(triggerParts, config, rule.id);
    if (part.on === 'message') messageTriggers.push(part.compile(config.settings));
    else joinTriggers.push(part.compile(config.settings));
  }
  return {
    id: rule.id,
    name: rule.name,
    category: rule.category,
    severity: rule.severity,
    cooldownMs: rule.cooldown,
    messageTriggers,
    joinTriggers,
    conditions: rule.conditions.map((c) => find(conditionParts, c, rule.id).compile(c.settings)),
    effects: rule.effects.map((e) => find(effectParts, e, rule.id).compile(e.settings)),
    learnsSpam: rule.triggers.some((t) => SPAM_TRIGGERS.has(t.type)),
  };
}

function find<P extends { id: string }>(parts: readonly P[], config: PartConfig, ruleId: string): P {
  const part = parts.find((p) => p.id === config.type);
  // The config schema only admits known part ids, so this is a programming error.
  if (part === undefined) throw new Error(`automod rule ${ruleId}: unknown part "${config.type}"`);
  return part;
}
