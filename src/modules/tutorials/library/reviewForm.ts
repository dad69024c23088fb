import type { InteractionReply, ModalSpec } from '../../../platform/Platform.js';
import { LIBRARY_IDS, libraryId } from './libraryCustomIds.js';
import type { Tutorial } from './tutorialStore.js';

/** Longest review notes. */
export const NOTES_MAX = 1000;

/** The review form's inputs. */
export const REVIEW_INPUTS = { verdict: 'verdict', notes: 'notes' } as const;

/** An expert's verdict and notes. */
export interface ReviewAnswer {
  verdict: 'approved' | 'changes_requested';
  notes: string;
}

/**
 * The expert review form of a tutorial: the verdict (`approve` or `changes`) and notes for the
 * author.
 * @param tutorial - the tutorial
 * @see https://discord.com/developers/docs/interactions/receiving-and-responding#interaction-response-object-modal
 */
export function reviewForm(tutorial: Pick<Tutorial, 'number'>): ModalSpec {
  return {
    customId: libraryId(LIBRARY_IDS.review, tutorial.number),
    title: `Review tutorial #${tutorial.number}`,
    inputs: [
      {
        customId: REVIEW_INPUTS.verdict,
        label: 'Verdict: approve or changes',
        style: 'short',
        required: true,
        maxLength: 20,
        placeholder: 'approve / changes',
      },
      {
        customId: REVIEW_INPUTS.notes,
        label: 'Notes for the author',
        style: 'paragraph',
        required: false,
        maxLength: NOTES_MAX,
        placeholder: 'What is good, what should change',
      },
    ],
  };
}

/**
 * The verdict and notes of a submitted review form, or the answer saying what to fix.
 * @param fields - submitted values by input id
 */
export function parseReview(fields: Readonly<Record<string, string>>): ReviewAnswer | InteractionReply {
  const verdict = (fields[REVIEW_INPUTS.verdict] ?? '').trim().toLowerCase();
  const notes = (fields[REVIEW_INPUTS.notes] ?? '').trim();
  if (notes.length > NOTES_MAX) {
    return { content: `Notes must be at most ${NOTES_MAX} characters: nothing was saved.`, ephemeral: true };
  }
  if (/^(approve|approved|yes|ok)$/.test(verdict)) return { verdict: 'approved', notes };
  if (/^(changes?|changes requested|request changes|no)$/.test(verdict)) {
    if (notes === '') return { content: 'Say what should change in the notes: nothing was saved.', ephemeral: true };
    return { verdict: 'changes_requested', notes };
  }
  return { content: 'The verdict must be `approve` or `changes`: nothing was saved.', ephemeral: true };
}
