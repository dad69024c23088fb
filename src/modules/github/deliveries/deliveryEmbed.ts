import { EMBED_LIMITS } from '../../../platform/discordLimits.js';
import { truncateText } from '../../../platform/fitMessage.js';
import type { Embed, EmbedField } from '../../../platform/Platform.js';
import type { GithubDelivery, GithubSubject } from './GithubDelivery.js';

/** Colours by what happened (GitHub's own: open green, merged purple, closed red). */
const COLOURS = {
  opened: 0x2da44e,
  merged: 0x8250df,
  closed: 0xcf222e,
  release: 0x0969da,
  neutral: 0x57606a,
} as const;

const field = (name: string, value: string, inline = true): EmbedField => ({
  name: truncateText(name, EMBED_LIMITS.fieldName),
  value: truncateText(value === '' ? '—' : value, EMBED_LIMITS.fieldValue),
  inline,
});

/** `a, b, c` of labels, or none. */
const labelList = (labels: readonly string[]): string => (labels.length === 0 ? 'none' : labels.join(', '));

const words = (text: string | null): string => (text === null ? '' : text.replace(/_/g, ' '));

function colourOf(delivery: GithubDelivery, subject: GithubSubject | null): number {
  if (subject?.kind === 'pull_request' && subject.merged) return COLOURS.merged;
  if (subject?.kind === 'release') return COLOURS.release;
  if (delivery.action === 'closed') return COLOURS.closed;
  if (delivery.action === 'opened' || delivery.action === 'reopened') return COLOURS.opened;
  return COLOURS.neutral;
}

/** The title, the description lines and the fields of a subject. */
function describe(delivery: GithubDelivery): { title: string; lines: string[]; fields: EmbedField[] } {
  const s = delivery.subject;
  const action = words(delivery.action);
  if (s === null) {
    return {
      title: `GitHub ${delivery.event}${action === '' ? '' : ` ${action}`}`,
      lines: ['An event Guildhall does not know: see it on GitHub.'],
      fields: [],
    };
  }
  switch (s.kind) {
    case 'issue':
      return {
        title: `Issue ${action}: #${s.number} ${s.title}`,
        lines: [s.url],
        fields: [field('Author', s.author.login), field('State', s.state), field('Labels', labelList(s.labels))],
      };
    case 'pull_request': {
      const what = s.merged && delivery.action === 'closed' ? 'merged' : action;
      return {
        title: `Pull request ${what}: #${s.number} ${s.title}`,
        lines: [s.url],
        fields: [
          field('Author', s.author.login),
          field('Branch', `${s.baseBranch} ← ${s.headBranch}`),
          field(
            'Merged',
            s.merged ? `yes${s.mergedBy === null ? '' : `, by ${s.mergedBy.login}`}` : s.draft ? 'no (draft)' : 'no',
          ),
          field('Labels', labelList(s.labels), false),
        ],
      };
    }
    case 'review':
      return {
        title: `Review ${words(s.state)}: #${s.pullNumber} ${s.pullTitle}`,
        lines: [s.url],
        fields: [
          field('Reviewer', s.reviewer.login),
          field('Author', s.pullAuthor.login),
          field('Base branch', s.baseBranch),
        ],
      };
    case 'release':
      return {
        title: `${s.prerelease ? 'Pre-release' : 'Release'} ${action}: ${s.name}`,
        lines: [s.url, ...(s.changelog === '' ? [] : ['', s.changelog])],
        fields: [field('Tag', s.tag), field('Author', s.author.login)],
      };
    case 'push':
      return {
        title: `${s.commits} commit${s.commits === 1 ? '' : 's'} pushed to ${s.branch}`,
        lines: [...(s.compareUrl === '' ? [] : [s.compareUrl]), ...s.headlines.map((h) => `• ${h}`)],
        fields: [field('Pusher', s.pusher)],
      };
    case 'other':
      return { title: s.title, lines: s.url === null ? [] : [s.url], fields: [] };
  }
}

/**
 * The embed a delivery is posted as: `[owner/name] Pull request opened: #12 Title`, the link
 * and (releases) the changelog summary, fields for branch (base ← head), labels, merged,
 * author; every text within Discord's embed limits (title 256, description 4096, field names
 * 256 and values 1024, footer 2048), cut with `…`.
 * @param delivery - the delivery
 * @param at - when it was received (epoch ms), the embed's timestamp
 * @see https://discord.com/developers/docs/resources/message#embed-object-embed-limits
 */
export function deliveryEmbed(delivery: GithubDelivery, at: number): Embed {
  const { title, lines, fields } = describe(delivery);
  const repo = delivery.repository === null ? '' : `[${delivery.repository}] `;
  const footer = [delivery.event, delivery.action, delivery.sender === null ? null : `by ${delivery.sender.login}`]
    .filter((p): p is string => p !== null)
    .join(' · ');
  return {
    title: truncateText(`${repo}${title}`, EMBED_LIMITS.title),
    description: truncateText(lines.join('\n'), EMBED_LIMITS.description),
    color: colourOf(delivery, delivery.subject),
    fields,
    footer: truncateText(footer, EMBED_LIMITS.footer),
    timestamp: new Date(at).toISOString(),
  };
}

/**
 * The name of a forum post about a delivery's subject: `#12 Title` (1–100 characters).
 * @param delivery - the delivery
 */
export function postName(delivery: GithubDelivery): string {
  const s = delivery.subject;
  const name =
    s?.kind === 'issue' || s?.kind === 'pull_request'
      ? `#${s.number} ${s.title}`
      : s?.kind === 'review'
        ? `#${s.pullNumber} ${s.pullTitle}`
        : s?.kind === 'release'
          ? s.name
          : s?.kind === 'push'
            ? `Push to ${s.branch}`
            : `GitHub ${delivery.event}`;
  return truncateText(name.trim() === '' ? `GitHub ${delivery.event}` : name, 100);
}

/**
 * The GitHub logins a notice is about (sender, author, merger, reviewer), to mention their
 * linked Discord members.
 * @param delivery - the delivery
 */
export function loginsOf(delivery: GithubDelivery): string[] {
  const s = delivery.subject;
  const logins = [delivery.sender?.login];
  if (s?.kind === 'issue' || s?.kind === 'release') logins.push(s.author.login);
  if (s?.kind === 'pull_request') logins.push(s.author.login, s.mergedBy?.login);
  if (s?.kind === 'review') logins.push(s.reviewer.login, s.pullAuthor.login);
  return [...new Set(logins.filter((l): l is string => l !== undefined).map((l) => l.toLowerCase()))];
}
