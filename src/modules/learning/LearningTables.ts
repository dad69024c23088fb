import type { Kysely } from 'kysely';
import type { CoreTables } from '../../store/CoreTables.js';
import type {
  CommunicationStyle,
  GroupType,
  LearningStyle,
  MentorCategory,
  Pace,
  SessionKind,
  SessionOutcome,
  SkillLevel,
} from './config/LearningTypes.js';

/**
 * A member's learner profile. List columns hold JSON arrays of strings (`goals`, `interests`,
 * `languages`, `availability`).
 */
export interface LearningProfileTable {
  guild_id: string;
  user_id: string;
  skill: SkillLevel;
  pace: Pace;
  style: LearningStyle;
  communication: CommunicationStyle;
  /** JSON: career goals from `learning.goals`. */
  goals: string;
  /** One of `learning.industries`, for industry groups. */
  industry: string | null;
  /** JSON: free interest tags (`react`, `sql`). */
  interests: string;
  /** JSON: languages the member is happy to use (`en`, `de`). */
  languages: string;
  /** IANA time zone. */
  timezone: string;
  /** JSON: availability slots (`weekday-evening`) in the member's time zone. */
  availability: string;
  /** 1: takes part in study-group rounds. */
  groups_opt_in: number;
  /** 1: wants a mentor (waits for the next assignment). */
  seeking_mentor: number;
  /** A preferred mentor category, when the mentee has one. */
  mentor_category: MentorCategory | null;
  /** 1: journey prompts may also come by DM (the member's own choice). */
  dm: number;
  /** Recorded no-shows: each lowers future match scores by `mentors.noShowPenalty`. */
  no_shows: number;
  created_at: number;
  updated_at: number;
}

/** A member registered as a mentor (their profile row holds availability, languages, communication). */
export interface LearningMentorTable {
  guild_id: string;
  user_id: string;
  category: MentorCategory;
  /** JSON: domains of expertise (tags, compared with mentees' interests and goals). */
  domains: string;
  /** How many active mentees they take. */
  capacity: number;
  /** 0: paused (kept, not assigned new mentees). */
  active: number;
  created_at: number;
  updated_at: number;
}

/** A member's do-not-pair list (checked both ways). */
export interface LearningAvoidTable {
  guild_id: string;
  user_id: string;
  other_id: string;
  created_at: number;
}

/** One round of study-group formation (a preview is kept until formed or replaced). */
export interface LearningRoundTable {
  guild_id: string;
  id: string;
  /** The guild's running round number. */
  number: number;
  type: GroupType;
  source: 'command' | 'schedule' | 'dashboard';
  schedule_id: string | null;
  by: string | null;
  status: 'preview' | 'formed';
  learners: number;
  groups: number;
  unplaced: number;
  /** The objective reached: sum over members of their mean compatibility with their group. */
  value: number;
  /** An upper bound of the objective. */
  bound: number;
  /** (bound − value) / bound, in percent; 0 when solved exactly. */
  gap: number;
  /** 1: solved exactly (small cohorts). */
  exact: number;
  created_at: number;
}

/** A study group. */
export interface LearningGroupTable {
  guild_id: string;
  id: string;
  round_id: string;
  /** The guild's running group number (`Study group 12`). */
  number: number;
  type: GroupType;
  thread_id: string | null;
  role_id: string | null;
  /** Mean pairwise compatibility of its members, 0…1. */
  compatibility: number;
  status: 'active' | 'disbanded';
  created_at: number;
  disbanded_at: number | null;
}

/** A member of a group (also the history repeat avoidance reads). */
export interface LearningGroupMemberTable {
  guild_id: string;
  group_id: string;
  user_id: string;
  /** The member's mean compatibility with the others, 0…1. */
  compatibility: number;
}

/** A member a round could not place, and why: nobody is left out silently. */
export interface LearningUnplacedTable {
  guild_id: string;
  round_id: string;
  user_id: string;
  reason: string;
}

/** A mentor and a mentee. */
export interface LearningMentorshipTable {
  guild_id: string;
  id: string;
  mentor_id: string;
  mentee_id: string;
  /** Pair compatibility at the match, 0…1. */
  compatibility: number;
  source: 'assignment' | 'request';
  status: 'active' | 'completed' | 'ended';
  /** The pair's private thread (intro and journey prompts). */
  thread_id: string | null;
  started_at: number;
  ends_at: number;
  ended_at: number | null;
  ended_by: string | null;
  end_reason: string | null;
}

/** One step of a mentorship journey: prompted when due, answered by either side. */
export interface LearningSessionTable {
  guild_id: string;
  id: string;
  mentorship_id: string;
  kind: SessionKind;
  /** 1, 2, … per kind. */
  seq: number;
  due_at: number;
  prompt_message_id: string | null;
  outcome: SessionOutcome;
  /** Who did not show (outcome `no_show`). */
  no_show_user_id: string | null;
  recorded_by: string | null;
  recorded_at: number | null;
}

/** The learning module's tables. */
export type LearningTables = {
  learning_profiles: LearningProfileTable;
  learning_mentors: LearningMentorTable;
  learning_avoid: LearningAvoidTable;
  learning_rounds: LearningRoundTable;
  learning_groups: LearningGroupTable;
  learning_group_members: LearningGroupMemberTable;
  learning_unplaced: LearningUnplacedTable;
  learning_mentorships: LearningMentorshipTable;
  learning_sessions: LearningSessionTable;
};

/**
 * The store's database seen with the learning tables.
 * @param db - the store's database
 */
export function learningDb(db: Kysely<CoreTables>): Kysely<CoreTables & LearningTables> {
  return db.withTables<LearningTables>();
}
