import type { GroupType } from './learningApi.js';

/** The group types in the order staff pick them. */
export const GROUP_TYPE_OPTIONS: readonly GroupType[] = [
  'beginner-cohort',
  'intermediate-team',
  'advanced-circle',
  'cross-domain',
  'industry',
];

/** How each group type reads. */
export const GROUP_TYPE_LABELS: Record<GroupType, string> = {
  'beginner-cohort': 'Beginner cohort',
  'intermediate-team': 'Intermediate team',
  'advanced-circle': 'Advanced circle',
  'cross-domain': 'Cross-domain group',
  industry: 'Industry group',
};

/** How each mentor category reads. */
export const MENTOR_CATEGORY_LABELS: Record<string, string> = {
  'industry-professional': 'Industry professional',
  'senior-learner': 'Senior learner',
  'subject-expert': 'Subject expert',
  'career-coach': 'Career coach',
  'academic-advisor': 'Academic advisor',
};

/** How each journey step reads. */
export const SESSION_KIND_LABELS: Record<string, string> = {
  intro: 'Introduction',
  checkin: 'Check-in',
  milestone: 'Milestone review',
  project: 'Quarterly project',
};

/**
 * A value of a profile field as a label: `hands-on` → `Hands-on`.
 * @param value - the stored value
 */
export function capitalised(value: string): string {
  return value.length === 0 ? value : `${value[0]?.toUpperCase() ?? ''}${value.slice(1)}`;
}

/**
 * A share 0…1 as a whole percentage: `82%`.
 * @param share - 0 … 1
 */
export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/**
 * A day as people read it: `3 Dec 2026`.
 * @param epochMs - the time
 */
export function shortDate(epochMs: number): string {
  return new Date(epochMs).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
}
