import { truncateText } from '../../../platform/fitMessage.js';

/** Characters a release's changelog summary keeps (an embed description holds 4096). */
export const CHANGELOG_LIMIT = 1500;

/**
 * A changelog summary of release notes: their headings (bold) and bullet points, in order,
 * whole lines cut to fit `limit` with a count of what was left out. Notes without headings or
 * bullets keep their first lines. Markdown comments and blank lines go.
 * @param notes - the release's body (Markdown), or null
 * @param limit - characters at most
 */
export function changelogSummary(notes: string | null | undefined, limit = CHANGELOG_LIMIT): string {
  if (notes === null || notes === undefined) return '';
  const lines = notes
    .replace(/<!--[\s\S]*?-->/g, '')
    .split(/\r?\n/)
    .map((line) => line.trimEnd())
    .filter((line) => line.trim() !== '');
  const structured = lines.flatMap((line) => {
    const heading = /^\s{0,3}#{1,6}\s+(.+?)\s*#*$/.exec(line);
    if (heading?.[1] !== undefined) return [`**${heading[1]}**`];
    const bullet = /^(\s*)[-*+]\s+(.+)$/.exec(line);
    if (bullet?.[2] !== undefined) return [`${(bullet[1] ?? '').length >= 2 ? '  ' : ''}• ${bullet[2]}`];
    return [];
  });
  const kept = structured.length > 0 ? structured : lines;
  const out: string[] = [];
  let used = 0;
  for (const [i, line] of kept.entries()) {
    const rest = kept.length - i;
    const more = `… and ${rest} more`;
    const piece = line.length > 300 ? `${line.slice(0, 299)}…` : line;
    const room = limit - used - (rest > 1 ? more.length + 1 : 0);
    if (piece.length + (out.length > 0 ? 1 : 0) > room) {
      out.push(more);
      break;
    }
    out.push(piece);
    used += piece.length + 1;
  }
  return truncateText(out.join('\n'), limit);
}
