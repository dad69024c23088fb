import type { Selectable } from 'kysely';
import { truncateText } from '../../../platform/fitMessage.js';
import { MESSAGE_CONTENT_LIMIT } from '../../../platform/Platform.js';
import { GROUP_TYPE_LABELS, type GroupType } from '../config/LearningTypes.js';
import type { LearningProfileTable } from '../LearningTables.js';

/** What an intro message says about a group. */
export interface IntroGroup {
  number: number;
  type: GroupType;
  memberIds: readonly string[];
  compatibility: number;
  memberCompatibility: readonly number[];
}

const percent = (value: number): string => `${Math.round(value * 100)}%`;

/**
 * The name of a group's thread and role base: `Study group 12 · Beginner cohort`.
 * @param number - the group's running number
 * @param type - the group type
 */
export function groupThreadName(number: number, type: GroupType): string {
  return truncateText(`Study group ${number} · ${GROUP_TYPE_LABELS[type]}`, 100);
}

/**
 * The name of a group's role: `Study group 12`.
 * @param number - the group's running number
 */
export function groupRoleName(number: number): string {
  return `Study group ${number}`;
}

function listOf(profile: Selectable<LearningProfileTable> | undefined, key: 'goals' | 'languages'): string[] {
  if (profile === undefined) return [];
  try {
    const parsed: unknown = JSON.parse(profile[key]);
    return Array.isArray(parsed) ? parsed.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
}

/** Values held by at least two members, most shared first, with how many hold each. */
function shared(lists: readonly string[][]): string[] {
  const counts = new Map<string, number>();
  for (const list of lists) for (const value of new Set(list)) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts.entries()]
    .filter(([, n]) => n >= 2)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([value, n]) => `${value} (${n})`);
}

/**
 * A group's intro message: its members (mentioned, which adds them to the private thread),
 * the goals and languages they share and how compatible they are. Nothing of anyone's
 * do-not-pair list, which stays private.
 * @param group - the group
 * @param profiles - the members' profiles, by user id
 */
export function groupIntro(group: IntroGroup, profiles: ReadonlyMap<string, Selectable<LearningProfileTable>>): string {
  const members = group.memberIds.map((id) => profiles.get(id));
  const goals = shared(members.map((p) => listOf(p, 'goals')));
  const languages = shared(members.map((p) => listOf(p, 'languages')));
  const fits = group.memberIds.map((id, i) => `<@${id}> ${percent(group.memberCompatibility[i] ?? 0)}`);
  const lines = [
    `**${groupThreadName(group.number, group.type)}**`,
    `Welcome ${group.memberIds.map((id) => `<@${id}>`).join(' ')}!`,
    `You were grouped by skill, pace, goals, time zone and learning style: ${percent(group.compatibility)} compatible.`,
    goals.length > 0 ? `Goals you share: ${goals.join(', ')}.` : null,
    languages.length > 0 ? `Languages you share: ${languages.join(', ')}.` : null,
    `How well each of you fits the group: ${fits.join(' · ')}.`,
    'Say hello and agree on a first time to meet. `/study-groups list` shows every group.',
  ];
  return truncateText(lines.filter((l): l is string => l !== null).join('\n'), MESSAGE_CONTENT_LIMIT);
}
