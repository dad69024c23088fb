// The request and response schemas of the learning dashboard API (/api/learning/…). The
// dashboard's Learning page reads these shapes: keep them stable.
import { z } from 'zod';
import {
  COMMUNICATION_STYLES,
  GROUP_TYPES,
  LEARNING_STYLES,
  MENTOR_CATEGORIES,
  PACES,
  SESSION_KINDS,
  SKILL_LEVELS,
} from '../config/LearningTypes.js';

const count = z.number().int().min(0);
/** A compatibility or share, 0…1. */
const share = z.number().min(0).max(1);
const GroupType = z.enum(GROUP_TYPES);

/** A member as the dashboard names them. */
export const NamedMember = z.object({ userId: z.string(), name: z.string() });

/** How many members have one value (a skill level, a pace, a goal). */
const Bucket = z.object({ value: z.string(), count });

/** `GET /api/learning/overview`. */
export const LearningOverview = z.object({
  cohort: z.object({
    /** Members with a learner profile. */
    profiles: count,
    /** Profiles taking part in study-group rounds. */
    inGroups: count,
    /** Profiles waiting for a mentor. */
    seekingMentor: count,
    mentorsActive: count,
    mentorsPaused: count,
    activeGroups: count,
    activeMentorships: count,
  }),
  /** Profiles per value, every configured value listed (zeros included), in their order. */
  distributions: z.object({
    skill: z.array(Bucket),
    pace: z.array(Bucket),
    style: z.array(Bucket),
    /** The configured goals first, then any other goal a profile still holds. */
    goals: z.array(Bucket),
  }),
  rounds: z.object({ formed: count, previews: count }),
});
export type LearningOverview = z.infer<typeof LearningOverview>;

/** `GET /api/learning/groups` query. */
export const GroupsQuery = z.object({
  status: z.enum(['active', 'disbanded', 'all']).default('active').describe('Which groups (default active).'),
});

/** One study group. */
export const GroupView = z.object({
  number: z.number().int(),
  type: GroupType,
  status: z.enum(['active', 'disbanded']),
  /** Mean pairwise compatibility of its members. */
  compatibility: share,
  /** Best fitting first: each member's mean compatibility with the others. */
  members: z.array(NamedMember.extend({ compatibility: share })),
  /** The round that formed it. */
  roundNumber: z.number().int().nullable(),
  threadUrl: z.string().nullable(),
  createdAt: z.number(),
  disbandedAt: z.number().nullable(),
});

/** `GET /api/learning/groups`: newest first. */
export const GroupList = z.object({ groups: z.array(GroupView) });
export type GroupList = z.infer<typeof GroupList>;

/** `GET /api/learning/rounds` query. */
export const RoundsQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20).describe('Rounds at most, newest first (default 20).'),
});

/** One round of group formation. */
export const RoundView = z.object({
  number: z.number().int(),
  type: GroupType,
  status: z.enum(['preview', 'formed']),
  source: z.enum(['command', 'schedule', 'dashboard']),
  /** Who asked (null: the schedule). */
  by: NamedMember.nullable(),
  learners: count,
  groups: count,
  unplaced: count,
  value: z.number(),
  bound: z.number(),
  /** (bound − value) / bound in percent; 0 when solved exactly. */
  gapPct: z.number(),
  exact: z.boolean(),
  createdAt: z.number(),
  /** Everyone the round could not place, with the reason. */
  unplacedMembers: z.array(NamedMember.extend({ reason: z.string() })),
});

/** `GET /api/learning/rounds`: newest first. */
export const RoundList = z.object({ total: count, rounds: z.array(RoundView) });
export type RoundList = z.infer<typeof RoundList>;

/** One mentor. */
export const MentorView = NamedMember.extend({
  category: z.enum(MENTOR_CATEGORIES),
  domains: z.array(z.string()),
  capacity: count,
  /** Active mentees now. */
  load: count,
  paused: z.boolean(),
  createdAt: z.number(),
});

/** `GET /api/learning/mentors`: most loaded first. */
export const MentorList = z.object({ mentors: z.array(MentorView) });
export type MentorList = z.infer<typeof MentorList>;

/** `GET /api/learning/mentorships` query. */
export const MentorshipsQuery = z.object({
  status: z
    .enum(['active', 'completed', 'ended', 'all'])
    .default('active')
    .describe('Which mentorships (default active).'),
});

/** One mentorship and its journey. */
export const MentorshipView = z.object({
  id: z.string(),
  mentor: NamedMember,
  mentee: NamedMember,
  compatibility: share,
  source: z.enum(['assignment', 'request']),
  status: z.enum(['active', 'completed', 'ended']),
  startedAt: z.number(),
  endsAt: z.number(),
  endedAt: z.number().nullable(),
  /** Share of the planned length gone by (1 once ended). */
  elapsed: share,
  sessions: z.object({ met: count, noShow: count, skipped: count, pending: count }),
  /** The earliest pending session, null when none is pending. */
  nextDue: z.object({ kind: z.enum(SESSION_KINDS), seq: z.number().int(), dueAt: z.number() }).nullable(),
  threadUrl: z.string().nullable(),
});

/** `GET /api/learning/mentorships`: newest first. */
export const MentorshipList = z.object({ mentorships: z.array(MentorshipView) });
export type MentorshipList = z.infer<typeof MentorshipList>;

/** One learner profile as staff see it. */
export const ProfileView = NamedMember.extend({
  skill: z.enum(SKILL_LEVELS),
  pace: z.enum(PACES),
  style: z.enum(LEARNING_STYLES),
  communication: z.enum(COMMUNICATION_STYLES),
  goals: z.array(z.string()),
  industry: z.string().nullable(),
  interests: z.array(z.string()),
  languages: z.array(z.string()),
  timezone: z.string(),
  availability: z.array(z.string()),
  groupsOptIn: z.boolean(),
  seekingMentor: z.boolean(),
  mentorCategory: z.enum(MENTOR_CATEGORIES).nullable(),
  noShows: count,
  /** Registered as a mentor too. */
  mentor: z.boolean(),
  updatedAt: z.number(),
});

/** `GET /api/learning/profiles`: by name. */
export const ProfileList = z.object({ profiles: z.array(ProfileView) });
export type ProfileList = z.infer<typeof ProfileList>;

/** `POST /api/learning/rounds` body. */
export const RoundBody = z.object({
  type: GroupType.describe('The group type to form.'),
  preview: z.boolean().default(true).describe('Only show the groups (stored as a preview round); default true.'),
});

/** What `POST /api/learning/rounds` answers. */
export const RoundOutcome = z.object({
  number: z.number().int(),
  preview: z.boolean(),
  learners: count,
  groups: z.array(
    z.object({
      /** The group's number; null in a preview. */
      number: z.number().int().nullable(),
      compatibility: share,
      members: z.array(NamedMember),
    }),
  ),
  unplaced: z.array(NamedMember.extend({ reason: z.string() })),
  value: z.number(),
  bound: z.number(),
  gapPct: z.number(),
  exact: z.boolean(),
});
export type RoundOutcome = z.infer<typeof RoundOutcome>;

/** `POST /api/learning/assignments` body. */
export const AssignmentBody = z.object({
  preview: z.boolean().default(true).describe('Only show the pairs, assign nobody; default true.'),
});

/** What `POST /api/learning/assignments` answers. */
export const AssignmentOutcome = z.object({
  preview: z.boolean(),
  /** Mentees waiting when it ran. */
  mentees: count,
  /** Mentors with capacity left. */
  mentors: count,
  pairs: z.array(z.object({ mentee: NamedMember, mentor: NamedMember, compatibility: share })),
  unassigned: z.array(NamedMember.extend({ reason: z.string() })),
  /** Sum of the pairs' compatibility. */
  total: z.number(),
});
export type AssignmentOutcome = z.infer<typeof AssignmentOutcome>;
