import type { NativeAutomodTrigger } from '../../../platform/Platform.js';
import type { AutomodConfig } from '../AutomodConfig.js';
import { activeRules } from '../rules/compileRules.js';
import type { RuleConfig } from '../rules/RuleConfig.js';

/** Every native rule Guildhall owns is named with this prefix; the others are the community's. */
export const NATIVE_RULE_PREFIX = 'Guildhall: ';

/** Discord's longest keyword, and most keywords per rule. */
const KEYWORD_LENGTH = 60;
const KEYWORDS = 1000;
const MENTION_LIMIT = 50;
/** Longest rule name Guildhall writes. */
const NAME_LENGTH = 100;

/** One native rule Guildhall keeps, and the automod rule it stands for. */
export interface NativeRuleSource {
  /** The native rule's name: `Guildhall: <rule name> (<rule id>)`. */
  name: string;
  trigger: NativeAutomodTrigger;
  /** The automod rule whose effects a block runs (a built-in one for the keyword presets). */
  rule: RuleConfig;
}

/** The pseudo-rule behind `keywordPresets`: a moderate strike with an alert. */
export const PRESET_RULE: RuleConfig = {
  id: 'native-keyword-presets',
  name: 'Discord keyword presets',
  description: "Discord's own word lists (automod.native.keywordPresets).",
  enabled: true,
  category: 'other',
  severity: 'moderate',
  triggers: [],
  conditions: [],
  effects: [
    { type: 'strike', settings: {} },
    { type: 'alert', settings: {} },
  ],
  cooldown: 60_000,
};

/**
 * The native rule name for an automod rule, at most 100 characters.
 * @param rule - id and name
 */
export function nativeRuleName(rule: Pick<RuleConfig, 'id' | 'name'>): string {
  const suffix = ` (${rule.id})`;
  const room = NAME_LENGTH - NATIVE_RULE_PREFIX.length - suffix.length;
  const name = rule.name.length > room ? `${rule.name.slice(0, room - 1)}…` : rule.name;
  return `${NATIVE_RULE_PREFIX}${name}${suffix}`;
}

/**
 * The native rules the configuration asks for, from the rules in force: a keyword rule per
 * word-filter rule, one mention-spam rule, one preset rule. Only rules that delete what they
 * catch and have no conditions qualify (Discord can only block, for everyone but exempt
 * roles and channels). A word Discord cannot hold (over 60 characters) is left to Guildhall.
 * @param config - the parsed `automod:` section
 * @returns the sources, and notes on what was left out
 */
export function nativeRuleSources(config: AutomodConfig): { sources: NativeRuleSource[]; notes: string[] } {
  const { native } = config;
  const sources: NativeRuleSource[] = [];
  const notes: string[] = [];
  const qualifying = activeRules(config).filter((rule) => {
    const fits = rule.conditions.length === 0 && rule.effects.some((e) => e.type === 'delete_message');
    const relevant = rule.triggers.some((t) => t.type === 'word_filter' || t.type === 'mention_spam');
    if (relevant && !fits) notes.push(`rule ${rule.id} has conditions or does not delete: Guildhall enforces it alone`);
    return fits;
  });
  if (native.wordFilter) {
    for (const rule of qualifying) {
      const written = rule.triggers.filter((t) => t.type === 'word_filter').flatMap((t) => words(t.settings));
      if (written.length === 0) continue;
      const keywords = keywordList(written, rule.id, notes);
      if (keywords.length > 0) {
        sources.push({ name: nativeRuleName(rule), rule, trigger: keywordTrigger(keywords) });
      }
    }
  }
  if (native.mentionSpam) {
    for (const rule of qualifying) {
      const trigger = rule.triggers.find((t) => t.type === 'mention_spam');
      if (trigger === undefined) continue;
      const limit = Number(trigger.settings.maxMentions);
      if (limit > MENTION_LIMIT) {
        notes.push(`rule ${rule.id}: Discord allows a mention limit up to ${MENTION_LIMIT}, not ${limit}`);
        continue;
      }
      sources.push({
        name: nativeRuleName(rule),
        rule,
        trigger: { type: 'mention_spam', mentionTotalLimit: limit, raidProtection: false },
      });
      break;
    }
  }
  if (native.keywordPresets.length > 0) {
    sources.push({
      name: nativeRuleName(PRESET_RULE),
      rule: PRESET_RULE,
      trigger: { type: 'keyword_preset', presets: [...new Set(native.keywordPresets)], allowList: [] },
    });
  }
  return { sources, notes };
}

function keywordTrigger(keywords: string[]): NativeAutomodTrigger {
  return { type: 'keyword', keywords, regexPatterns: [], allowList: [] };
}

function words(settings: Record<string, unknown>): string[] {
  const list = settings.words;
  return Array.isArray(list) ? list.filter((w): w is string => typeof w === 'string') : [];
}

/**
 * Guildhall's entries in Discord's syntax: the same `*` at either end (a word starting or
 * ending with it), plain entries as whole words; duplicates and over-long entries left out.
 */
function keywordList(written: readonly string[], ruleId: string, notes: string[]): string[] {
  const seen = new Set<string>();
  const keywords: string[] = [];
  for (const entry of written) {
    const trimmed = entry.trim();
    const core = trimmed.replaceAll('*', '').trim();
    const keyword = `${trimmed.startsWith('*') ? '*' : ''}${core}${trimmed.endsWith('*') ? '*' : ''}`;
    if (core === '' || seen.has(keyword.toLowerCase())) continue;
    if (keyword.length > KEYWORD_LENGTH) {
      notes.push(
        `rule ${ruleId}: "${core.slice(0, 40)}…" is over ${KEYWORD_LENGTH} characters: Guildhall checks it alone`,
      );
      continue;
    }
    seen.add(keyword.toLowerCase());
    keywords.push(keyword);
  }
  if (keywords.length > KEYWORDS) {
    notes.push(
      `rule ${ruleId}: Discord holds ${KEYWORDS} keywords; the other ${keywords.length - KEYWORDS} stay Guildhall's`,
    );
  }
  return keywords.slice(0, KEYWORDS);
}
