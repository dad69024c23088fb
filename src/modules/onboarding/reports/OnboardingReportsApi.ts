// The request and response schemas of onboarding's report routes (/api/onboarding/…). The
// dashboard's Onboarding page and `guildhall report onboarding` read these shapes: keep them stable.
import { z } from 'zod';
import { EXPERIMENT_OUTCOMES } from '../config/ExperimentsConfig.js';

/** A UTC calendar date, `YYYY-MM-DD`. */
export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD');

/** How the funnel is split: not at all, by member type, or by experiment variant. */
export const FUNNEL_GROUPINGS = ['none', 'type', 'variant'] as const;
export type FunnelGrouping = (typeof FUNNEL_GROUPINGS)[number];

/** `GET /api/onboarding/funnel` (and `funnel.csv`): the members who joined in a date range. */
export const FunnelQuery = z.object({
  from: IsoDate.optional().describe('First day of joins (UTC, included). Default: 29 days before `to`.'),
  to: IsoDate.optional().describe('Last day of joins (UTC, included). Default: today.'),
  by: z
    .enum(FUNNEL_GROUPINGS)
    .default('none')
    .describe('Split the funnel: none, type (member type) or variant (A/B experiment arm).'),
});
export type FunnelQuery = z.infer<typeof FunnelQuery>;

/** The steps of the funnel, in order. */
export const FUNNEL_STEPS = [
  'joined',
  'welcomed',
  'type_chosen',
  'rules_accepted',
  'intro_posted',
  'completed',
] as const;
export type FunnelStepId = (typeof FUNNEL_STEPS)[number];

/** One step of a funnel. Steps may be done in any order, so a step can outnumber the one before. */
export const FunnelStep = z.object({
  id: z.enum(FUNNEL_STEPS),
  label: z.string(),
  /** Members (of the group's joiners) who did this step. */
  members: z.number().int(),
  /** members / joined; null without joiners. */
  shareOfJoined: z.number().nullable(),
  /** The previous step's members minus this step's (0 for `joined`; negative when more did this step). */
  dropOff: z.number().int(),
  /** dropOff / the previous step's members; null for `joined` or when the previous step has none. */
  dropOffRate: z.number().nullable(),
  /** Median time from the join to this step, of the members who did it; null when none did. */
  medianMs: z.number().nullable(),
});
export type FunnelStep = z.infer<typeof FunnelStep>;

/** The funnel of a group of joiners (everyone, one member type, or one experiment arm). */
export const FunnelGroup = z.object({
  /** `all`, `type:<id>` (`type:` for no type yet) or `variant:<experiment>:<variant>`. */
  key: z.string(),
  label: z.string(),
  memberType: z.string().nullable(),
  experimentId: z.string().nullable(),
  variantId: z.string().nullable(),
  joined: z.number().int(),
  /** completed / joined; null without joiners. */
  completionRate: z.number().nullable(),
  /** completionRate ≥ the target; null without joiners. */
  meetsTarget: z.boolean().nullable(),
  steps: z.array(FunnelStep),
});
export type FunnelGroup = z.infer<typeof FunnelGroup>;

/** What became of one journey step for the range's joiners. */
export const JourneyStepStats = z.object({
  stepId: z.string(),
  /** Still in community.yaml's journey (a step removed since keeps its history). */
  configured: z.boolean(),
  sent: z.object({ dm: z.number().int(), thread: z.number().int(), channel: z.number().int() }),
  /** Sent to the thread or channel because the member's DMs were closed. */
  fellBack: z.number().int(),
  skipped: z.number().int(),
  stopped: z.number().int(),
  /** Scheduled, not due or not carried out yet. */
  waiting: z.number().int(),
});
export type JourneyStepStats = z.infer<typeof JourneyStepStats>;

/** `GET /api/onboarding/funnel`: the completion funnel of a range's joiners. */
export const OnboardingFunnel = z.object({
  range: z.object({ from: IsoDate, to: IsoDate, days: z.number().int() }),
  by: z.enum(FUNNEL_GROUPINGS),
  /** Share of joiners expected to complete onboarding (`onboarding.completionTarget`). */
  completionTarget: z.number(),
  total: FunnelGroup,
  /** One per member type or experiment arm with joiners in the range; [] with by=none. */
  groups: z.array(FunnelGroup),
  journey: z.array(JourneyStepStats),
});
export type OnboardingFunnel = z.infer<typeof OnboardingFunnel>;

const Interval = z.object({ lower: z.number(), upper: z.number() });

const CollectingArm = z.object({
  variantId: z.string(),
  successes: z.number().int(),
  trials: z.number().int(),
  remaining: z.number().int(),
});

const CompleteArm = z.object({
  variantId: z.string(),
  successes: z.number().int(),
  trials: z.number().int(),
  rate: z.number(),
  interval: Interval,
  confidence: z.number(),
});

/** The statistics of an experiment (see docs/onboarding-experiments.md). */
export const ExperimentAnalysisSchema = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('collecting'),
    requiredPerArm: z.number().int(),
    control: CollectingArm,
    treatment: CollectingArm,
  }),
  z.object({
    status: z.literal('complete'),
    requiredPerArm: z.number().int(),
    alpha: z.number(),
    control: CompleteArm,
    treatment: CompleteArm,
    comparison: z.object({
      difference: z.number(),
      interval: Interval,
      confidence: z.number(),
      test: z.enum(['two_proportion_z', 'fisher_exact']),
      z: z.number().nullable(),
      pValue: z.number(),
    }),
    significant: z.boolean(),
  }),
  z.object({ status: z.literal('invalid'), error: z.string() }),
]);
export type ExperimentAnalysisResult = z.infer<typeof ExperimentAnalysisSchema>;

/** One arm's members: assigned, and those whose outcome window has closed (the trials). */
export const ExperimentArm = z.object({
  variantId: z.string(),
  role: z.enum(['control', 'treatment']),
  assigned: z.number().int(),
  /** Assigned members whose outcome window has closed: the arm's n. */
  trials: z.number().int(),
  /** Assigned members still inside their outcome window. */
  waiting: z.number().int(),
});
export type ExperimentArm = z.infer<typeof ExperimentArm>;

/** One configured experiment and its result. */
export const ExperimentResult = z.object({
  id: z.string(),
  enabled: z.boolean(),
  outcome: z.enum(EXPERIMENT_OUTCOMES),
  outcomeLabel: z.string(),
  /** Days after the join before a member's outcome is known. */
  windowDays: z.number().int(),
  design: z.object({
    baselineRate: z.number(),
    minimumDetectableEffect: z.number(),
    alpha: z.number(),
    power: z.number(),
  }),
  arms: z.array(ExperimentArm),
  analysis: ExperimentAnalysisSchema,
});
export type ExperimentResult = z.infer<typeof ExperimentResult>;

/** `GET /api/onboarding/experiments`: every configured experiment's result. */
export const OnboardingExperiments = z.object({
  /** Epoch ms the outcome windows were judged at. */
  asOf: z.number(),
  experiments: z.array(ExperimentResult),
});
export type OnboardingExperiments = z.infer<typeof OnboardingExperiments>;
