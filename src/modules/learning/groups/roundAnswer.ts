import { truncateText } from '../../../platform/fitMessage.js';
import type { InteractionReply } from '../../../platform/Platform.js';
import { MESSAGE_CONTENT_LIMIT } from '../../../platform/Platform.js';
import { GROUP_TYPE_LABELS } from '../config/LearningTypes.js';
import type { RoundResult } from './formRound.js';
import { roundCustomId } from './roundCustomId.js';

const percent = (value: number): string => `${Math.round(value * 100)}%`;

function summary(result: RoundResult, preview: boolean): string {
  const quality = result.exact
    ? 'exact: no better grouping exists'
    : `within ${result.gapPct.toFixed(1)}% of the best possible`;
  return `**${preview ? 'Preview of round' : 'Round'} ${result.number} · ${GROUP_TYPE_LABELS[result.type]}**: ${result.learners} learners, ${result.groups.length} groups, ${result.unplaced.length} not placed (gap ${result.gapPct.toFixed(1)}%, ${quality}).`;
}

function lines(result: RoundResult): string[] {
  const groups = result.groups.map(
    (g, i) =>
      `${g.number === null ? `Group ${i + 1}` : `Study group ${g.number}`} (${percent(g.compatibility)}): ${g.memberIds.map((id) => `<@${id}>`).join(' ')}`,
  );
  const unplaced = result.unplaced.map((u) => `Not placed: <@${u.userId}> — ${u.reason}`);
  return [...groups, ...unplaced];
}

/**
 * The ephemeral answer to a preview: the proposed groups with their compatibility, the gap,
 * who is not placed and why, and the "Form these groups" button.
 * @param result - the preview round
 */
export function previewAnswer(result: RoundResult): InteractionReply {
  const content = [summary(result, true), ...lines(result)].join('\n');
  return {
    content: truncateText(content, MESSAGE_CONTENT_LIMIT),
    ephemeral: true,
    components:
      result.groups.length === 0
        ? []
        : [
            {
              components: [
                {
                  kind: 'button',
                  customId: roundCustomId(result.roundId),
                  label: 'Form these groups',
                  style: 'success',
                },
              ],
            },
          ],
  };
}

/**
 * The ephemeral answer once groups are formed.
 * @param result - the formed round
 * @param note - a line before the groups (e.g. that profiles changed since the preview)
 */
export function formedAnswer(result: RoundResult, note: string | null = null): InteractionReply {
  const head = note === null ? [summary(result, false)] : [note, summary(result, false)];
  return { content: truncateText([...head, ...lines(result)].join('\n'), MESSAGE_CONTENT_LIMIT), ephemeral: true };
}
