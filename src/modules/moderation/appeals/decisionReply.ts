import type { Decision } from './decideAppeal.js';

/**
 * What the reviewer is told once an appeal is decided (or why it was not).
 * @param decided - the outcome of `decideAppeal`
 */
export function decisionReply(decided: Decision): string {
  if (!decided.ok) return decided.reason;
  const undone = decided.undone === null ? '' : ` (${decided.undone})`;
  const told = decided.told
    ? 'The member was told.'
    : 'Discord could not deliver the decision by DM (the member shares no server with the bot or has DMs closed): the Appeal button on their notice shows it.';
  return `Appeal #${decided.appeal.id}: case #${decided.appeal.caseId} ${decided.appeal.status}${undone}. ${told}`;
}
