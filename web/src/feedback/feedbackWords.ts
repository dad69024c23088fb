import type { ItemSummary, SettableStatus } from './feedbackApi.js';

/** The statuses staff can set, in lifecycle order (the board's columns). */
export const SETTABLE: readonly SettableStatus[] = ['new', 'triaged', 'planned', 'in_progress', 'done', 'declined'];

/** How each status reads. */
export const STATUS_LABELS: Record<ItemSummary['status'], string> = {
  new: 'New',
  triaged: 'Triaged',
  planned: 'Planned',
  in_progress: 'In progress',
  done: 'Done',
  declined: 'Declined',
  merged: 'Merged',
};

/** How each type reads, short (cards are narrow). */
export const TYPE_LABELS: Record<ItemSummary['type'], string> = {
  bug: 'Bug',
  feature: 'Feature',
  general: 'General',
  suggestion: 'Suggestion',
};

/**
 * Net votes with their sign: `+3`, `0`, `−2`.
 * @param votes - up − down
 */
export function signedVotes(votes: number): string {
  if (votes > 0) return `+${votes}`;
  if (votes < 0) return `−${-votes}`;
  return '0';
}

/**
 * A share as a whole percentage, `–` when there is none.
 * @param share - 0 … 1, or null
 */
export function percentOf(share: number | null): string {
  return share === null ? '–' : `${Math.round(share * 100)}%`;
}
