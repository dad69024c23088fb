import { z } from 'zod';
import { Duration } from '../../../config/Duration.js';

/** What makes a journey step unnecessary for a member (checked when the step is due). */
export const SKIP_CONDITIONS = ['introduced', 'type_chosen', 'rules_accepted', 'verified', 'active'] as const;
export type SkipCondition = (typeof SKIP_CONDITIONS)[number];

/** One step of the journey, at a time relative to the join. */
export const JourneyStepConfig = z
  .object({
    id: z
      .string()
      .regex(/^[a-z][a-z0-9_-]{0,31}$/, 'lower-case letters, digits, - and _ (at most 32)')
      .describe('Stable id (kept in the database, shown in the funnel).'),
    after: Duration.describe('When, counted from the join: `30s`, `5m`, `1d`, `30d`.'),
    message: z
      .string()
      .min(1)
      .max(1800)
      .describe('What the member reads; {member} mentions them, {community} is the community name.'),
    skipWhen: z
      .array(z.enum(SKIP_CONDITIONS))
      .default([])
      .describe(
        'Skip the step when the member already did one of these: introduced (posted an intro), type_chosen, rules_accepted, verified (passed the gate), active (wrote a message in the last 7 days).',
      ),
  })
  .strict();

export type JourneyStepConfig = z.infer<typeof JourneyStepConfig>;

/** The spec's journey: orientation, role selection, intro prompt, then days 1, 3, 7, 14 and 30. */
export const DEFAULT_JOURNEY: z.input<typeof JourneyStepConfig>[] = [
  {
    id: 'orientation',
    after: '30s',
    message:
      'Start here, {member}: the rules, the channel guide and how to get help are pinned in the welcome channel.',
    skipWhen: [],
  },
  {
    id: 'pick-type',
    after: '2m',
    message:
      'Tell us what brings you to {community}: pick developer, designer or learner on the welcome message to see your channels.',
    skipWhen: ['type_chosen'],
  },
  {
    id: 'introduce',
    after: '5m',
    message: 'Say hello in the introductions channel, {member}: who you are and what you are working on.',
    skipWhen: ['introduced'],
  },
  {
    id: 'day-1-check-in',
    after: '1d',
    message: 'How is your first day going, {member}? Ask anything in the help channel; someone will answer.',
    skipWhen: ['active'],
  },
  {
    id: 'day-3-resources',
    after: '3d',
    message: 'A few guides members found useful in their first week are in the resources channel.',
    skipWhen: [],
  },
  {
    id: 'day-7-events',
    after: '7d',
    message: 'This week at {community}: see the events channel for workshops and community calls you can join.',
    skipWhen: [],
  },
  {
    id: 'day-14-feedback',
    after: '14d',
    message: 'Two weeks in: what could we do better? Tell us in the feedback channel, {member}.',
    skipWhen: [],
  },
  {
    id: 'day-30-ambassadors',
    after: '30d',
    message: 'A month with {community}! If you enjoy helping newcomers, ask about the ambassador programme.',
    skipWhen: [],
  },
];

/** The `onboarding.journey` list: step ids unique. */
export const JourneyConfig = z
  .array(JourneyStepConfig)
  .max(50)
  .superRefine((steps, issues) => {
    const seen = new Set<string>();
    steps.forEach((step, index) => {
      if (seen.has(step.id)) issues.addIssue({ code: 'custom', path: [index, 'id'], message: `"${step.id}" twice` });
      seen.add(step.id);
    });
  })
  .prefault(DEFAULT_JOURNEY)
  .describe(
    'Steps after the join, each sent once at its time (durable: restarts do not lose or repeat them), skipped when already done, stopped when the member leaves or says /onboarding stop. [] turns the journey off.',
  );
