import { z } from 'zod';
import { channelRef, roleRef } from '../../../config/checkReferencesRegistry.js';
import { Duration } from '../../../config/Duration.js';
import { TimeZone } from '../../../config/TimeZone.js';
import { parseRecurrenceRule } from '../../../core/nextOccurrence.js';
import { parseLocalDate } from './localDate.js';

/** Levels a challenge is aimed at (seed 000). */
export const CONTEST_LEVELS = ['beginner', 'intermediate', 'advanced', 'all'] as const;
export const ContestLevel = z.enum(CONTEST_LEVELS);
export type ContestLevel = z.infer<typeof ContestLevel>;

const Name = z.string().trim().min(1).max(100);

/** One challenge of the explicit programme. */
export const ContestItemConfig = z
  .object({
    id: z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]{0,49}$/, 'must be lower-case letters, digits and dashes (at most 50)')
      .describe('Stable id of the challenge (`2027-01-cli-tools`): never change it once announced.'),
    title: z.string().trim().min(1).max(200).describe('Title shown in the announcement.'),
    level: ContestLevel.default('all').describe('Who it is for: beginner, intermediate, advanced or all.'),
    theme: z.string().trim().min(1).max(100).describe('The theme (`Developer tools`, `Accessibility`).'),
    description: z.string().trim().max(2000).default('').describe('The brief and rules shown in the announcement.'),
    opensAt: z
      .string()
      .refine(
        (text) => parseLocalDate(text, 'UTC') !== null,
        'must be a date such as "2027-01-04" or "2027-01-04T18:00"',
      )
      .describe('When it is announced and submissions open: local date (midnight) or date and time, in `timezone`.'),
    submitFor: Duration.prefault('21d').describe('How long submissions stay open.'),
    voteFor: Duration.prefault('5d').describe('How long voting and judging last after submissions close.'),
  })
  .strict();
export type ContestItemConfig = z.infer<typeof ContestItemConfig>;

/** One theme of the rotation. */
export const RotationTheme = z
  .object({
    title: z.string().trim().min(1).max(200),
    theme: z.string().trim().min(1).max(100),
    level: ContestLevel.default('all'),
    description: z.string().trim().max(2000).default(''),
  })
  .strict();

/** The rotation: a challenge generated on each occurrence of an RFC 5545 rule, themes in turn. */
export const ContestRotation = z
  .object({
    enabled: z.boolean().default(false).describe('Generate a challenge on each occurrence of `rrule`.'),
    rrule: z
      .string()
      .refine(
        (text) => parseRecurrenceRule(text) !== null,
        'must be an RFC 5545 rule such as "FREQ=MONTHLY;BYMONTHDAY=1;BYHOUR=12"',
      )
      .default('FREQ=MONTHLY;BYMONTHDAY=1;BYHOUR=12;BYMINUTE=0')
      .describe('When each challenge opens (RFC 5545, without DTSTART), in `timezone`.'),
    themes: z.array(RotationTheme).max(120).default([]).describe('Themes used in turn, one per occurrence.'),
    submitFor: Duration.prefault('21d'),
    voteFor: Duration.prefault('5d'),
  })
  .strict()
  .prefault({})
  .superRefine((rotation, issue) => {
    if (rotation.enabled && rotation.themes.length === 0) {
      issue.addIssue({ code: 'custom', message: 'an enabled rotation needs at least one theme', path: ['themes'] });
    }
  });

/** The `challenges.contests` settings. */
export const ContestsConfig = z
  .object({
    channel: channelRef(Name)
      .nullable()
      .default(null)
      .describe('Channel where challenges are announced and winners named. Null: nothing is announced.'),
    submissions: channelRef(Name)
      .nullable()
      .default(null)
      .describe('Text channel or forum where each entry is posted with its card. Null: the announcement channel.'),
    judgeRoles: z
      .array(roleRef(z.string().trim().min(1).max(100)))
      .default([])
      .describe('Roles whose members may score entries with `/challenge judge` (staff may too).'),
    timezone: TimeZone.default('UTC').describe('Time zone of `opensAt` and the rotation rule (IANA name).'),
    schedule: z
      .object({
        items: z.array(ContestItemConfig).max(200).default([]).describe('Explicit challenges, each with its dates.'),
        rotation: ContestRotation,
      })
      .strict()
      .prefault({})
      .superRefine((schedule, issue) => {
        const seen = new Set<string>();
        schedule.items.forEach((item, index) => {
          if (seen.has(item.id)) {
            issue.addIssue({
              code: 'custom',
              message: `duplicate challenge id "${item.id}"`,
              path: ['items', index, 'id'],
            });
          }
          seen.add(item.id);
        });
      }),
    weights: z
      .object({
        community: z.number().min(0).max(1).default(0.5),
        judges: z.number().min(0).max(1).default(0.5),
      })
      .strict()
      .prefault({})
      .refine((w) => w.community + w.judges > 0, 'at least one weight must be above 0')
      .describe('Share of the combined score from community votes and from the judges’ mean score.'),
    maxEntriesPerMember: z
      .number()
      .int()
      .min(1)
      .max(10)
      .default(1)
      .describe('Entries one member may submit per challenge.'),
  })
  .strict()
  .prefault({});

export type ContestsConfig = z.infer<typeof ContestsConfig>;
