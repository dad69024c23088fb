import type { Kysely } from 'kysely';
import type { CoreTables } from '../../../store/CoreTables.js';
import { feedbackDb } from '../FeedbackTables.js';
import { WeeklyReport } from './WeeklyReport.js';

/** What an erased item's title becomes. */
export const ERASED_TITLE = '[erased]';

/**
 * Takes erased items out of the stored weekly reports: their titles in the priority list become
 * {@link ERASED_TITLE}, and they leave the topics (a topic's count drops; a topic only they
 * mentioned goes, since its term came from their text). Totals and counts stay. Answers how
 * many reports changed.
 * @param db - the store's database
 * @param guildId - the guild
 * @param numbers - the erased items' numbers
 */
export async function scrubStoredReports(
  db: Kysely<CoreTables>,
  guildId: string,
  numbers: ReadonlySet<number>,
): Promise<number> {
  if (numbers.size === 0) return 0;
  const fdb = feedbackDb(db);
  const rows = await fdb
    .selectFrom('feedback_reports')
    .select(['week', 'report'])
    .where('guild_id', '=', guildId)
    .execute();
  let changed = 0;
  for (const row of rows) {
    const parsed = WeeklyReport.safeParse(JSON.parse(row.report));
    if (!parsed.success) continue;
    const report = parsed.data;
    const touched =
      report.priority.some((p) => numbers.has(p.number)) ||
      report.topics.some((t) => (t.items ?? []).some((n) => numbers.has(n)));
    if (!touched) continue;
    const scrubbed: WeeklyReport = {
      ...report,
      priority: report.priority.map((p) => (numbers.has(p.number) ? { ...p, title: ERASED_TITLE } : p)),
      topics: report.topics.flatMap((t) => {
        const items = (t.items ?? []).filter((n) => !numbers.has(n));
        const count = t.count - ((t.items ?? []).length - items.length);
        return count > 0 ? [{ ...t, count, items }] : [];
      }),
    };
    await fdb
      .updateTable('feedback_reports')
      .set({ report: JSON.stringify(scrubbed) })
      .where('guild_id', '=', guildId)
      .where('week', '=', row.week)
      .execute();
    changed += 1;
  }
  return changed;
}
