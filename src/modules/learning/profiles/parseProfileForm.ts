import type { CommunicationStyle } from '../config/LearningTypes.js';
import type { ProfileFields, ProfileRow } from '../store/profileStore.js';
import { parseAvailability } from './availabilitySlots.js';
import { PROFILE_INPUTS, type ProfileChoices } from './profileForm.js';
import { parseTags, splitList } from './tagList.js';

/** Most languages one member lists. */
const LANGUAGES_MAX = 10;
/** A language code: `en`, `de`, `pt-br`, `zh-hant`. */
const LANGUAGE = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/;

/**
 * An IANA time zone in its canonical spelling (`europe/berlin` → `Europe/Berlin`, `utc` → `UTC`), or null.
 * @param text - what the member wrote
 */
export function canonicalTimeZone(text: string): string | null {
  const zone = text.trim();
  if (zone === '' || /\s/.test(zone)) return null;
  if (zone.toLowerCase() === 'utc') return 'UTC';
  try {
    return new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

/** What the form and config decide, beyond the submitted text. */
export interface ProfileFormContext {
  choices: ProfileChoices;
  /** `learning.goals`. */
  goals: readonly string[];
  /** `learning.industries`. */
  industries: readonly string[];
  /** The member's profile before (kept communication and industry when not given). */
  existing: ProfileRow | undefined;
}

/**
 * The profile a submitted form sets, or every problem with it (each naming the input and
 * what would be accepted).
 * @param fields - the submitted values by input id
 * @param context - the carried options, config and existing profile
 */
export function parseProfileForm(
  fields: Readonly<Record<string, string>>,
  context: ProfileFormContext,
): { profile: ProfileFields } | { problems: string[] } {
  const problems: string[] = [];
  const { choices, existing } = context;

  const goals = splitList(fields[PROFILE_INPUTS.goals] ?? '').map((goal) => goal.replace(/ /g, '-'));
  const unknownGoals = goals.filter((goal) => !context.goals.includes(goal));
  if (goals.length === 0) problems.push(`Career goals: choose at least one of ${context.goals.join(', ')}.`);
  else if (unknownGoals.length > 0) {
    problems.push(`Career goals: ${unknownGoals.join(', ')} — choose from ${context.goals.join(', ')}.`);
  }

  const interests = parseTags(fields[PROFILE_INPUTS.interests] ?? '', 'Interests');
  if ('problem' in interests) problems.push(interests.problem);

  const typedZone = fields[PROFILE_INPUTS.timezone] ?? '';
  const timezone = canonicalTimeZone(typedZone);
  if (timezone === null) {
    problems.push(
      `Time zone: "${typedZone.trim()}" is not an IANA time zone — write one like Europe/Berlin, America/New_York or UTC.`,
    );
  }

  const availability = parseAvailability(fields[PROFILE_INPUTS.availability] ?? '');
  if (availability.unknown.length > 0) {
    problems.push(
      `Availability: ${availability.unknown.join(', ')} not understood — write slots like "weekday evenings, weekend mornings" (weekday or weekend × morning, afternoon, evening, night).`,
    );
  } else if (availability.slots.length === 0) {
    problems.push('Availability: give at least one slot, like "weekday evenings".');
  }

  const languages = splitList(fields[PROFILE_INPUTS.languages] ?? '');
  const badLanguages = languages.filter((code) => !LANGUAGE.test(code));
  if (badLanguages.length > 0) {
    problems.push(`Languages: ${badLanguages.join(', ')} — write language codes like en, de, pt-br.`);
  } else if (languages.length > LANGUAGES_MAX) {
    problems.push(`Languages: at most ${LANGUAGES_MAX}.`);
  }

  const industry = resolveIndustry(choices.industry, existing, context.industries);
  if (industry === undefined) {
    problems.push(
      `Industry: "${choices.industry ?? ''}" is no longer offered — choose from ${context.industries.join(', ')}.`,
    );
  }

  if (problems.length > 0 || timezone === null || 'problem' in interests || industry === undefined) {
    return { problems };
  }
  const communication: CommunicationStyle = choices.communication ?? existing?.communication ?? 'mixed';
  return {
    profile: {
      skill: choices.skill,
      pace: choices.pace,
      style: choices.style,
      communication,
      goals,
      industry,
      interests: interests.tags,
      languages: languages.length > 0 ? languages : ['en'],
      timezone,
      availability: availability.slots,
    },
  };
}

/**
 * The industry to store: `none` clears, null keeps the profile's (if still configured), a
 * configured name sets it; undefined when the name is not (or no longer) configured.
 */
function resolveIndustry(
  chosen: string | null,
  existing: ProfileRow | undefined,
  industries: readonly string[],
): string | null | undefined {
  if (chosen === 'none') return null;
  if (chosen === null) {
    const kept = existing?.industry ?? null;
    return kept !== null && industries.includes(kept) ? kept : null;
  }
  return industries.includes(chosen) ? chosen : undefined;
}

/**
 * The refusal of a form with problems: each problem, then what the member typed so nothing is lost.
 * @param problems - from {@link parseProfileForm}
 * @param fields - the submitted values by input id
 * @param labels - the input labels by id, in form order
 * @param rerun - the command to run again
 */
export function refusalText(
  problems: readonly string[],
  fields: Readonly<Record<string, string>>,
  labels: readonly (readonly [id: string, label: string])[],
  rerun: string,
): string {
  const typed = labels
    .map(
      ([id, label]) =>
        `${label}: ${(fields[id] ?? '')
          .replace(/`/g, "'")
          .replace(/\s*\n\s*/g, ' ')
          .trim()}`,
    )
    .join('\n');
  const text = [
    'Nothing was saved:',
    ...problems.map((problem) => `• ${problem}`),
    '',
    `What you typed (copy it into ${rerun}):`,
    '```',
    typed,
    '```',
  ].join('\n');
  // Discord's 2000-character limit: the echo is clipped rather than the reply refused.
  return text.length <= 2000 ? text : `${text.slice(0, 1993)}…\n\`\`\``;
}
