import { z } from 'zod';
import { channelRef } from '../../../config/checkReferencesRegistry.js';
import { TimeZone } from '../../../config/TimeZone.js';

/** A showcase category's id: stable forever (stored with nominations, votes and awards). */
const CategoryId = z
  .string()
  .regex(/^[a-z0-9_]{1,32}$/, 'must be 1–32 lowercase letters, digits or underscores')
  .describe('Stable id (stored with nominations and awards).');

/** One showcase category. */
export const ShowcaseCategory = z
  .object({
    id: CategoryId,
    name: z.string().trim().min(1).max(80).describe('Shown to members (select menus, embeds).'),
    kind: z
      .enum(['project', 'member'])
      .describe('`project`: a member and a link to their work (self-nomination allowed); `member`: a member.'),
    decidedBy: z
      .enum(['votes', 'staff'])
      .default('votes')
      .describe('`votes`: the most votes win (ties: the earlier nomination); `staff`: `/showcase-staff pick`.'),
  })
  .strict();

export type ShowcaseCategory = z.infer<typeof ShowcaseCategory>;

/** The categories of seed 000's showcase program. */
const DEFAULT_CATEGORIES: ShowcaseCategory[] = [
  { id: 'project_of_the_month', name: 'Project of the Month', kind: 'project', decidedBy: 'votes' },
  { id: 'community_choice', name: 'Community Choice', kind: 'project', decidedBy: 'votes' },
  { id: 'creator_of_the_month', name: 'Creator of the Month', kind: 'member', decidedBy: 'votes' },
];

const Day = z.number().int().min(1).max(28);

/** When each month's phases begin, in `timezone`. */
const ShowcaseSchedule = z
  .object({
    nominationsDay: Day.default(1).describe('Day of the month nominations open.'),
    votingDay: Day.default(22).describe('Day of the month voting opens (nominations close).'),
    resultsDay: z
      .union([z.literal('last'), Day])
      .default('last')
      .describe('Day of the month the results are announced, or `last` (the last day of the month).'),
    time: z
      .string()
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time such as "18:00"')
      .default('18:00')
      .describe('Local time (HH:MM in `timezone`) of each phase change.'),
  })
  .strict()
  .prefault({});

/** The `challenges.showcases` settings. */
export const ShowcasesConfig = z
  .object({
    enabled: z
      .boolean()
      .default(false)
      .describe('Run the monthly showcases (needs `channel`). Off by default: nothing is scheduled.'),
    channel: channelRef(z.string().min(1))
      .nullable()
      .default(null)
      .describe('Channel (by name) for the announcements, voting messages and results.'),
    timezone: TimeZone.default('UTC').describe('Time zone of the schedule.'),
    schedule: ShowcaseSchedule,
    categories: z
      .array(ShowcaseCategory)
      .min(1)
      .max(10)
      .default(() => DEFAULT_CATEGORIES.map((c) => ({ ...c })))
      .describe('The categories of each month (at most 10).'),
  })
  .strict()
  .prefault({})
  .superRefine((value, ctx) => {
    if (value.enabled && value.channel === null) {
      ctx.addIssue({ code: 'custom', path: ['channel'], message: 'showcases need a channel when enabled' });
    }
    const { nominationsDay, votingDay, resultsDay } = value.schedule;
    if (votingDay <= nominationsDay) {
      ctx.addIssue({ code: 'custom', path: ['schedule', 'votingDay'], message: 'must be after nominationsDay' });
    }
    if (resultsDay !== 'last' && resultsDay <= votingDay) {
      ctx.addIssue({ code: 'custom', path: ['schedule', 'resultsDay'], message: 'must be after votingDay' });
    }
    const seen = new Set<string>();
    value.categories.forEach((category, i) => {
      if (seen.has(category.id)) {
        ctx.addIssue({ code: 'custom', path: ['categories', i, 'id'], message: `duplicate category "${category.id}"` });
      }
      seen.add(category.id);
    });
  });

export type ShowcasesConfig = z.infer<typeof ShowcasesConfig>;
