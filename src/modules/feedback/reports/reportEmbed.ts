import type { Embed, EmbedField } from '../../../platform/Platform.js';
import { EMBED_LIMITS } from '../../../platform/discordLimits.js';
import {
  FEEDBACK_STATUS_LABELS,
  FEEDBACK_TYPE_LABELS,
  FEEDBACK_STATUSES,
  FEEDBACK_TYPES,
} from '../config/FeedbackTypes.js';
import { localDay } from './reportWeek.js';
import type { PriorityItem, SentimentCounts, WeeklyReport } from './WeeklyReport.js';

const TEAL = 0x1abc9c;

/** Characters of a title shown in the priority list (titles are up to 100 on Discord's forms). */
const TITLE_CHARS = 80;

/** Room kept for the topics field: a few dozen terms. */
const TOPICS_CHARS = 600;

const REASONS: Record<PriorityItem['reason'], string> = {
  critical: '🚨 critical',
  negative: '😠 negative bug',
  votes: '👍 votes',
};

function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}

/** Lines joined until the next would pass `max` characters; the rest counted in a last line. */
function linesWithin(lines: readonly string[], max: number): string {
  const kept: string[] = [];
  let length = 0;
  for (const [i, line] of lines.entries()) {
    const more = `…and ${lines.length - i} more`;
    if (length + line.length + 1 + more.length + 1 > max) {
      kept.push(more);
      break;
    }
    kept.push(line);
    length += line.length + 1;
  }
  return kept.join('\n');
}

function sentimentLine(label: string, c: SentimentCounts): string {
  return `${label}: 🙂 ${c.positive} · 😐 ${c.neutral} · 🙁 ${c.negative}`;
}

function priorityLine(p: PriorityItem): string {
  const why = p.reason === 'critical' && p.critical_reason !== null ? `🚨 ${p.critical_reason}` : REASONS[p.reason];
  const votes = p.votes === 0 ? '' : ` · ${p.votes > 0 ? '+' : ''}${p.votes}`;
  return `**#${p.number}** ${clip(p.title, TITLE_CHARS)} (${FEEDBACK_TYPE_LABELS[p.type]}, ${FEEDBACK_STATUS_LABELS[p.status]}${votes}) · ${why}`;
}

/**
 * The report as one embed for the staff channel or an ephemeral answer, within Discord's embed
 * limits (seven fields at most; titles clipped, long lists cut with "…and N more").
 * @param report - the report
 * @param timeZone - `feedback.timezone`, for the dates shown
 * @param soFar - the week is not over (the `/feedback-staff report` answer)
 * @see https://discord.com/developers/docs/resources/message#embed-object-embed-limits
 */
export function reportEmbed(report: WeeklyReport, timeZone: string, soFar = false): Embed {
  const last = localDay(Math.max(report.from, report.to - 1), timeZone);
  const fields: EmbedField[] = [
    {
      name: '📥 This week',
      value: `Opened: ${report.opened}\nClosed: ${report.closed}`,
      inline: true,
    },
    {
      name: `🗂️ All items (${report.totals.items})`,
      value: FEEDBACK_TYPES.map((t) => `${FEEDBACK_TYPE_LABELS[t]}: ${report.totals.byType[t]}`).join('\n'),
      inline: true,
    },
    {
      name: '🏷️ By status',
      value: FEEDBACK_STATUSES.map((s) => `${FEEDBACK_STATUS_LABELS[s]}: ${report.totals.byStatus[s]}`).join('\n'),
      inline: true,
    },
    {
      name: '💬 Sentiment',
      value: [
        sentimentLine('Items', report.sentiment.items),
        sentimentLine('Messages', report.sentiment.messages),
      ].join('\n'),
    },
    {
      name: '🔎 Top topics',
      value:
        report.topics.length === 0
          ? 'No items this week.'
          : clip(report.topics.map((t) => `${t.term} (${t.count})`).join(', '), TOPICS_CHARS),
    },
    {
      name: '⚠️ Priority issues',
      value:
        report.priority.length === 0
          ? 'None: no open critical items, negative bug reports or up-voted requests.'
          : linesWithin(report.priority.map(priorityLine), EMBED_LIMITS.fieldValue),
    },
  ];
  if (report.surveys !== undefined) {
    const s = report.surveys;
    const parts = [`${s.closed} closed, ${s.responses} answers`];
    if (s.satisfactionMean !== null) parts.push(`satisfaction ${s.satisfactionMean.toFixed(1)}/10`);
    if (s.nps !== null) parts.push(`NPS ${s.nps}`);
    fields.push({ name: '📝 Surveys', value: parts.join(' · ') });
  }
  return {
    title: soFar
      ? `📋 Feedback this week so far (from ${report.weekStart})`
      : `📋 Weekly feedback report: ${report.weekStart}`,
    description: `${report.weekStart} to ${last} (${timeZone})`,
    color: TEAL,
    fields,
    timestamp: new Date(report.to).toISOString(),
  };
}
