import { MODAL_LIMITS } from '../../../platform/modalLimits.js';
import type { ModalSpec, TextInputSpec } from '../../../platform/Platform.js';
import {
  CommunicationStyleName,
  LearningStyleName,
  PaceName,
  SkillLevelName,
  type CommunicationStyle,
  type LearningStyle,
  type Pace,
  type SkillLevel,
} from '../config/LearningTypes.js';
import { listColumn, type ProfileRow } from '../store/profileStore.js';

/** Custom id prefix of the `/learn profile` form: `learning:profile:<skill>:<pace>:<style>:<communication>:<industry>`. */
export const PROFILE_FORM_PREFIX = 'learning:profile:';

/** The form's input ids. */
export const PROFILE_INPUTS = {
  goals: 'goals',
  interests: 'interests',
  timezone: 'timezone',
  availability: 'availability',
  languages: 'languages',
} as const;

/** Longest value of each input. */
export const PROFILE_INPUT_MAX = {
  goals: 300,
  interests: 300,
  timezone: 64,
  availability: 300,
  languages: 100,
} as const;

/** The slash-command options the form carries to its submission. */
export interface ProfileChoices {
  skill: SkillLevel;
  pace: Pace;
  style: LearningStyle;
  /** Null: keep the profile's (new profiles: `mixed`). */
  communication: CommunicationStyle | null;
  /** A configured industry; `none` clears it; null: keep the profile's. */
  industry: string | null;
}

const NONE = '-';

/**
 * The form's custom id carrying the chosen options (under Discord's 100 characters: an
 * industry too long to spell out is carried as `~<index>` in `learning.industries`).
 * @param choices - the options
 * @param industries - `learning.industries`
 */
export function profileFormId(choices: ProfileChoices, industries: readonly string[]): string {
  const head = [PROFILE_FORM_PREFIX + choices.skill, choices.pace, choices.style, choices.communication ?? NONE];
  const spelled = [...head, choices.industry === null ? NONE : encodeURIComponent(choices.industry)].join(':');
  if (spelled.length <= MODAL_LIMITS.customId || choices.industry === null) return spelled;
  return [...head, `~${industries.indexOf(choices.industry)}`].join(':');
}

/**
 * The options a form's custom id carries, or null when it is not a valid profile form id.
 * @param customId - the modal's custom id
 * @param industries - `learning.industries`
 */
export function profileFormChoices(customId: string, industries: readonly string[]): ProfileChoices | null {
  if (!customId.startsWith(PROFILE_FORM_PREFIX)) return null;
  const [skill, pace, style, communication, industry, ...rest] = customId.slice(PROFILE_FORM_PREFIX.length).split(':');
  const parsed = {
    skill: SkillLevelName.safeParse(skill),
    pace: PaceName.safeParse(pace),
    style: LearningStyleName.safeParse(style),
    communication: communication === NONE ? null : CommunicationStyleName.safeParse(communication),
  };
  if (!parsed.skill.success || !parsed.pace.success || !parsed.style.success) return null;
  if (parsed.communication !== null && !parsed.communication.success) return null;
  if (industry === undefined || rest.length > 0) return null;
  let industryName: string | null = null;
  if (industry.startsWith('~')) industryName = industries[Number(industry.slice(1))] ?? null;
  else if (industry !== NONE) industryName = decoded(industry);
  if (industry !== NONE && industryName === null) return null;
  return {
    skill: parsed.skill.data,
    pace: parsed.pace.data,
    style: parsed.style.data,
    communication: parsed.communication?.data ?? null,
    industry: industryName,
  };
}

/** A URI-encoded part, or null when it is malformed (a crafted custom id). */
function decoded(part: string): string | null {
  try {
    return decodeURIComponent(part);
  } catch {
    return null;
  }
}

const clip = (text: string): string =>
  text.length <= MODAL_LIMITS.placeholder ? text : `${text.slice(0, MODAL_LIMITS.placeholder - 1)}…`;

/**
 * The `/learn profile` form: career goals, interests, time zone, availability and languages,
 * prefilled from the member's profile when they have one (languages `en` otherwise).
 * @param choices - the slash-command options it carries
 * @param goals - `learning.goals`
 * @param industries - `learning.industries`
 * @param profile - the member's profile, if any
 * @see https://discord.com/developers/docs/interactions/receiving-and-responding#interaction-response-object-modal
 */
export function profileForm(
  choices: ProfileChoices,
  goals: readonly string[],
  industries: readonly string[],
  profile: ProfileRow | undefined,
): ModalSpec {
  const prefill = (text: string): Pick<TextInputSpec, 'value'> => (text === '' ? {} : { value: text });
  const listed = (json: string | undefined) => (json === undefined ? '' : listColumn(json).join(', '));
  return {
    customId: profileFormId(choices, industries),
    title: 'Your learner profile',
    inputs: [
      {
        customId: PROFILE_INPUTS.goals,
        label: 'Career goals (comma-separated)',
        style: 'short',
        required: true,
        maxLength: PROFILE_INPUT_MAX.goals,
        placeholder: clip(goals.join(', ')),
        ...prefill(listed(profile?.goals)),
      },
      {
        customId: PROFILE_INPUTS.interests,
        label: 'Interests (tags, comma-separated)',
        style: 'paragraph',
        required: false,
        maxLength: PROFILE_INPUT_MAX.interests,
        placeholder: 'react, sql, open source',
        ...prefill(listed(profile?.interests)),
      },
      {
        customId: PROFILE_INPUTS.timezone,
        label: 'Time zone',
        style: 'short',
        required: true,
        maxLength: PROFILE_INPUT_MAX.timezone,
        placeholder: 'Europe/Berlin, America/New_York or UTC',
        ...prefill(profile?.timezone ?? ''),
      },
      {
        customId: PROFILE_INPUTS.availability,
        label: 'When you are available (your time)',
        style: 'short',
        required: true,
        maxLength: PROFILE_INPUT_MAX.availability,
        placeholder: 'weekday evenings, weekend mornings',
        ...prefill(listed(profile?.availability)),
      },
      {
        customId: PROFILE_INPUTS.languages,
        label: 'Languages (comma-separated)',
        style: 'short',
        required: false,
        maxLength: PROFILE_INPUT_MAX.languages,
        placeholder: 'en, de',
        ...prefill(profile === undefined ? 'en' : listed(profile.languages)),
      },
    ],
  };
}
