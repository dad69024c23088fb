import type { Kysely } from 'kysely';
import type { CoreTables } from '../../../store/CoreTables.js';
import { feedbackDb } from '../FeedbackTables.js';
import { meanOf, npsOf } from '../surveys/surveyMath.js';
import { surveyScores } from '../surveys/surveyResults.js';
import type { ReportSurveys } from './WeeklyReport.js';

/**
 * The surveys that closed during `[from, to)`: how many, their answers, the mean of the
 * satisfaction answers and the NPS of the NPS answers pooled; undefined when none closed.
 * @param db - the store's database
 * @param guildId - the guild
 * @param from - epoch ms (inclusive)
 * @param to - epoch ms (exclusive)
 */
export async function surveySummary(
  db: Kysely<CoreTables>,
  guildId: string,
  from: number,
  to: number,
): Promise<ReportSurveys | undefined> {
  const fdb = feedbackDb(db);
  const surveys = await fdb
    .selectFrom('feedback_surveys')
    .select(['id', 'kind'])
    .where('guild_id', '=', guildId)
    .where('closed_at', '>=', from)
    .where('closed_at', '<', to)
    .execute();
  if (surveys.length === 0) return undefined;
  const answers = await surveyScores(
    db,
    guildId,
    surveys.map((s) => s.id),
  );
  const kindOf = new Map(surveys.map((s) => [s.id, s.kind]));
  const scores = (kind: 'satisfaction' | 'nps'): number[] =>
    answers.filter((a) => kindOf.get(a.survey_id) === kind).map((a) => a.score);
  return {
    closed: surveys.length,
    responses: answers.length,
    satisfactionMean: meanOf(scores('satisfaction')),
    nps: npsOf(scores('nps')).nps,
  };
}
