import type { ActionRow, ButtonComponent, OutgoingMessage } from '../../../platform/Platform.js';
import { FEEDBACK_CUSTOM_IDS, feedbackCustomId } from '../cards/feedbackCustomIds.js';
import type { SurveyResults } from './surveyResults.js';
import type { SurveyRow } from './surveyStore.js';
import { scoreRange } from './surveyWords.js';

/** Discord's most buttons in one action row. */
const BUTTONS_PER_ROW = 5;

/**
 * The score buttons (≤ 5 per row: 1–10 in two rows, 0–10 in three) and "Add a comment".
 * @param survey - the survey
 * @see https://discord.com/developers/docs/components/reference#action-row
 */
export function surveyRows(survey: Pick<SurveyRow, 'id' | 'kind'>): ActionRow[] {
  const { min, max } = scoreRange(survey.kind);
  const buttons: ButtonComponent[] = [];
  for (let score = min; score <= max; score += 1) {
    buttons.push({
      kind: 'button',
      customId: feedbackCustomId(FEEDBACK_CUSTOM_IDS.survey, survey.id, score),
      label: String(score),
      style: 'secondary',
    });
  }
  buttons.push({
    kind: 'button',
    customId: feedbackCustomId(FEEDBACK_CUSTOM_IDS.surveyComment, survey.id),
    label: 'Add a comment',
    style: 'primary',
  });
  const rows: ActionRow[] = [];
  for (let i = 0; i < buttons.length; i += BUTTONS_PER_ROW) {
    rows.push({ components: buttons.slice(i, i + BUTTONS_PER_ROW) });
  }
  return rows;
}

/**
 * The survey message while it is open.
 * @param survey - the survey
 */
export function openSurveyMessage(survey: SurveyRow): OutgoingMessage {
  const kind = survey.kind === 'nps' ? 'NPS survey' : 'Satisfaction survey';
  const closes = Math.floor(survey.closes_at / 1000);
  return {
    content: `📋 **${kind}**\n${survey.question}\n\nPick a score below (you can change it until <t:${closes}:F>, <t:${closes}:R>); your answer is only seen by staff.`,
    components: surveyRows(survey),
  };
}

/**
 * A line of results: answers, mean, and for NPS the score and its breakdown.
 * @param results - the survey's results
 */
export function resultsLine(results: SurveyResults): string {
  if (results.responses === 0) return 'No answers.';
  const answers = `${results.responses} answer${results.responses === 1 ? '' : 's'}`;
  const mean = results.mean === null ? '' : `, mean ${results.mean.toFixed(1)}`;
  if (results.kind !== 'nps') return `${answers}${mean}/10.`;
  return `${answers}: **NPS ${results.nps ?? 'n/a'}** (${results.promoters} promoters, ${results.passives} passives, ${results.detractors} detractors)${mean}.`;
}

/**
 * The survey message once closed: the question and the results, no buttons.
 * @param survey - the survey
 * @param results - its final results
 */
export function closedSurveyMessage(survey: SurveyRow, results: SurveyResults): OutgoingMessage {
  const kind = survey.kind === 'nps' ? 'NPS survey' : 'Satisfaction survey';
  return { content: `📋 **${kind}** (closed)\n${survey.question}\n\n${resultsLine(results)}`, components: [] };
}
