import type { ActionRow, InteractionReply, ModalSpec } from '../../../platform/Platform.js';

/** Custom id prefix of the "Rate this event" button: `events:survey:<event id>`. */
export const SURVEY_BUTTON_PREFIX = 'events:survey:';
/** Custom id prefix of the survey form: `events:survey-form:<event id>`. */
export const SURVEY_FORM_PREFIX = 'events:survey-form:';

/** The three scores of seed 002's survey, by input id. */
export const SCORE_QUESTIONS = [
  { id: 'rating', label: 'Overall rating (1–5)' },
  { id: 'content_quality', label: 'Content quality (1–5)' },
  { id: 'engagement', label: 'Engagement (1–5)' },
] as const;

/** Seed 002's two open questions, by input id (optional). */
export const TEXT_QUESTIONS = [
  { id: 'improvements', label: 'What could be improved?' },
  { id: 'future_topics', label: 'Topics for future events?' },
] as const;

/** Longest answer kept for an open question. */
export const TEXT_ANSWER_MAX = 1000;

/** A parsed survey answer. */
export interface SurveyAnswer {
  rating: number;
  contentQuality: number;
  engagement: number;
  improvements: string | null;
  futureTopics: string | null;
}

/**
 * The row with the "Rate this event" button under the post-event message.
 * @param eventId - the event
 */
export function surveyButtonRow(eventId: string): ActionRow {
  return {
    components: [
      { kind: 'button', customId: `${SURVEY_BUTTON_PREFIX}${eventId}`, label: 'Rate this event', style: 'primary' },
    ],
  };
}

/**
 * The survey form: three scores as one-character short inputs (Discord's modals have no
 * number or choice input) and two optional paragraphs; five inputs, Discord's most.
 * @param eventId - the event
 * @param title - the event's title (shortened to fit the 45-character modal title)
 * @see https://discord.com/developers/docs/interactions/receiving-and-responding#interaction-response-object-modal
 */
export function surveyForm(eventId: string, title: string): ModalSpec {
  const heading = `Rate: ${title}`;
  return {
    customId: `${SURVEY_FORM_PREFIX}${eventId}`,
    title: heading.length <= 45 ? heading : `${heading.slice(0, 44)}…`,
    inputs: [
      ...SCORE_QUESTIONS.map((q) => ({
        customId: q.id,
        label: q.label,
        style: 'short' as const,
        required: true,
        minLength: 1,
        maxLength: 1,
        placeholder: '1 (poor) to 5 (excellent)',
      })),
      ...TEXT_QUESTIONS.map((q) => ({
        customId: q.id,
        label: q.label,
        style: 'paragraph' as const,
        required: false,
        maxLength: TEXT_ANSWER_MAX,
      })),
    ],
  };
}

/**
 * The event id a survey button or form carries, or null when the custom id is not one of `prefix`.
 * @param customId - the custom id
 * @param prefix - {@link SURVEY_BUTTON_PREFIX} or {@link SURVEY_FORM_PREFIX}
 */
export function surveyEventId(customId: string, prefix: string): string | null {
  if (!customId.startsWith(prefix)) return null;
  const eventId = customId.slice(prefix.length);
  return eventId === '' ? null : eventId;
}

/**
 * The form's fields as an answer, or the ephemeral refusal naming the first score that is not
 * a digit 1–5 (nothing is stored then).
 * @param fields - the submitted fields by input id
 */
export function parseSurvey(fields: Record<string, string>): SurveyAnswer | InteractionReply {
  const scores: number[] = [];
  for (const q of SCORE_QUESTIONS) {
    const raw = (fields[q.id] ?? '').trim();
    if (!/^[1-5]$/.test(raw)) {
      return {
        content: `“${q.label}” must be a whole number from 1 to 5 (you wrote “${raw.slice(0, 20)}”). Nothing was saved: press “Rate this event” again.`,
        ephemeral: true,
      };
    }
    scores.push(Number(raw));
  }
  const text = (id: string): string | null => {
    const value = (fields[id] ?? '').trim();
    return value === '' ? null : value.slice(0, TEXT_ANSWER_MAX);
  };
  return {
    rating: scores[0] ?? 0,
    contentQuality: scores[1] ?? 0,
    engagement: scores[2] ?? 0,
    improvements: text('improvements'),
    futureTopics: text('future_topics'),
  };
}
