import type { Kysely } from 'kysely';
import type { CoreTables } from '../../../store/CoreTables.js';
import type { SurveyKind } from '../config/FeedbackTypes.js';
import { feedbackDb } from '../FeedbackTables.js';
import { meanOf, npsOf } from './surveyMath.js';

/** A survey's results: its answers counted, the mean, and the NPS breakdown (0–10 answers). */
export interface SurveyResults {
  surveyId: string;
  kind: SurveyKind;
  question: string;
  openedAt: number;
  closesAt: number;
  closedAt: number | null;
  responses: number;
  /** Mean score (two decimals), null without answers. */
  mean: number | null;
  /** NPS (−100…100) for an NPS survey, null for satisfaction or without answers. */
  nps: number | null;
  promoters: number;
  passives: number;
  detractors: number;
  /** How many members gave each score, from the lowest score of the kind. */
  distribution: { score: number; count: number }[];
  /** How many answers carry a comment. */
  comments: number;
}

/** One closed survey's point on the trend (NPS over time). */
export type SurveyTrendPoint = Pick<
  SurveyResults,
  'kind' | 'responses' | 'mean' | 'nps' | 'promoters' | 'passives' | 'detractors'
> & { surveyId: string; openedAt: number; closedAt: number };

function resultsOf(
  kind: SurveyKind,
  scores: readonly number[],
): Omit<SurveyTrendPoint, 'surveyId' | 'openedAt' | 'closedAt' | 'kind'> {
  const breakdown = npsOf(scores);
  const isNps = kind === 'nps';
  return {
    responses: scores.length,
    mean: meanOf(scores),
    nps: isNps ? breakdown.nps : null,
    promoters: isNps ? breakdown.promoters : 0,
    passives: isNps ? breakdown.passives : 0,
    detractors: isNps ? breakdown.detractors : 0,
  };
}

/**
 * A survey's results now (final once it is closed); null for an unknown survey.
 * @param db - the database
 * @param guildId - the guild
 * @param surveyId - the survey
 */
export async function surveyResults(
  db: Kysely<CoreTables>,
  guildId: string,
  surveyId: string,
): Promise<SurveyResults | null> {
  const fdb = feedbackDb(db);
  const survey = await fdb
    .selectFrom('feedback_surveys')
    .selectAll()
    .where('guild_id', '=', guildId)
    .where('id', '=', surveyId)
    .executeTakeFirst();
  if (survey === undefined) return null;
  const answers = await fdb
    .selectFrom('feedback_survey_responses')
    .select(['score', 'comment'])
    .where('guild_id', '=', guildId)
    .where('survey_id', '=', surveyId)
    .execute();
  const scores = answers.map((a) => a.score);
  const min = survey.kind === 'nps' ? 0 : 1;
  const distribution = Array.from({ length: 11 - min }, (_, i) => ({
    score: min + i,
    count: scores.filter((s) => s === min + i).length,
  }));
  return {
    surveyId,
    kind: survey.kind,
    question: survey.question,
    openedAt: survey.opened_at,
    closesAt: survey.closes_at,
    closedAt: survey.closed_at,
    ...resultsOf(survey.kind, scores),
    distribution,
    comments: answers.filter((a) => a.comment !== null).length,
  };
}

/**
 * Closed surveys opened in a time range, oldest first, with their results: NPS (and mean
 * satisfaction) over time for the dashboard.
 * @param db - the database
 * @param guildId - the guild
 * @param fromMs - opened at or after (epoch ms)
 * @param toMs - opened before (epoch ms)
 */
export async function surveyTrend(
  db: Kysely<CoreTables>,
  guildId: string,
  fromMs: number,
  toMs: number,
): Promise<SurveyTrendPoint[]> {
  const fdb = feedbackDb(db);
  const surveys = await fdb
    .selectFrom('feedback_surveys')
    .select(['id', 'kind', 'opened_at', 'closed_at'])
    .where('guild_id', '=', guildId)
    .where('opened_at', '>=', fromMs)
    .where('opened_at', '<', toMs)
    .where('closed_at', 'is not', null)
    .orderBy('opened_at')
    .orderBy('id')
    .execute();
  if (surveys.length === 0) return [];
  const answers = await surveyScores(
    db,
    guildId,
    surveys.map((s) => s.id),
  );
  return surveys.map((s) => ({
    surveyId: s.id,
    kind: s.kind,
    openedAt: s.opened_at,
    closedAt: s.closed_at ?? 0,
    ...resultsOf(
      s.kind,
      answers.filter((a) => a.survey_id === s.id).map((a) => a.score),
    ),
  }));
}

/**
 * Every answer's score to some surveys.
 * @param db - the database
 * @param guildId - the guild
 * @param surveyIds - the surveys (at least one)
 */
export async function surveyScores(
  db: Kysely<CoreTables>,
  guildId: string,
  surveyIds: readonly string[],
): Promise<{ survey_id: string; score: number }[]> {
  return feedbackDb(db)
    .selectFrom('feedback_survey_responses')
    .select(['survey_id', 'score'])
    .where('guild_id', '=', guildId)
    .where('survey_id', 'in', surveyIds)
    .execute();
}
