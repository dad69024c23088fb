import type { InteractionReply, ModalSpec } from '../../../platform/Platform.js';
import { FEEDBACK_TYPE_LABELS, FeedbackTypeName, type FeedbackType } from '../config/FeedbackTypes.js';
import { FEEDBACK_CUSTOM_IDS, feedbackCustomId, feedbackCustomIdArgs } from '../cards/feedbackCustomIds.js';

/** Longest title (one line). */
export const TITLE_MAX = 100;
/** Longest details (a paragraph). */
export const DETAILS_MAX = 1500;

/** The form's input ids. */
export const FORM_INPUTS = { title: 'title', details: 'details' } as const;

const PLACEHOLDERS: Record<FeedbackType, { title: string; details: string }> = {
  bug: { title: 'What is wrong, in a few words', details: 'What you did, what happened, what you expected' },
  feature: { title: 'What you would like', details: 'What it would let you do, and why it matters' },
  general: { title: 'What it is about', details: 'Tell us more' },
  suggestion: { title: 'Your suggestion, in a few words', details: 'What the community would gain' },
};

/**
 * The `/feedback submit` form for one type: a title (one line, up to 100 characters) and
 * details (a paragraph, up to 1,500, optional). Its custom id carries the type.
 * @param type - the kind of feedback
 * @see https://discord.com/developers/docs/interactions/receiving-and-responding#interaction-response-object-modal
 */
export function feedbackForm(type: FeedbackType): ModalSpec {
  return {
    customId: feedbackCustomId(FEEDBACK_CUSTOM_IDS.form, type),
    title: FEEDBACK_TYPE_LABELS[type],
    inputs: [
      {
        customId: FORM_INPUTS.title,
        label: 'Title',
        style: 'short',
        required: true,
        minLength: 1,
        maxLength: TITLE_MAX,
        placeholder: PLACEHOLDERS[type].title,
      },
      {
        customId: FORM_INPUTS.details,
        label: 'Details',
        style: 'paragraph',
        required: false,
        maxLength: DETAILS_MAX,
        placeholder: PLACEHOLDERS[type].details,
      },
    ],
  };
}

/**
 * The type a form's custom id carries, or null when it is not a feedback form of a known type.
 * @param customId - the modal's custom id
 */
export function formType(customId: string): FeedbackType | null {
  const args = feedbackCustomIdArgs(customId, FEEDBACK_CUSTOM_IDS.form);
  const parsed = FeedbackTypeName.safeParse(args?.[0]);
  return args?.length === 1 && parsed.success ? parsed.data : null;
}

/** A submitted form's title and details, checked. */
export interface FormSubmission {
  title: string;
  body: string;
}

/**
 * The title and details of a submitted form, trimmed and checked (Discord enforces the
 * lengths in its client; a crafted request may not), or the answer telling the member what to fix.
 * @param fields - the submitted values by input id
 */
export function parseSubmission(fields: Readonly<Record<string, string>>): FormSubmission | InteractionReply {
  const title = (fields[FORM_INPUTS.title] ?? '').trim();
  const body = (fields[FORM_INPUTS.details] ?? '').trim();
  const refuse = (content: string): InteractionReply => ({ content, ephemeral: true });
  if (title === '') return refuse('Your feedback needs a title: nothing was saved. Please try again.');
  if (title.length > TITLE_MAX || title.includes('\n')) {
    return refuse(`The title must be one line of at most ${TITLE_MAX} characters: nothing was saved.`);
  }
  if (body.length > DETAILS_MAX) {
    return refuse(
      `The details must be at most ${DETAILS_MAX} characters (you wrote ${body.length}): nothing was saved.`,
    );
  }
  return { title, body };
}
