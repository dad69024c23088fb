import { z } from 'zod';
import { channelRef, roleRef } from '../../config/checkReferencesRegistry.js';
import { Duration } from '../../config/Duration.js';
import { TimeZone } from '../../config/TimeZone.js';
import { FEEDBACK_TYPES, FeedbackTypeName, SURVEY_KINDS } from './config/FeedbackTypes.js';

const RoleNames = z.array(roleRef(z.string().trim().min(1).max(100)));
const ChannelName = channelRef(z.string().min(1));

/** A channel or forum whose new messages or posts become feedback items of a type. */
const IntakeChannel = z
  .object({
    channel: ChannelName.describe('A text channel (each top-level message is an item) or a forum (each post is one).'),
    type: FeedbackTypeName.default('general').describe(`The items' type: ${FEEDBACK_TYPES.join(', ')}.`),
  })
  .strict();

/** Seed 002 §5.3's confirmations, and one for community suggestions in the same voice. */
export const DEFAULT_AUTO_RESPONSES = {
  bug: 'Thanks for reporting this issue! Our team will investigate and get back to you within 24 hours.',
  feature: "Great idea! We've added this to our feature request list. We'll keep you updated on progress.",
  general: 'Thank you for your feedback! We appreciate your input and will use it to improve.',
  suggestion: "Thanks for the suggestion! The community can vote on it, and we'll keep you updated on what happens.",
} as const;

const AutoResponses = z
  .object({
    bug: z.string().min(1).max(1500).default(DEFAULT_AUTO_RESPONSES.bug),
    feature: z.string().min(1).max(1500).default(DEFAULT_AUTO_RESPONSES.feature),
    general: z.string().min(1).max(1500).default(DEFAULT_AUTO_RESPONSES.general),
    suggestion: z.string().min(1).max(1500).default(DEFAULT_AUTO_RESPONSES.suggestion),
  })
  .strict()
  .prefault({});

/** `feedback.sentiment`: how text is scored. */
const SentimentConfig = z
  .object({
    messages: z
      .boolean()
      .default(true)
      .describe(
        'Score every message (counted per channel and day, no text kept): the share of positive messages is the health score’s sentiment part.',
      ),
    words: z
      .record(z.string().trim().toLowerCase().min(1).max(40), z.number().min(-5).max(5))
      .default({})
      .describe(
        'Community words and their valence from -5 (very negative) to 5 (very positive), overriding the library’s lexicon (`ship: 2`, `flaky: -2`, `sick: 3`).',
      ),
    positiveAbove: z.number().min(-1).max(1).default(0.05).describe('A score (-1…1) above this is positive.'),
    negativeBelow: z
      .number()
      .min(-1)
      .max(1)
      .default(-0.05)
      .describe('A score (-1…1) below this is negative; between the two, neutral.'),
  })
  .strict()
  .prefault({})
  .refine((s) => s.negativeBelow <= s.positiveAbove, 'negativeBelow must not be above positiveAbove');

/** `feedback.critical`: what alerts moderators at once. */
const CriticalConfig = z
  .object({
    keywords: z
      .array(z.string().trim().toLowerCase().min(1).max(60))
      .default(['broken', 'security', 'data loss', 'vulnerability', 'exploit', 'hacked', 'leak', 'crash', 'outage'])
      .describe('An item whose title or text holds one of these words or phrases (whole words, any case) is critical.'),
    scoreAtMost: z
      .number()
      .min(-1)
      .max(1)
      .default(-0.6)
      .describe('An item scored at or below this (strongly negative) is critical.'),
    channel: ChannelName.nullable()
      .default(null)
      .describe(
        'Where critical items are announced to moderators (once per item); null: flagged on the dashboard only.',
      ),
    mentionRoles: RoleNames.default([]).describe('Roles mentioned in the alert.'),
  })
  .strict()
  .prefault({});

/** `feedback.voting`: vote buttons on items. */
const VotingConfig = z
  .object({
    types: z
      .array(FeedbackTypeName)
      .default(['feature', 'suggestion'])
      .describe('Item types that get vote buttons (one vote per member, changeable).'),
    downvotes: z.boolean().default(true).describe('Offer a 👎 button as well as 👍.'),
  })
  .strict()
  .prefault({});

/** One scheduled survey. */
const ScheduledSurvey = z
  .object({
    id: z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'must be lower-case letters, digits and dashes')
      .describe('Stable id of the schedule.'),
    kind: z.enum(SURVEY_KINDS).describe('`satisfaction` (1–10) or `nps` (0–10, promoters 9–10, detractors 0–6).'),
    question: z.string().min(1).max(300).optional().describe('The question (default per kind).'),
    channel: ChannelName.describe('Where the survey is posted.'),
    rrule: z
      .string()
      .min(1)
      .describe(
        'When, as an RFC 5545 RRULE in `feedback.timezone` (`FREQ=MONTHLY;BYMONTHDAY=1;BYHOUR=17;BYMINUTE=0`).',
      ),
    openFor: Duration.prefault('7d').describe('How long answers are accepted.'),
  })
  .strict();

/** `feedback.surveys`. */
const SurveysConfig = z
  .object({
    scheduled: z.array(ScheduledSurvey).max(10).default([]).describe('Surveys posted on a schedule.'),
    openFor: Duration.prefault('7d').describe('How long an on-demand survey accepts answers.'),
  })
  .strict()
  .prefault({});

/** `feedback.report`: the weekly report. */
const ReportConfig = z
  .object({
    channel: ChannelName.nullable()
      .default(null)
      .describe('Staff channel for the weekly report; null: dashboard only.'),
    weekday: z
      .enum(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'])
      .default('monday')
      .describe('Day the report covering the previous seven days is posted.'),
    hour: z.number().int().min(0).max(23).default(9).describe('Hour (in `feedback.timezone`) it is posted.'),
    topTopics: z.number().int().min(1).max(25).default(8).describe('Topics listed.'),
  })
  .strict()
  .prefault({});

/** The `feedback:` section of community.yaml. */
export const FeedbackConfig = z
  .object({
    enabled: z.boolean().default(true).describe('Turn the module on or off.'),
    timezone: TimeZone.default('UTC').describe('Time zone of the survey schedules and the weekly report (IANA name).'),
    channel: ChannelName.nullable()
      .default(null)
      .describe(
        'Forum or text channel where `/feedback` items are posted (a forum post, or a message with a thread) for discussion, votes and status notices; null: the channel `/feedback` was used in.',
      ),
    intakeChannels: z
      .array(IntakeChannel)
      .default([])
      .describe('Channels and forums whose new messages or posts become feedback items.'),
    staffRoles: RoleNames.default([]).describe(
      "Roles that may triage, change status and merge (and the owner and Administrator). Empty: the dashboard's admin and moderator roles (`dashboard.roles`).",
    ),
    autoResponses: AutoResponses.describe('The confirmation posted to the author per type (seed 002 §5.3).'),
    sentiment: SentimentConfig,
    critical: CriticalConfig,
    voting: VotingConfig,
    surveys: SurveysConfig,
    polls: z
      .object({
        duration: Duration.prefault('24h').describe('Default length of a `/poll` (Discord allows 1 hour to 32 days).'),
      })
      .strict()
      .prefault({}),
    report: ReportConfig,
  })
  .strict()
  .superRefine((value, ctx) => {
    const ids = new Set<string>();
    value.surveys.scheduled.forEach((survey, index) => {
      if (ids.has(survey.id)) {
        ctx.addIssue({
          code: 'custom',
          message: `survey id "${survey.id}" is used twice`,
          path: ['surveys', 'scheduled', index, 'id'],
        });
      }
      ids.add(survey.id);
    });
  })
  .prefault({});

export type FeedbackConfig = z.infer<typeof FeedbackConfig>;
