import { z } from 'zod';
import { CONTRIBUTION_KINDS } from '../../../core/DomainEvent.js';

/**
 * What a condition can measure about a member: totals kept by the recognition module, the
 * member's time in the server, and how many contributions of each kind they have.
 */
export const METRICS = [
  'points',
  'messages',
  'tenure_days',
  'thanks_received',
  'referrals',
  ...CONTRIBUTION_KINDS,
] as const;

/** One measurable fact about a member (see {@link METRICS}). */
export type Metric = (typeof METRICS)[number];

/** Thresholds by metric: the member needs at least this much of each. */
export const Conditions = z
  .partialRecord(z.enum(METRICS), z.number().int().min(0).max(10_000_000))
  .describe(
    'Minimum per metric: points, messages (meaningful ones), tenure_days, thanks_received, referrals (confirmed), or a contribution kind (helpful_answer, tutorial, event_attended …: how many).',
  );

/** Thresholds by metric. */
export type Conditions = z.infer<typeof Conditions>;

/** Whether every condition must hold, or any one. */
export const Match = z.enum(['all', 'any']).describe('all: every condition must hold; any: one is enough.');

/** `all` or `any`. */
export type Match = z.infer<typeof Match>;
