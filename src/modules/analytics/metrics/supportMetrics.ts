import type { Kysely } from 'kysely';
import type { CoreTables } from '../../../store/CoreTables.js';
import { supportFactsDb } from '../SupportFactsTables.js';
import { ratio, type DayRange } from './DayRange.js';
import { median } from '../../../core/ranks.js';

const HOUR_MS = 3_600_000;

/** The support figures of a set of questions (docs/analytics.md, "Support"). */
export interface SupportStats {
  /** Questions asked in the range. */
  questions: number;
  /** Of those, questions with a first response by a human other than the asker (whenever it came). */
  answered: number;
  /** Of the answered, those first answered by a member without a staff role. */
  communityAnswered: number;
  /** Of the questions, those solved now (a solution marked and not unmarked). */
  solved: number;
  /** solved / questions; null without questions. */
  resolutionRate: number | null;
  /** communityAnswered / answered; null without answered questions. */
  communityAnsweredShare: number | null;
  /** Median of first_response_at − asked_at over the answered, in hours; null when none. */
  medianFirstResponseHours: number | null;
  /** Median of solved_at − asked_at over the solved, in hours; null when none. */
  medianResolutionHours: number | null;
}

/** The support figures of a range, overall and per tag. */
export interface SupportMetrics extends SupportStats {
  /**
   * The same figures per tag, by tag name (a question with several tags counts in each; the
   * entry with `tag` null holds the questions without tags), most questions first.
   */
  byTag: (SupportStats & { tag: string | null })[];
}

/** One question's facts as read. */
interface FactRow {
  asked_at: number | string;
  first_response_at: number | string | null;
  answered_by: string | null;
  solved_at: number | string | null;
  tags: string;
}

/**
 * The support figures of some questions.
 * @param rows - the questions' facts
 */
export function supportStatsOf(rows: readonly FactRow[]): SupportStats {
  const hoursSince = (row: FactRow, at: number | string | null): number[] =>
    at === null ? [] : [(Number(at) - Number(row.asked_at)) / HOUR_MS];
  const response = rows.flatMap((r) => hoursSince(r, r.first_response_at)).sort((a, b) => a - b);
  const resolution = rows.flatMap((r) => hoursSince(r, r.solved_at)).sort((a, b) => a - b);
  const community = rows.filter((r) => r.first_response_at !== null && r.answered_by === 'community').length;
  return {
    questions: rows.length,
    answered: response.length,
    communityAnswered: community,
    solved: resolution.length,
    resolutionRate: ratio(resolution.length, rows.length),
    communityAnsweredShare: ratio(community, response.length),
    medianFirstResponseHours: response.length === 0 ? null : median(response),
    medianResolutionHours: resolution.length === 0 ? null : median(resolution),
  };
}

/**
 * Support metrics of the questions asked in a range (UTC days, both ends included), overall and
 * per tag: one index range read of `analytics_support_questions` (guild, day), folded here (a
 * range holds at most a few thousand questions).
 * @param db - the database
 * @param guildId - the guild
 * @param range - the days the questions were asked
 */
export async function supportMetrics(
  db: Kysely<CoreTables>,
  guildId: string,
  range: DayRange,
): Promise<SupportMetrics> {
  const rows = await supportFactsDb(db)
    .selectFrom('analytics_support_questions')
    .select(['asked_at', 'first_response_at', 'answered_by', 'solved_at', 'tags'])
    .where('guild_id', '=', guildId)
    .where('day', '>=', range.fromDay)
    .where('day', '<=', range.toDay)
    .execute();
  const byTag = new Map<string | null, FactRow[]>();
  for (const row of rows) {
    const tags = tagsOf(row.tags);
    for (const tag of tags.length === 0 ? [null] : tags) byTag.set(tag, [...(byTag.get(tag) ?? []), row]);
  }
  return {
    ...supportStatsOf(rows),
    byTag: [...byTag]
      .map(([tag, tagged]) => ({ tag, ...supportStatsOf(tagged) }))
      .sort((a, b) => b.questions - a.questions || (a.tag ?? '\uffff').localeCompare(b.tag ?? '\uffff')),
  };
}

/** A row's tag names (distinct). */
function tagsOf(json: string): string[] {
  const parsed: unknown = JSON.parse(json);
  return Array.isArray(parsed) ? [...new Set(parsed.filter((t): t is string => typeof t === 'string'))] : [];
}

/**
 * True when any support question was asked in the range (the support KPIs have a value).
 * @param db - the database
 * @param guildId - the guild
 * @param range - UTC days
 */
export async function hasSupportQuestions(db: Kysely<CoreTables>, guildId: string, range: DayRange): Promise<boolean> {
  const row = await supportFactsDb(db)
    .selectFrom('analytics_support_questions')
    .select('question_id')
    .where('guild_id', '=', guildId)
    .where('day', '>=', range.fromDay)
    .where('day', '<=', range.toDay)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}
