// The automod module's events: payload types (merged into core's EventPayloads, so handlers
// anywhere see them typed without importing this module) and one summary line each.
import { defineEvents } from '../../core/defineEvents.js';
import { excerpt, plural } from '../../core/summaryText.js';

/** How bad a broken rule is; decides which role is alerted (the escalation matrix). */
export type Severity = 'minor' | 'moderate' | 'serious' | 'severe';

/**
 * What kind of harm an automod rule is about. Categories listed in the moderation module's
 * `immediateActions` skip the escalation ladder. Stable forever: stored in data.
 */
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

/** A category of {@link AUTOMOD_CATEGORIES}. */
export type AutomodCategory = (typeof AUTOMOD_CATEGORIES)[number];

/** A message kept as evidence in a moderation case (a copy: the original may be deleted). */
export interface EvidenceMessage {
  messageId: string;
  channelId: string;
  authorId: string;
  content: string;
  /** Epoch ms. */
  postedAt: number;
}

/** What automod asks the moderation module to do (see `automod.rule_triggered`). */
export type AutomodAction =
  /** A strike on the escalation ladder (or the category's immediate action). */
  | { kind: 'strike' }
  /** A private warning, with the rule's own text when it has one. */
  | { kind: 'warn'; message: string | null }
  | { kind: 'timeout'; durationMs: number }
  | { kind: 'kick' }
  /** `durationMs` null: permanent. */
  | { kind: 'ban'; durationMs: number | null; deleteMessageSeconds: number }
  /** Lock the server down; lifted after `durationMs` without a new spike. */
  | { kind: 'lockdown'; durationMs: number }
  /** Ping the role the escalation matrix names for the rule's severity. */
  | { kind: 'alert' };

declare module '../../core/DomainEvent.js' {
  interface EventPayloads {
    /**
     * An automod rule saw a message or join break it. Automod has already done its own
     * effects (deleted the offending messages, set slowmode); `actions` are what it asks the
     * moderation module to do (sanctions on `userIds`, lockdown, alerting moderators). One
     * event per triggering event: when several rules match, the most severe leads and the
     * others are listed in `matchedRules`.
     */
    'automod.rule_triggered': {
      ruleId: string;
      ruleName: string;
      category: AutomodCategory;
      severity: Severity;
      /** What fired, for people: `same message in 3 channels within 60 s`. */
      reason: string;
      /** Every rule that matched, the leading one first. */
      matchedRules: { ruleId: string; ruleName: string; reason: string }[];
      /** Members the sanctions apply to: the author, or the members who joined in a raid. */
      userIds: string[];
      channelId: string | null;
      /** Copies of the messages that broke the rule (kept in the case: they are deleted). */
      evidence: EvidenceMessage[];
      deletedMessageIds: string[];
      actions: AutomodAction[];
      /** The message or join event that triggered the rule. */
      sourceEventId: string;
    };
  }
}

/** The automod module's events. */
export const automodEvents = defineEvents('automod', {
  'automod.rule_triggered': {
    summary: (p, n) =>
      `Automod: ${p.ruleName} (${excerpt(p.reason)}) by ${p.userIds.length === 1 ? n.user(p.userIds[0] ?? null) : plural(p.userIds.length, 'member')}`,
  },
});
