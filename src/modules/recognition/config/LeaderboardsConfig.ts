import { z } from 'zod';
import { channelRef } from '../../../config/checkReferencesRegistry.js';
import { Duration } from '../../../config/Duration.js';
import { CONTRIBUTION_KINDS } from '../../../core/DomainEvent.js';
import { deprecatedKey, deprecatedNumber, fromDeprecated, refuseBoth } from './deprecatedKeys.js';
import { OTHER_AWARD_KINDS } from './pointPresets.js';

const DAY = 86_400_000;
const seasonLengthDays = deprecatedKey('seasonLengthDays');

/** Leaderboard periods: calendar week (Monday, UTC), calendar month (UTC), season, all time. */
export const PERIODS = ['week', 'month', 'season', 'all'] as const;

/** A leaderboard period. */
export type Period = (typeof PERIODS)[number];

const Category = z
  .object({
    label: z.string().min(1).max(50).describe('Shown as the leaderboard title.'),
    kinds: z
      .array(z.enum([...OTHER_AWARD_KINDS, ...CONTRIBUTION_KINDS]))
      .min(1)
      .describe('Kinds of award it adds up.'),
    measure: z.enum(['count', 'points']).default('count').describe('count: how many; points: their points.'),
  })
  .strict();

const LeaderboardsSection = z
  .object({
    channel: channelRef(z.string().min(1))
      .nullable()
      .default(null)
      .describe('Channel name where leaderboards are posted when a period ends (null: not posted).'),
    schedule: z
      .array(z.enum(['week', 'month', 'season']))
      .default(['week', 'month', 'season'])
      .describe('Periods whose final standings are posted when they end.'),
    postCategories: z
      .array(z.string().regex(/^[a-z][a-z0-9_]*$/))
      .max(9)
      .default(['helpful_answers'])
      .describe('Categories posted with the points leaderboard (one embed each).'),
    size: z.number().int().min(3).max(25).default(10).describe('Positions shown.'),
    defaultPeriod: z.enum(PERIODS).default('week').describe('Period of /leaderboard without a period.'),
    seasonLength: Duration.refine(
      (ms) => ms % DAY === 0 && ms >= 7 * DAY && ms <= 366 * DAY,
      'must be whole days, from 7d to 366d',
    )
      .prefault('91d')
      .describe('Length of a season, in whole days ("91d", "13w"; 7d to 366d).'),
    seasonLengthDays: deprecatedNumber(z.number().int().min(7).max(366), seasonLengthDays),
    seasonStart: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date, YYYY-MM-DD')
      .default('2026-01-05')
      .describe('First day of season 1 (UTC); seasons follow each other from there.'),
    categories: z
      .record(z.string().regex(/^[a-z][a-z0-9_]*$/, 'must be lower_snake_case'), Category)
      .optional()
      .describe(
        'Leaderboard categories by id (besides points); not set: the preset’s (helpful_answers, tutorials, events_attended, support_heroes; seed003 adds its four families).',
      ),
  })
  .strict()
  .describe('Weekly, monthly, seasonal and all-time leaderboards, per category.');

/** `recognition.leaderboards`: the deprecated `seasonLengthDays` read as `seasonLength`. */
export const LeaderboardsConfig = z.preprocess(
  refuseBoth([seasonLengthDays]),
  LeaderboardsSection.transform(({ seasonLengthDays: days, ...rest }) =>
    days === undefined ? rest : { ...rest, seasonLength: fromDeprecated(days, seasonLengthDays) },
  ),
);

/** `recognition.leaderboards`, parsed. */
export type LeaderboardsConfig = z.infer<typeof LeaderboardsConfig>;
