import { MESSAGE_CONTENT_LIMIT } from '../../../platform/Platform.js';
import type { SimilarKind, SimilarMatch } from './rankSimilar.js';

const MARKER: Record<SimilarKind, string> = { question: 'solved', faq: 'FAQ', guide: 'verified guide' };

/**
 * A link to a thread of the guild.
 * @param guildId - the guild
 * @param threadId - the thread (question or article)
 */
export function threadLink(guildId: string, threadId: string): string {
  return `https://discord.com/channels/${guildId}/${threadId}`;
}

/**
 * A title made safe inside a Markdown link's text (no brackets, no line breaks, at most 80 characters).
 * @param title - the thread's name
 */
export function linkText(title: string): string {
  const flat = title
    .replace(/[[\]\n\r]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return flat.length <= 80 ? flat : `${flat.slice(0, 79)}…`;
}

/**
 * One line per match: the title as a link to its thread and what it is (solved question, FAQ
 * entry, verified guide).
 * @param guildId - the guild
 * @param matches - the results, best first
 */
export function matchLines(guildId: string, matches: readonly SimilarMatch[]): string[] {
  return matches.map((m) => `• [${linkText(m.title)}](${threadLink(guildId, m.id)}) — ${MARKER[m.kind]}`);
}

/**
 * The message posted in a new question listing similar solved questions and articles.
 * @param guildId - the guild
 * @param matches - the suggestions, best first (at least one)
 */
export function similarMessage(guildId: string, matches: readonly SimilarMatch[]): string {
  const text = [
    matches.length === 1 ? 'This may already have an answer:' : 'These may already have an answer:',
    ...matchLines(guildId, matches),
    'If one of them solves it, say so here; otherwise someone will be along to help.',
  ].join('\n');
  return text.slice(0, MESSAGE_CONTENT_LIMIT);
}
