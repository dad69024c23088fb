import type { Embed, EmbedField } from '../../../platform/Platform.js';
import { MENTOR_CATEGORY_LABELS } from '../config/LearningTypes.js';
import type { MentorRow } from '../store/mentorStore.js';
import { listColumn, type ProfileRow } from '../store/profileStore.js';

const COLOR = 0x3ba55c;

/**
 * A JSON list column for people: `a, b`, or `—` when empty.
 * @param json - the column's value
 */
export function listText(json: string): string {
  return listColumn(json).join(', ') || '—';
}

/**
 * The profile's fields, in the order members read them.
 * @param profile - the profile
 */
function profileFields(profile: ProfileRow): [string, string][] {
  return [
    ['Skill', profile.skill],
    ['Pace', profile.pace],
    ['Style', profile.style],
    ['Communication', profile.communication],
    ['Career goals', listText(profile.goals)],
    ['Interests', listText(profile.interests)],
    ['Industry', profile.industry ?? '—'],
    ['Time zone', profile.timezone],
    ['Availability', listText(profile.availability)],
    ['Languages', listText(profile.languages)],
    ['Study groups', profile.groups_opt_in === 1 ? 'takes part' : 'not taking part'],
  ];
}

/**
 * A mentor offer in one line: `Career coach, 2 mentees (react, sql)` and whether paused.
 * @param mentor - the mentor row
 */
export function mentorOfferText(mentor: MentorRow): string {
  const domains = listColumn(mentor.domains);
  const mentees = `${mentor.capacity} mentee${mentor.capacity === 1 ? '' : 's'}`;
  return `${MENTOR_CATEGORY_LABELS[mentor.category]}, ${mentees}${domains.length > 0 ? ` (${domains.join(', ')})` : ''}${mentor.active === 1 ? '' : ' — paused'}`;
}

/**
 * The confirmation after `/learn profile`: the stored profile, one field a line.
 * @param profile - the stored profile
 */
export function profileSummaryText(profile: ProfileRow): string {
  return profileFields(profile)
    .map(([name, value]) => `**${name}:** ${value}`)
    .join('\n');
}

/**
 * `/learn show`: the member's profile (and mentor offer) as an embed.
 * @param userId - whose
 * @param profile - their profile
 * @param mentor - their mentor offer, if any
 */
export function profileEmbed(userId: string, profile: ProfileRow, mentor: MentorRow | undefined): Embed {
  const fields: EmbedField[] = profileFields(profile).map(([name, value]) => ({
    name,
    value: value.slice(0, 1024),
    inline: value.length <= 40,
  }));
  if (mentor !== undefined) fields.push({ name: 'Mentor offer', value: mentorOfferText(mentor).slice(0, 1024) });
  return { title: 'Learner profile', description: `<@${userId}>`, color: COLOR, fields };
}
