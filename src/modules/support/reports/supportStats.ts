import type { SupportContext } from '../SupportContext.js';
import { questionTags, type Question } from '../store/Questions.js';
import { questionFigures } from './questionFigures.js';
import { questionsAsked } from './questionsAsked.js';
import type { SupportStats } from './SupportReportsApi.js';
import type { DayRangeMs } from '../../../core/dayRange.js';

/**
 * The figures of the questions asked in a range, in all and per tag (the solved tag is not a
 * topic: left out; questions without another tag make the `null` row). Tags are ordered by
 * questions asked, then name.
 * @param ctx - module context (db, config)
 * @param guildId - the guild
 * @param range - the range
 */
export async function supportStats(
  ctx: Pick<SupportContext, 'db' | 'config'>,
  guildId: string,
  range: DayRangeMs,
): Promise<SupportStats> {
  const rows = await questionsAsked(ctx, guildId, range);
  const solvedTag = ctx.config.solutions.solvedTag.toLowerCase();
  const byTag = new Map<string | null, Question[]>();
  for (const row of rows) {
    const tags = questionTags(row).filter((t) => t.toLowerCase() !== solvedTag);
    for (const tag of tags.length === 0 ? [null] : [...new Set(tags)]) byTag.set(tag, [...(byTag.get(tag) ?? []), row]);
  }
  return {
    range: { from: range.from, to: range.to },
    totals: questionFigures(rows),
    byTag: [...byTag]
      .map(([tag, questions]) => ({ tag, ...questionFigures(questions) }))
      .sort(
        (a, b) => b.questions - a.questions || (a.tag === null ? 1 : b.tag === null ? -1 : a.tag.localeCompare(b.tag)),
      ),
  };
}
