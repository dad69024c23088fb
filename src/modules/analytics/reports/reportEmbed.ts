import type { Embed, EmbedField } from '../../../platform/Platform.js';
import type { Report } from './Report.js';
import { changeOf, decimal, hoursOf, percentOf } from './reportFormat.js';

const BLUE = 0x3498db;

const TITLES: Record<Report['kind'], string> = {
  daily: '📊 Daily summary',
  weekly: '📈 Weekly growth report',
  monthly: '🩺 Monthly health report',
};

/**
 * A report as one embed for the staff channel: channels as mentions (embeds never ping), within
 * Discord's embed limits (at most 9 fields, each value a few short lines).
 * @param report - the report
 */
export function reportEmbed(report: Report): Embed {
  const fields: EmbedField[] = [];
  const prev = report.previous;
  const active = report.kind === 'daily' ? 'Active (DAU)' : report.kind === 'weekly' ? 'Active (WAU)' : 'Active (MAU)';
  fields.push({
    name: '👥 Members',
    value: [
      `Members: ${report.members}`,
      `New: +${report.joins}${prev === null ? '' : ` (before: ${prev.joins})`}`,
      `Left: -${report.leaves}`,
      `Growth: ${percentOf(report.growthRate)}`,
    ].join('\n'),
    inline: true,
  });
  fields.push({
    name: '💬 Activity',
    value: [
      `${active}: ${report.activeMembers}${prev === null ? '' : ` (${changeOf(report.activeMembers, prev.activeMembers)})`}`,
      `Messages: ${report.messages}${prev === null ? '' : ` (${changeOf(report.messages, prev.messages)})`}`,
      `Per day: ${decimal(report.messagesPerDay)}`,
      `Replies: ${report.replies} · Reactions: ${report.reactions}`,
    ].join('\n'),
    inline: true,
  });
  const fr = report.firstResponse;
  fields.push({
    name: '⏱️ First response',
    value:
      fr.topics === 0
        ? 'No new topics.'
        : `${fr.answered}/${fr.topics} topics answered (${percentOf(fr.answeredShare)})\nMedian: ${hoursOf(fr.medianHours)}`,
    inline: true,
  });
  fields.push({
    name: '🔥 Top channels',
    value:
      report.topChannels.length === 0
        ? 'No messages.'
        : report.topChannels.map((c, i) => `${i + 1}. <#${c.channelId}>: ${c.messages}`).join('\n'),
  });
  if (report.health !== null) {
    const h = report.health;
    fields.push({
      name: `🩺 Health score: ${decimal(h.score)}/100`,
      value: [
        `Engagement ${decimal(h.engagement)} × 0.4`,
        `Growth ${decimal(h.growth)} × 0.3`,
        `Sentiment ${decimal(h.sentiment)} × 0.3${h.sentimentNeutral ? ' (neutral until messages are scored)' : ''}`,
      ].join('\n'),
    });
  }
  if (report.kpis !== null) {
    const icon = { ok: '🟢', warning: '🟠', critical: '🔴' } as const;
    fields.push({
      name: '🎯 KPIs',
      value: report.kpis.map((k) => `${k.level === null ? '⚪' : icon[k.level]} ${k.label}: ${k.shown}`).join('\n'),
    });
  }
  fields.push({
    name: '🚨 Open alerts',
    value:
      report.openAlerts.length === 0
        ? 'None.'
        : report.openAlerts.map((a) => `${a.level === 'critical' ? '🔴' : '🟠'} ${a.label}: ${a.shown}`).join('\n'),
  });
  return {
    title: `${TITLES[report.kind]} · ${report.label}`,
    color: BLUE,
    fields,
    footer: `${report.from} to ${report.to} (UTC) · definitions: docs/analytics.md`,
  };
}
