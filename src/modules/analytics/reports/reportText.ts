import type { Report } from './Report.js';
import { changeOf, decimal, hoursOf, percentOf } from './reportFormat.js';

const TITLES: Record<Report['kind'], string> = {
  daily: 'Daily summary',
  weekly: 'Weekly growth report',
  monthly: 'Monthly health report',
};

/**
 * A report as plain text lines (what `guildhall report` prints).
 * @param report - the report
 */
export function reportText(report: Report): string[] {
  const prev = report.previous;
  const vs = (now: number, before: number | undefined): string =>
    before === undefined ? '' : `  (${changeOf(now, before)} on the period before)`;
  const fr = report.firstResponse;
  const lines = [
    `${TITLES[report.kind]}: ${report.label} (${report.from} to ${report.to}, UTC)`,
    '',
    `Members          ${report.members}  (${report.membersAtStart} at the start)`,
    `New              ${report.joins}${vs(report.joins, prev?.joins)}`,
    `Left             ${report.leaves}${vs(report.leaves, prev?.leaves)}`,
    `Growth rate      ${percentOf(report.growthRate)}`,
    `Active members   ${report.activeMembers}${vs(report.activeMembers, prev?.activeMembers)}`,
    `Messages         ${report.messages}${vs(report.messages, prev?.messages)}`,
    `Messages/day     ${decimal(report.messagesPerDay)}`,
    `Replies          ${report.replies}`,
    `Reactions        ${report.reactions}`,
    `First response   ${fr.topics === 0 ? 'no new topics' : `${fr.answered}/${fr.topics} answered, median ${hoursOf(fr.medianHours)}`}`,
    '',
    'Top channels',
    ...(report.topChannels.length === 0
      ? ['  none']
      : report.topChannels.map((c, i) => `  ${i + 1}. ${c.channelId}  ${c.messages} messages`)),
  ];
  if (report.health !== null) {
    const h = report.health;
    lines.push(
      '',
      `Health score     ${decimal(h.score)}/100`,
      `  engagement ${decimal(h.engagement)} × 0.4, growth ${decimal(h.growth)} × 0.3, sentiment ${decimal(h.sentiment)} × 0.3${h.sentimentNeutral ? ' (neutral until messages are scored)' : ''}`,
    );
  }
  if (report.kpis !== null) {
    lines.push('', 'KPIs');
    for (const k of report.kpis) lines.push(`  ${(k.level ?? 'n/a').padEnd(8)} ${k.label}: ${k.shown}`);
  }
  lines.push('', 'Open alerts');
  if (report.openAlerts.length === 0) lines.push('  none');
  for (const a of report.openAlerts) {
    lines.push(`  ${a.level.padEnd(8)} ${a.label}: ${a.shown} since ${new Date(a.openedAt).toISOString()}`);
  }
  return lines;
}
