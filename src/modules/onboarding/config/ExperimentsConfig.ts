import { z } from 'zod';

/** What an onboarding experiment measures for each assigned member. */
export const EXPERIMENT_OUTCOMES = ['intro_within_7d', 'verified_within_7d', 'active_at_day_30'] as const;
export type ExperimentOutcome = (typeof EXPERIMENT_OUTCOMES)[number];

/** One arm of an experiment: a welcome text (and weight). */
export const ExperimentVariantConfig = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9_-]{0,31}$/, 'lower-case letters, digits, - and _ (at most 32)'),
    weight: z.number().positive().default(1).describe('Share of members (relative to the other variants).'),
    welcomeMessage: z
      .string()
      .min(1)
      .max(2000)
      .nullable()
      .default(null)
      .describe('Welcome text for this variant (null: the normal welcome; use it for the control).'),
  })
  .strict();

/** One A/B test of welcome variants. */
export const ExperimentConfig = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9_-]{0,31}$/, 'lower-case letters, digits, - and _ (at most 32)'),
    enabled: z.boolean().default(true).describe('Assign new joiners (results stay readable when off).'),
    variants: z
      .array(ExperimentVariantConfig)
      .min(2)
      .max(2)
      .describe('Exactly two: the first is the control, the second the treatment.'),
    outcome: z
      .enum(EXPERIMENT_OUTCOMES)
      .describe('Success for a member: intro_within_7d, verified_within_7d or active_at_day_30.'),
    baselineRate: z.number().gt(0).lt(1).describe("The control's expected success rate (sets the sample size)."),
    minimumDetectableEffect: z
      .number()
      .gt(0)
      .lt(1)
      .describe('Smallest absolute lift worth detecting (0.05 = five points); sets the sample size.'),
    alpha: z.number().gt(0).lt(0.5).default(0.05).describe('Significance level (two-sided).'),
    power: z.number().gt(0.5).lt(1).default(0.8).describe('Chance to detect an effect of that size.'),
  })
  .strict()
  .refine((e) => e.variants[0]?.id !== e.variants[1]?.id, { message: 'the two variants need different ids' });

export type ExperimentConfig = z.infer<typeof ExperimentConfig>;

/** The `onboarding.experiments` list. */
export const ExperimentsConfig = z
  .array(ExperimentConfig)
  .max(10)
  .default([])
  .describe(
    'A/B tests of welcome texts: members are assigned deterministically; results (with confidence intervals) are judged only once the planned sample size is reached (see docs/onboarding-experiments.md).',
  );
