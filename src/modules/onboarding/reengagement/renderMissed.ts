import { describeDuration } from '../../../config/Duration.js';
import { truncateText } from '../../../platform/fitMessage.js';
import type { MissedHighlights } from './missedHighlights.js';

/** Discord's message limit; the text is cut to it line by line. */
const LIMIT = 2000;

const NAMESPACE_LABELS: Record<string, string> = { events: 'Events', qa: 'Q&A', feedback: 'Feedback' };

/**
 * The highlight lines of a "what you missed" message: new members, the busiest channels (as
 * channel links, which ping nobody), other modules' happenings and the latest digest.
 * @param highlights - what happened
 */
export function highlightLines(highlights: MissedHighlights): string[] {
  const lines: string[] = [];
  if (highlights.newMembers > 0) {
    lines.push(`• ${highlights.newMembers} new member${highlights.newMembers === 1 ? '' : 's'} joined`);
  }
  if (highlights.busyChannels.length > 0) {
    const channels = highlights.busyChannels.map(
      (c) => `<#${c.channelId}> (${c.messages} message${c.messages === 1 ? '' : 's'})`,
    );
    lines.push(`• Busiest channels: ${channels.join(', ')}`);
  }
  const byNamespace = new Map<string, string[]>();
  for (const { type, count } of highlights.happenings) {
    const [namespace = type, ...rest] = type.split('.');
    const what = rest.join('.').replaceAll('_', ' ');
    byNamespace.set(namespace, [...(byNamespace.get(namespace) ?? []), count === 1 ? what : `${what} ×${count}`]);
  }
  for (const [namespace, items] of byNamespace) {
    lines.push(`• ${NAMESPACE_LABELS[namespace] ?? namespace}: ${items.join(', ')}`);
  }
  if (highlights.digestChannelId !== null) lines.push(`• The weekly digest is in <#${highlights.digestChannelId}>`);
  if (lines.length === 0) lines.push('• It was quiet: a good moment to start a conversation.');
  return lines;
}

/**
 * The whole "what you missed" text: an opening line, the window (unless the opening says it),
 * the highlights; at most 2000 characters (whole lines dropped from the end first).
 * @param opening - the first line (placeholders already filled in)
 * @param highlights - what happened
 * @param sayWindow - add "In the last 30 days:" under the opening (default true)
 */
export function renderMissed(opening: string, highlights: MissedHighlights, sayWindow = true): string {
  const window = describeDuration(Math.max(highlights.until - highlights.since, 1000));
  let text = sayWindow ? `${opening}\nIn the last ${window}:` : opening;
  for (const line of highlightLines(highlights)) {
    if (text.length + 1 + line.length > LIMIT) break;
    text = `${text}\n${line}`;
  }
  return truncateText(text, LIMIT);
}

/**
 * Fills `{member}` (a name, never a mention: nobody is pinged) and `{community}`.
 * @param template - `reengagement.message`
 * @param member - the member's display name
 * @param community - the community's name
 */
export function fillOpening(template: string, member: string, community: string): string {
  return template.replaceAll('{member}', member).replaceAll('{community}', community);
}
