// Automod's vocabulary as moderation sees it: the types come from the globally merged
// `automod.rule_triggered` payload (moderation never imports the automod module); the
// runtime lists moderation needs are its own, checked at compile time against those types.
import type { EventPayloads } from '../../core/DomainEvent.js';

type RuleTriggered = EventPayloads['automod.rule_triggered'];

/** What kind of harm an automod rule is about (`spam`, `phishing`, …). */
export type AutomodCategory = RuleTriggered['category'];
/** How bad a broken rule is; decides which role an alert pings. */
export type Severity = RuleTriggered['severity'];
/** A copy of a message kept as evidence in a case. */
export type EvidenceMessage = RuleTriggered['evidence'][number];
/** What automod asks moderation to do. */
export type AutomodAction = RuleTriggered['actions'][number];

/** Every automod category, as stored in `moderation_cases.category`. */
export const AUTOMOD_CATEGORIES = [
  'spam',
  'links',
  'phishing',
  'hate_speech',
  'harassment',
  'doxxing',
  'nsfw',
  'raid',
  'other',
] as const;

/** Every severity, mildest first, as stored in `moderation_cases.severity`. */
export const SEVERITIES = ['minor', 'moderate', 'serious', 'severe'] as const;

/** `true` when A and B are the same type, else `false`. */
export type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
/** Compiles only with `true`. */
export type Assert<T extends true> = T;

/**
 * Fails to compile when moderation's lists and automod's event drift apart (a category or
 * severity added on one side only).
 */
export type VocabularyMatchesAutomod = [
  Assert<Same<(typeof AUTOMOD_CATEGORIES)[number], AutomodCategory>>,
  Assert<Same<(typeof SEVERITIES)[number], Severity>>,
];

/**
 * True when a stored text is an automod category.
 * @param value - e.g. the `category` column
 */
export function isAutomodCategory(value: string): value is AutomodCategory {
  return (AUTOMOD_CATEGORIES as readonly string[]).includes(value);
}

/**
 * True when a stored text is a severity.
 * @param value - e.g. the `severity` column
 */
export function isSeverity(value: string): value is Severity {
  return (SEVERITIES as readonly string[]).includes(value);
}
