import { z } from 'zod';
import { channelRef, roleRef } from '../../config/checkReferencesRegistry.js';
import { Duration } from '../../config/Duration.js';
import { TimeZone } from '../../config/TimeZone.js';
import {
  GROUP_TYPES,
  GroupTypeName,
  MENTOR_CATEGORIES,
  MentorCategoryName,
  SKILL_LEVELS,
  SkillLevelName,
} from './config/LearningTypes.js';

const RoleNames = z.array(roleRef(z.string().trim().min(1).max(100)));
const ChannelName = channelRef(z.string().min(1));
const Tag = z.string().trim().toLowerCase().min(1).max(40);

const Weight = z.number().min(0).max(1);
const sumsToOne = (weights: Record<string, number>): boolean =>
  Math.abs(Object.values(weights).reduce((a, b) => a + b, 0) - 1) < 1e-6;

/** Seed 003's study group weights. */
const GroupWeights = z
  .object({
    skill: Weight.default(0.3).describe('Similar skill level.'),
    pace: Weight.default(0.25).describe('Similar learning pace.'),
    goals: Weight.default(0.2).describe('Shared career goals (for cross-domain groups: different interests).'),
    timezone: Weight.default(0.15).describe('Overlap of the hours members are available (in UTC).'),
    style: Weight.default(0.1).describe('Learning style compatibility.'),
  })
  .strict()
  .prefault({})
  .refine(sumsToOne, 'the weights must add up to 1');

/** Seed 003's mentor matching criteria. */
const MentorWeights = z
  .object({
    domain: Weight.default(0.3).describe("Domain expertise: the mentor's domains cover the mentee's interests."),
    career: Weight.default(0.25).describe("Career trajectory: the mentor's path covers the mentee's career goals."),
    communication: Weight.default(0.15).describe('Communication style (async, live, mixed).'),
    availability: Weight.default(0.2).describe('Overlap of available hours (in UTC).'),
    culture: Weight.default(0.1).describe('Cultural fit: a shared language.'),
  })
  .strict()
  .prefault({})
  .refine(sumsToOne, 'the weights must add up to 1');

/** One kind of study group a round forms. */
const GroupTypeConfig = z
  .object({
    skills: z
      .array(SkillLevelName)
      .min(1)
      .optional()
      .describe(
        `Skill levels that take part (default by type: beginner-cohort → beginner; intermediate-team → intermediate; advanced-circle → advanced, expert; others → all of ${SKILL_LEVELS.join(', ')}).`,
      ),
    minSize: z.number().int().min(2).max(25).optional().describe('Smallest group (default `groups.minSize`).'),
    maxSize: z.number().int().min(2).max(25).optional().describe('Largest group (default `groups.maxSize`).'),
  })
  .strict();

/** A round of group formation on a schedule. */
const ScheduledRound = z
  .object({
    id: z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'must be lower-case letters, digits and dashes')
      .describe('Stable id of the schedule.'),
    type: GroupTypeName.describe(`The group type: ${GROUP_TYPES.join(', ')}.`),
    rrule: z
      .string()
      .min(1)
      .describe(
        'When, as an RFC 5545 RRULE in `learning.timezone` (`FREQ=MONTHLY;BYMONTHDAY=1;BYHOUR=18;BYMINUTE=0`).',
      ),
  })
  .strict();

/** `learning.groups`. */
const GroupsConfig = z
  .object({
    channel: ChannelName.nullable()
      .default(null)
      .describe(
        'Text channel under which each group gets a private thread; null: groups are formed and listed, no thread.',
      ),
    roles: z
      .boolean()
      .default(true)
      .describe('Give each group a role (`Study group 12`), removed when the group is disbanded.'),
    minSize: z.number().int().min(2).max(25).default(3).describe('Smallest group.'),
    maxSize: z.number().int().min(2).max(25).default(5).describe('Largest group.'),
    weights: GroupWeights.describe('Compatibility weights (seed 003); they add up to 1.'),
    types: z
      .partialRecord(GroupTypeName, GroupTypeConfig)
      .default({})
      .describe('Per group type: who takes part and size bounds.'),
    avoidRepeatRounds: z
      .number()
      .int()
      .min(0)
      .max(50)
      .default(3)
      .describe('Members grouped together in the last N rounds are not grouped together again when it can be avoided.'),
    scheduled: z.array(ScheduledRound).max(10).default([]).describe('Rounds formed on a schedule (none by default).'),
    lifetime: Duration.nullable()
      .default(null)
      .describe('Groups are disbanded after this long; null: staff disband them.'),
  })
  .strict()
  .prefault({})
  .refine((g) => g.minSize <= g.maxSize, 'minSize must not be above maxSize');

/** `learning.mentors`. */
const MentorsConfig = z
  .object({
    channel: ChannelName.nullable()
      .default(null)
      .describe(
        'Text channel under which each mentorship gets a private thread (intro and journey prompts); null: prompts by DM to members who allowed them, else not sent.',
      ),
    categories: z
      .array(MentorCategoryName)
      .min(1)
      .default([...MENTOR_CATEGORIES])
      .describe('Mentor categories offered (seed 003).'),
    minCompatibility: z
      .number()
      .min(0)
      .max(1)
      .default(0.7)
      .describe('Only pairs at or above this are recommended or assigned.'),
    weights: MentorWeights.describe('Matching criteria weights (seed 003); they add up to 1.'),
    defaultCapacity: z
      .number()
      .int()
      .min(1)
      .max(20)
      .default(2)
      .describe('Mentees a mentor takes when they do not say.'),
    noShowPenalty: z
      .number()
      .min(0)
      .max(1)
      .default(0.1)
      .describe("Each recorded no-show lowers that member's future match scores by this share (down to half)."),
    mentorRoles: RoleNames.default([]).describe(
      'Only members with one of these roles may register as mentors; empty: anyone.',
    ),
  })
  .strict()
  .prefault({});

/** `learning.journey`: the mentorship journey (seed 003). */
const JourneyConfig = z
  .object({
    intro: Duration.prefault('1d').describe('When the introduction session prompt is posted after a match (week 1).'),
    checkinEvery: Duration.prefault('14d').describe('Check-ins (bi-weekly).'),
    milestoneEvery: Duration.prefault('30d').describe('Milestone reviews (monthly).'),
    projectEvery: Duration.prefault('90d').describe('Quarterly project reviews.'),
    length: Duration.prefault('180d').describe('How long a mentorship runs before it completes.'),
    answerWithin: Duration.prefault('7d').describe('A session not confirmed within this is recorded as skipped.'),
  })
  .strict()
  .prefault({});

/** The `learning:` section of community.yaml. */
export const LearningConfig = z
  .object({
    enabled: z.boolean().default(true).describe('Turn the module on or off.'),
    timezone: TimeZone.default('UTC').describe('Time zone of the scheduled rounds (IANA name).'),
    staffRoles: RoleNames.default([]).describe(
      "Roles that form groups and assign mentors (and the owner and Administrator). Empty: the dashboard's admin and moderator roles (`dashboard.roles`).",
    ),
    goals: z
      .array(Tag)
      .min(1)
      .default(['frontend', 'backend', 'data', 'devops', 'mobile', 'security', 'design', 'career-change'])
      .describe('Career goals members choose from.'),
    industries: z
      .array(Tag)
      .default(['healthcare-it', 'fintech', 'edtech'])
      .describe('Industries for industry groups (seed 003: Healthcare IT, FinTech, EdTech).'),
    groups: GroupsConfig,
    mentors: MentorsConfig,
    journey: JourneyConfig,
  })
  .strict()
  .superRefine((value, ctx) => {
    const ids = new Set<string>();
    value.groups.scheduled.forEach((round, index) => {
      if (ids.has(round.id)) {
        ctx.addIssue({
          code: 'custom',
          message: `round id "${round.id}" is used twice`,
          path: ['groups', 'scheduled', index, 'id'],
        });
      }
      ids.add(round.id);
    });
  })
  .prefault({});

export type LearningConfig = z.infer<typeof LearningConfig>;
