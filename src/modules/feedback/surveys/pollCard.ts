import type { ActionRow, OutgoingMessage } from '../../../platform/Platform.js';
import { FEEDBACK_CUSTOM_IDS, feedbackCustomId } from '../cards/feedbackCustomIds.js';

/** Discord's most buttons in one action row. */
const BUTTONS_PER_ROW = 5;

/** A poll as the feedback module shows it. */
export interface PollView {
  id: string;
  question: string;
  answers: readonly string[];
  closesAt: number;
  multiselect: boolean;
}

/**
 * The poll as a message with a button per answer (platforms without native polls).
 * @param poll - the poll
 */
export function buttonPollMessage(poll: PollView): OutgoingMessage {
  const rows: ActionRow[] = [];
  poll.answers.forEach((answer, index) => {
    if (index % BUTTONS_PER_ROW === 0) rows.push({ components: [] });
    rows[rows.length - 1]?.components.push({
      kind: 'button',
      customId: poll.multiselect
        ? feedbackCustomId(FEEDBACK_CUSTOM_IDS.poll, poll.id, index, 'm')
        : feedbackCustomId(FEEDBACK_CUSTOM_IDS.poll, poll.id, index),
      label: answer,
      style: 'secondary',
    });
  });
  const closes = Math.floor(poll.closesAt / 1000);
  const how = poll.multiselect ? 'Pick one or more answers' : 'Pick an answer';
  return {
    content: `📊 **${poll.question}**\n${how} (changeable until <t:${closes}:F>, <t:${closes}:R>).`,
    components: rows,
  };
}

/**
 * The result lines: each answer with its votes and share, the winners marked.
 * @param answers - the answers in order
 * @param counts - the votes per answer
 */
export function pollResultLines(answers: readonly string[], counts: readonly number[]): string {
  const total = counts.reduce((a, b) => a + b, 0);
  const top = Math.max(0, ...counts);
  return answers
    .map((answer, i) => {
      const count = counts[i] ?? 0;
      const share = total === 0 ? 0 : Math.round((count * 100) / total);
      return `${count === top && top > 0 ? '🏆' : '▫️'} ${answer}: ${count} (${share}%)`;
    })
    .join('\n');
}

/**
 * The message posted when a poll closes.
 * @param question - the poll's question
 * @param answers - its answers
 * @param counts - the final votes per answer
 */
export function pollResultMessage(
  question: string,
  answers: readonly string[],
  counts: readonly number[],
): OutgoingMessage {
  const total = counts.reduce((a, b) => a + b, 0);
  return {
    content: `📊 Poll closed: **${question}** (${total} vote${total === 1 ? '' : 's'})\n${pollResultLines(answers, counts)}`,
  };
}
