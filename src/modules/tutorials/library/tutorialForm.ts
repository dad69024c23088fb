import type { InteractionReply, ModalSpec } from '../../../platform/Platform.js';

/** Limits of the form's fields. */
export const FORM_LIMITS = { title: 100, summary: 300, link: 500, body: 1500 } as const;

/** The form's input ids. */
export const FORM_INPUTS = { title: 'title', summary: 'summary', link: 'link', body: 'body' } as const;

/** A tutorial's text as written in the form. */
export interface TutorialText {
  title: string;
  summary: string;
  link: string;
  body: string;
}

/**
 * The submit or edit form: title, summary, link (optional) and text (optional), prefilled
 * when editing.
 * @param customId - the form's custom id (carries the metadata)
 * @param heading - the form's title
 * @param current - the current text, when editing
 * @see https://discord.com/developers/docs/interactions/receiving-and-responding#interaction-response-object-modal
 */
export function tutorialForm(customId: string, heading: string, current?: TutorialText): ModalSpec {
  const prefill = (value: string | undefined) => (value === undefined || value === '' ? {} : { value });
  return {
    customId,
    title: heading,
    inputs: [
      {
        customId: FORM_INPUTS.title,
        label: 'Title',
        style: 'short',
        required: true,
        minLength: 3,
        maxLength: FORM_LIMITS.title,
        placeholder: 'What it teaches, in a few words',
        ...prefill(current?.title),
      },
      {
        customId: FORM_INPUTS.summary,
        label: 'Summary',
        style: 'paragraph',
        required: true,
        maxLength: FORM_LIMITS.summary,
        placeholder: 'Who it is for and what they will be able to do',
        ...prefill(current?.summary),
      },
      {
        customId: FORM_INPUTS.link,
        label: 'Link (video, repository, article)',
        style: 'short',
        required: false,
        maxLength: FORM_LIMITS.link,
        placeholder: 'https://…',
        ...prefill(current?.link),
      },
      {
        customId: FORM_INPUTS.body,
        label: 'Tutorial text',
        style: 'paragraph',
        required: false,
        maxLength: FORM_LIMITS.body,
        placeholder: 'The steps, or leave empty and write them in the post',
        ...prefill(current?.body),
      },
    ],
  };
}

/**
 * The form's values, trimmed and checked (a crafted request may skip Discord's checks), or the
 * answer telling the member what to fix.
 * @param fields - submitted values by input id
 */
export function parseTutorialText(fields: Readonly<Record<string, string>>): TutorialText | InteractionReply {
  const read = (id: string) => (fields[id] ?? '').trim();
  const text = {
    title: read(FORM_INPUTS.title),
    summary: read(FORM_INPUTS.summary),
    link: read(FORM_INPUTS.link),
    body: read(FORM_INPUTS.body),
  };
  const refuse = (content: string): InteractionReply => ({ content: `${content} Nothing was saved.`, ephemeral: true });
  if (text.title.length < 3 || text.title.includes('\n'))
    return refuse('The title must be one line of 3 characters or more.');
  if (text.title.length > FORM_LIMITS.title)
    return refuse(`The title must be at most ${FORM_LIMITS.title} characters.`);
  if (text.summary === '') return refuse('The tutorial needs a summary.');
  for (const key of ['summary', 'link', 'body'] as const) {
    if (text[key].length > FORM_LIMITS[key])
      return refuse(`The ${key} must be at most ${FORM_LIMITS[key]} characters.`);
  }
  if (text.link !== '' && !/^https?:\/\/\S+$/i.test(text.link))
    return refuse('The link must start with https:// (one address).');
  return text;
}
