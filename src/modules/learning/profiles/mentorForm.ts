import type { ModalSpec } from '../../../platform/Platform.js';
import { MENTOR_CATEGORY_LABELS, MentorCategoryName, type MentorCategory } from '../config/LearningTypes.js';
import { listColumn, type ProfileRow } from '../store/profileStore.js';
import type { MentorRow } from '../store/mentorStore.js';
import { TAG_MAX, TAGS_MAX } from './tagList.js';

/** Custom id prefix of the `/mentor register` form: `learning:profile-mentor:<category>:<capacity>`. */
export const MENTOR_FORM_PREFIX = 'learning:profile-mentor:';

/** The form's input id. */
export const MENTOR_INPUTS = { domains: 'domains' } as const;

/** Longest domains value. */
const DOMAINS_MAX = TAGS_MAX * (TAG_MAX + 2);

/** What the `/mentor register` options carry to the form's submission. */
export interface MentorChoices {
  category: MentorCategory;
  capacity: number;
}

/**
 * The options a form's custom id carries, or null when it is not a valid mentor form id.
 * @param customId - the modal's custom id
 */
export function mentorFormChoices(customId: string): MentorChoices | null {
  if (!customId.startsWith(MENTOR_FORM_PREFIX)) return null;
  const [category, capacity, ...rest] = customId.slice(MENTOR_FORM_PREFIX.length).split(':');
  const parsed = MentorCategoryName.safeParse(category);
  const n = Number(capacity);
  if (!parsed.success || rest.length > 0 || !Number.isInteger(n) || n < 1 || n > 20) return null;
  return { category: parsed.data, capacity: n };
}

/**
 * The `/mentor register` form: domains of expertise as tags, prefilled from the member's
 * offer (or, for a first offer, their interests).
 * @param choices - category and capacity it carries
 * @param mentor - their current offer, if any
 * @param profile - their learner profile
 * @see https://discord.com/developers/docs/interactions/receiving-and-responding#interaction-response-object-modal
 */
export function mentorForm(choices: MentorChoices, mentor: MentorRow | undefined, profile: ProfileRow): ModalSpec {
  const prefill = listColumn(mentor?.domains ?? profile.interests).join(', ');
  return {
    customId: `${MENTOR_FORM_PREFIX}${choices.category}:${choices.capacity}`,
    title: `Mentor: ${MENTOR_CATEGORY_LABELS[choices.category]}`,
    inputs: [
      {
        customId: MENTOR_INPUTS.domains,
        label: 'Domains of expertise (comma-separated)',
        style: 'paragraph',
        required: true,
        maxLength: DOMAINS_MAX,
        placeholder: 'react, system design, career change',
        ...(prefill === '' ? {} : { value: prefill.slice(0, DOMAINS_MAX) }),
      },
    ],
  };
}
