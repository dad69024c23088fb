import type { ContributionKind } from '../../../core/DomainEvent.js';

/** Points per kind of action: `message` plus every contribution kind. */
export type PointsTable = Record<'message' | ContributionKind, number>;

/** What a leaderboard category adds up. */
export interface CategoryRule {
  label: string;
  kinds: AwardKind[];
  /** `count`: how many awards of those kinds; `points`: the points they earned. */
  measure: 'count' | 'points';
}

/** Every kind of award recorded in the ledger. */
export type AwardKind =
  'message' | ContributionKind | 'referral' | 'referral_welcome' | 'achievement' | 'referral_tier';

/** Award kinds that are not contributions (for config validation and docs). */
export const OTHER_AWARD_KINDS = ['message', 'referral', 'referral_welcome', 'achievement', 'referral_tier'] as const;

/** A built-in points table with its leaderboard categories. */
export interface PointsPreset {
  points: PointsTable;
  categories: Record<string, CategoryRule>;
}

const zeroes: PointsTable = {
  message: 0,
  helpful_answer: 0,
  bug_reported: 0,
  tutorial: 0,
  event_hosted: 0,
  code_contribution: 0,
  event_attended: 0,
  question_answered: 0,
  quiz_completed: 0,
  code_review: 0,
  best_practice: 0,
  project_leadership: 0,
  team_completion: 0,
  peer_mentoring: 0,
  conflict_resolution: 0,
  original_project: 0,
  improvement_suggestion: 0,
  newcomer_assistance: 0,
  community_moderation: 0,
  feedback: 0,
  challenge_entry: 0,
  challenge_runner_up: 0,
  challenge_winner: 0,
  showcase_award: 0,
};

/** The categories of SPEC §4 (and seed 000's "support heroes"), shared by both presets. */
const commonCategories: Record<string, CategoryRule> = {
  helpful_answers: { label: 'Helpful answers', kinds: ['helpful_answer'], measure: 'count' },
  tutorials: { label: 'Tutorials', kinds: ['tutorial'], measure: 'count' },
  events_attended: { label: 'Events attended', kinds: ['event_attended'], measure: 'count' },
  support_heroes: {
    label: 'Support heroes',
    kinds: ['helpful_answer', 'question_answered', 'newcomer_assistance'],
    measure: 'count',
  },
};

/** The built-in presets: seed 002's points per action, and seed 003's contribution table. */
export const POINT_PRESETS: Record<'seed002' | 'seed003', PointsPreset> = {
  seed002: {
    points: {
      ...zeroes,
      message: 1,
      helpful_answer: 5,
      bug_reported: 10,
      tutorial: 25,
      event_hosted: 50,
      code_contribution: 100,
    },
    categories: commonCategories,
  },
  seed003: {
    points: {
      ...zeroes,
      message: 1,
      helpful_answer: 10,
      question_answered: 10,
      tutorial: 25,
      code_review: 15,
      best_practice: 20,
      project_leadership: 30,
      team_completion: 20,
      peer_mentoring: 25,
      conflict_resolution: 15,
      original_project: 40,
      improvement_suggestion: 10,
      bug_reported: 5,
      code_contribution: 35,
      event_hosted: 30,
      newcomer_assistance: 15,
      community_moderation: 20,
      feedback: 10,
    },
    categories: {
      ...commonCategories,
      knowledge_sharing: {
        label: 'Knowledge sharing',
        kinds: ['helpful_answer', 'question_answered', 'tutorial', 'code_review', 'best_practice'],
        measure: 'points',
      },
      collaboration: {
        label: 'Collaboration',
        kinds: ['project_leadership', 'team_completion', 'peer_mentoring', 'conflict_resolution'],
        measure: 'points',
      },
      innovation: {
        label: 'Innovation',
        kinds: ['original_project', 'improvement_suggestion', 'bug_reported', 'code_contribution'],
        measure: 'points',
      },
      community_building: {
        label: 'Community building',
        kinds: ['event_hosted', 'newcomer_assistance', 'community_moderation', 'feedback'],
        measure: 'points',
      },
    },
  },
};
