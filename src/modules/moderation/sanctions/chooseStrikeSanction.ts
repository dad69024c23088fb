import type { AutomodCategory } from '../automodVocabulary.js';
import { isImmediateCategory, type ModerationConfig } from '../ModerationConfig.js';
import type { Sanction } from './Sanction.js';
import { sanctionFromConfig } from './sanctionFromConfig.js';

/** What a new strike does. */
export interface StrikeSanction {
  sanction: Sanction;
  /** Post a public warning too. */
  public: boolean;
  /** 1-based ladder step, or null for an immediate action. */
  ladderStep: number | null;
}

/**
 * Decides what a new strike does: the category's immediate action when it has one
 * (phishing, hate speech, doxxing, raid), else the ladder step for the member's strike count
 * (strikes past the end of the ladder repeat its last step).
 * @param config - the moderation settings
 * @param activeBefore - strikes that still count, not including this one
 * @param category - the automod rule's category, or null for a moderator's /warn
 */
export function chooseStrikeSanction(
  config: ModerationConfig,
  activeBefore: number,
  category: AutomodCategory | null,
): StrikeSanction {
  const immediate = category !== null && isImmediateCategory(category) ? config.immediateActions[category] : null;
  if (immediate !== null) {
    return { sanction: sanctionFromConfig(immediate), public: immediate.public, ladderStep: null };
  }
  const index = Math.min(activeBefore, config.ladder.length - 1);
  const step = config.ladder[index] ?? config.ladder[config.ladder.length - 1];
  if (step === undefined) return { sanction: { action: 'warn' }, public: false, ladderStep: 1 };
  return { sanction: sanctionFromConfig(step), public: step.public, ladderStep: index + 1 };
}
