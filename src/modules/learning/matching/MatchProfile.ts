import type { CommunicationStyle, LearningStyle, MentorCategory } from '../config/LearningTypes.js';

/** A learner as the matching algorithms see one (built from a profile row by `learnerVector`). */
export interface LearnerVector {
  id: string;
  /** Skill rank: 0 beginner … 3 expert. */
  skill: number;
  /** Pace rank: 0 relaxed … 2 intensive. */
  pace: number;
  goals: readonly string[];
  interests: readonly string[];
  industry: string | null;
  style: LearningStyle;
  communication: CommunicationStyle;
  languages: readonly string[];
  /**
   * The hours of a week (UTC, hour = weekday × 24 + hour, Monday 0) the member is available,
   * as 168 bits in 6 words (bit h % 32 of word h >> 5).
   */
  hours: Uint32Array;
  /** 1 − `noShowPenalty` × no-shows, at least 0.5: multiplies the member's match scores. */
  reliability: number;
}

/** A mentor: their learner vector plus what they offer. */
export interface MentorVector extends LearnerVector {
  category: MentorCategory;
  domains: readonly string[];
  /** Mentees they can still take. */
  capacity: number;
}

/** A mentee waiting for a mentor, with an optional category preference. */
export interface MenteeVector extends LearnerVector {
  preferredCategory: MentorCategory | null;
}

/** Seed 003's study group weights (they add up to 1). */
export interface GroupWeights {
  skill: number;
  pace: number;
  goals: number;
  timezone: number;
  style: number;
}

/** Seed 003's mentor matching weights (they add up to 1). */
export interface MentorWeights {
  domain: number;
  career: number;
  communication: number;
  availability: number;
  culture: number;
}

/** A study-group formation problem over a whole cohort. */
export interface GroupProblem {
  learners: readonly LearnerVector[];
  minSize: number;
  maxSize: number;
  weights: GroupWeights;
  /** `similar`: shared goals score; `cross-domain`: different interests score (goals weight). */
  mode: 'similar' | 'cross-domain';
  /** Only members of the same industry are grouped (industry groups); members without one are unplaced. */
  sameIndustry: boolean;
  /** Pairs never grouped together (do-not-pair lists), by member id. */
  forbidden: readonly (readonly [string, string])[];
  /** Pairs grouped together recently: avoided when possible (a heavy penalty, not a ban). */
  recent: readonly (readonly [string, string])[];
}

/** A formed group. */
export interface FormedGroup {
  memberIds: string[];
  /** Mean pairwise compatibility, 0…1. */
  compatibility: number;
  /** Each member's mean compatibility with the others, in `memberIds` order. */
  memberCompatibility: number[];
}

/** The answer to a {@link GroupProblem}. */
export interface GroupSolution {
  groups: FormedGroup[];
  /** Members no group could take, each with a reason members and staff are told. */
  unplaced: { id: string; reason: string }[];
  /** Sum over placed members of their mean compatibility with their group (repeat penalties excluded). */
  value: number;
  /** An upper bound of `value` over every feasible grouping. */
  bound: number;
  /** (bound − value) / bound × 100; 0 when `exact`. */
  gapPct: number;
  /** Solved exactly (small cohorts): no better grouping exists. */
  exact: boolean;
}

/** A mentor assignment problem. */
export interface MentorProblem {
  mentees: readonly MenteeVector[];
  mentors: readonly MentorVector[];
  weights: MentorWeights;
  /** Only pairs at or above this are allowed (seed 003: 0.7). */
  minCompatibility: number;
  forbidden: readonly (readonly [string, string])[];
}

/** One assigned pair. */
export interface MentorPair {
  menteeId: string;
  mentorId: string;
  compatibility: number;
}

/** The answer to a {@link MentorProblem}: most mentees matched, then the highest total compatibility. */
export interface MentorAssignment {
  pairs: MentorPair[];
  unassigned: { menteeId: string; reason: string }[];
  total: number;
}
