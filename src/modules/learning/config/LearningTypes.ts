import { z } from 'zod';

/** Skill levels, lowest first (their index is the level's rank in compatibility). */
export const SKILL_LEVELS = ['beginner', 'intermediate', 'advanced', 'expert'] as const;
export type SkillLevel = (typeof SKILL_LEVELS)[number];

/** Learning paces, slowest first. */
export const PACES = ['relaxed', 'steady', 'intensive'] as const;
export type Pace = (typeof PACES)[number];

/** Learning styles (seed 003: complementary approaches to problem-solving). */
export const LEARNING_STYLES = ['visual', 'reading', 'hands-on', 'discussion'] as const;
export type LearningStyle = (typeof LEARNING_STYLES)[number];

/** How a member likes to talk with a mentor. */
export const COMMUNICATION_STYLES = ['async', 'live', 'mixed'] as const;
export type CommunicationStyle = (typeof COMMUNICATION_STYLES)[number];

/** Seed 003's mentor categories. */
export const MENTOR_CATEGORIES = [
  'industry-professional',
  'senior-learner',
  'subject-expert',
  'career-coach',
  'academic-advisor',
] as const;
export type MentorCategory = (typeof MENTOR_CATEGORIES)[number];

/** Seed 003's study group types. */
export const GROUP_TYPES = [
  'beginner-cohort',
  'intermediate-team',
  'advanced-circle',
  'cross-domain',
  'industry',
] as const;
export type GroupType = (typeof GROUP_TYPES)[number];

/** The mentorship journey's steps (seed 003): intro in week 1, bi-weekly check-ins, monthly milestone reviews, quarterly project. */
export const SESSION_KINDS = ['intro', 'checkin', 'milestone', 'project'] as const;
export type SessionKind = (typeof SESSION_KINDS)[number];

/** How a journey session went. */
export const SESSION_OUTCOMES = ['pending', 'met', 'no_show', 'skipped'] as const;
export type SessionOutcome = (typeof SESSION_OUTCOMES)[number];

/** Availability slots a member picks, in their own time zone (weekdays or weekend × part of day). */
export const AVAILABILITY_SLOTS = [
  'weekday-morning',
  'weekday-afternoon',
  'weekday-evening',
  'weekday-night',
  'weekend-morning',
  'weekend-afternoon',
  'weekend-evening',
  'weekend-night',
] as const;
export type AvailabilitySlot = (typeof AVAILABILITY_SLOTS)[number];

/** Local hours [from, to) of each part of the day. */
export const DAY_PARTS = {
  morning: [8, 12],
  afternoon: [12, 17],
  evening: [17, 22],
  night: [22, 26],
} as const;

export const SkillLevelName = z.enum(SKILL_LEVELS);
export const PaceName = z.enum(PACES);
export const LearningStyleName = z.enum(LEARNING_STYLES);
export const CommunicationStyleName = z.enum(COMMUNICATION_STYLES);
export const MentorCategoryName = z.enum(MENTOR_CATEGORIES);
export const GroupTypeName = z.enum(GROUP_TYPES);

/** Labels members see. */
export const GROUP_TYPE_LABELS: Record<GroupType, string> = {
  'beginner-cohort': 'Beginner cohort',
  'intermediate-team': 'Intermediate team',
  'advanced-circle': 'Advanced circle',
  'cross-domain': 'Cross-domain group',
  industry: 'Industry group',
};
export const MENTOR_CATEGORY_LABELS: Record<MentorCategory, string> = {
  'industry-professional': 'Industry professional',
  'senior-learner': 'Senior learner',
  'subject-expert': 'Subject expert',
  'career-coach': 'Career coach',
  'academic-advisor': 'Academic advisor',
};
export const SESSION_KIND_LABELS: Record<SessionKind, string> = {
  intro: 'Introduction session',
  checkin: 'Check-in',
  milestone: 'Milestone review',
  project: 'Quarterly project',
};
