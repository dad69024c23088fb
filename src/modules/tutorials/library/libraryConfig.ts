import { z } from 'zod';
import { channelRef, roleRef } from '../../../config/checkReferencesRegistry.js';

/** The levels a tutorial is written for (fixed: the command offers them as choices). */
export const TUTORIAL_LEVELS = ['beginner', 'intermediate', 'advanced'] as const;
export type TutorialLevel = (typeof TUTORIAL_LEVELS)[number];

/** The forms a tutorial takes (seed 000: written, video, interactive, live). */
export const TUTORIAL_FORMATS = ['written', 'video', 'interactive', 'live'] as const;
export type TutorialFormat = (typeof TUTORIAL_FORMATS)[number];

const TagName = z.string().trim().min(1).max(20);

/** One category of the library. */
const Category = z
  .object({
    id: z
      .string()
      .regex(/^[a-z0-9_]{1,32}$/)
      .describe('Stable id, given as the `category` option of `/tutorial submit` (`getting_started`).'),
    name: z.string().trim().min(1).max(60).describe('What members read (`Getting started`).'),
    tag: TagName.nullable()
      .default(null)
      .describe(
        'The forum tag of this category: added to posts Guildhall makes; a native post with it gets the category.',
      ),
  })
  .strict();

const DEFAULT_CATEGORIES = [
  { id: 'getting_started', name: 'Getting started', tag: 'Getting started' },
  { id: 'advanced_techniques', name: 'Advanced techniques', tag: 'Advanced techniques' },
  { id: 'industry_workflows', name: 'Industry workflows', tag: 'Industry workflows' },
  { id: 'troubleshooting', name: 'Troubleshooting', tag: 'Troubleshooting' },
];

/** The `tutorials.library` settings. */
export const LibraryConfig = z
  .object({
    forum: channelRef(z.string().trim().min(1).max(100))
      .nullable()
      .default(null)
      .describe('The forum channel of the library (its name). Null: the library is off.'),
    categories: z
      .array(Category)
      .min(1)
      .max(25)
      .default(DEFAULT_CATEGORIES)
      .refine((list) => new Set(list.map((c) => c.id)).size === list.length, 'category ids must be unique')
      .describe("The library's categories (seed 000's four by default), each optionally a forum tag."),
    levelTags: z
      .object({
        beginner: TagName.nullable().default('Beginner'),
        intermediate: TagName.nullable().default('Intermediate'),
        advanced: TagName.nullable().default('Advanced'),
      })
      .strict()
      .prefault({})
      .describe('The forum tag of each level (beginner, intermediate, advanced); null: no tag.'),
    formats: z
      .array(z.enum(TUTORIAL_FORMATS))
      .min(1)
      .default([...TUTORIAL_FORMATS])
      .describe('Formats members may choose (written, video, interactive, live).'),
    expertRoles: z
      .array(roleRef(z.string().trim().min(1).max(100)))
      .default([])
      .describe('Roles whose members review tutorials (with `tutorials.staffRoles`, the owner and Administrator).'),
    creditOn: z
      .enum(['approval', 'publish'])
      .default('approval')
      .describe(
        'When the author is credited `tutorial` (once per tutorial): when an expert approves it, or when it is published.',
      ),
  })
  .strict()
  .prefault({});

export type LibraryConfig = z.infer<typeof LibraryConfig>;

/** The rating scale: 1 to 5 stars. */
export const RATING_MAX = 5;
