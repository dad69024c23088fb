import type { InteractionReply, ModalSpec } from '../../../platform/Platform.js';
import { truncateText } from '../../../platform/fitMessage.js';
import { CONTEST_CUSTOM_IDS } from './contestCustomIds.js';
import type { Contest } from './contestStore.js';

/** Longest entry title. */
export const ENTRY_TITLE_MAX = 100;
/** Longest link. */
export const ENTRY_LINK_MAX = 500;
/** Longest description. */
export const ENTRY_DESCRIPTION_MAX = 1500;

/** The form's input ids. */
export const ENTRY_INPUTS = { title: 'title', link: 'link', description: 'description' } as const;

/**
 * The `/challenge submit` form: title, link and description. Its custom id carries the challenge.
 * @param contest - the challenge
 * @see https://discord.com/developers/docs/interactions/receiving-and-responding#interaction-response-object-modal
 */
export function entryForm(contest: Pick<Contest, 'id' | 'title'>): ModalSpec {
  return {
    customId: `${CONTEST_CUSTOM_IDS.entryForm}${contest.id}`,
    title: truncateText(`Entry: ${contest.title}`, 45),
    inputs: [
      {
        customId: ENTRY_INPUTS.title,
        label: 'Title',
        style: 'short',
        required: true,
        minLength: 1,
        maxLength: ENTRY_TITLE_MAX,
      },
      {
        customId: ENTRY_INPUTS.link,
        label: 'Link (https://…)',
        style: 'short',
        required: true,
        minLength: 8,
        maxLength: ENTRY_LINK_MAX,
        placeholder: 'https://github.com/you/your-project',
      },
      {
        customId: ENTRY_INPUTS.description,
        label: 'Description',
        style: 'paragraph',
        required: false,
        maxLength: ENTRY_DESCRIPTION_MAX,
        placeholder: 'What you made and how',
      },
    ],
  };
}

/** A submitted entry, checked. */
export interface EntrySubmission {
  title: string;
  link: string;
  description: string;
}

/**
 * The title, link and description of a submitted form, trimmed and checked (a crafted request
 * may skip Discord's own checks), or the answer saying what to fix.
 * @param fields - the submitted values by input id
 */
export function parseEntry(fields: Readonly<Record<string, string>>): EntrySubmission | InteractionReply {
  const title = (fields[ENTRY_INPUTS.title] ?? '').trim();
  const link = (fields[ENTRY_INPUTS.link] ?? '').trim();
  const description = (fields[ENTRY_INPUTS.description] ?? '').trim();
  const refuse = (content: string): InteractionReply => ({ content, ephemeral: true });
  if (title === '' || title.length > ENTRY_TITLE_MAX || title.includes('\n')) {
    return refuse(`The title must be one line of 1 to ${ENTRY_TITLE_MAX} characters: nothing was saved.`);
  }
  if (!isWebLink(link) || link.length > ENTRY_LINK_MAX) {
    return refuse('The link must be a web address starting with https:// or http://: nothing was saved.');
  }
  if (description.length > ENTRY_DESCRIPTION_MAX) {
    return refuse(`The description must be at most ${ENTRY_DESCRIPTION_MAX} characters: nothing was saved.`);
  }
  return { title, link, description };
}

function isWebLink(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.');
  } catch {
    return false;
  }
}
