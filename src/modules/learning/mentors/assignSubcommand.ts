import type { LearningSubcommand } from '../commands/LearningSubcommand.js';
import { isLearningStaff } from '../roles/isLearningStaff.js';
import { percent } from './checkPair.js';
import { runAssignment, type AssignmentResult } from './runAssignment.js';

/**
 * `/mentor assign [preview]` (learning staff): the optimal assignment of every waiting mentee,
 * made or previewed, answered with a summary: pairs, unassigned mentees and why, the total and
 * mean compatibility.
 */
export const assignSubcommand: LearningSubcommand = async (interaction, ctx) => {
  const { guildId } = interaction;
  const { userId, options, interactionId } = interaction.payload;
  if (!(await isLearningStaff(ctx, guildId, interaction.payload))) {
    return { content: 'Only learning staff can assign mentors.', ephemeral: true };
  }
  const preview = options.preview === true;
  const result = await runAssignment(ctx, guildId, { preview, by: userId, key: interactionId });
  return { content: assignmentSummary(result, preview), ephemeral: true };
};

/**
 * An assignment as staff read it: the pairs best first, then the unassigned with their reasons.
 * @param result - what the run did
 * @param preview - only shown, nothing made
 */
export function assignmentSummary(result: AssignmentResult, preview: boolean): string {
  const mean = result.pairs.length === 0 ? 0 : result.total / result.pairs.length;
  const head = `${preview ? 'Preview (nothing made)' : 'Assigned'}: ${result.pairs.length} of ${result.mentees} waiting mentees matched with ${result.mentors} available mentors; total compatibility ${result.total.toFixed(2)}, mean ${percent(mean)}.`;
  const pairs = [...result.pairs]
    .sort((a, b) => b.compatibility - a.compatibility || a.menteeId.localeCompare(b.menteeId))
    .map((p) => `• <@${p.menteeId}> → <@${p.mentorId}> (${percent(p.compatibility)})`);
  const unassigned = result.unassigned.map((u) => `• <@${u.menteeId}> unassigned: ${u.reason}`);
  const lines = [head, ...pairs, ...unassigned];
  // Discord's 2000 characters: the head always fits; long lists are cut with a count.
  const kept: string[] = [];
  let length = 0;
  for (const line of lines) {
    if (length + line.length + 1 > 1900) {
      kept.push(`… and ${lines.length - kept.length} more.`);
      break;
    }
    kept.push(line);
    length += line.length + 1;
  }
  return kept.join('\n');
}
