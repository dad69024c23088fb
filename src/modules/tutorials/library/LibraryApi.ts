// The request and response schemas of the library's dashboard API (/api/tutorials/library…).
// The dashboard's Library section reads these shapes: keep them stable.
import { z } from 'zod';
import { TUTORIAL_LEVELS } from './libraryConfig.js';

const count = z.number().int().min(0);
const ReviewStatus = z.enum(['pending', 'approved', 'changes_requested']);

/** `GET /api/tutorials/library` query. */
export const LibraryQuery = z.object({
  category: z.string().max(32).optional().describe('Only this category id.'),
  level: z.enum(TUTORIAL_LEVELS).optional().describe('Only this level.'),
  status: ReviewStatus.optional().describe('Only tutorials with this review status.'),
  sort: z
    .enum(['new', 'rating', 'completions'])
    .default('new')
    .describe('Newest first (default), best rated, most completed.'),
});

/** One tutorial as the list shows it. */
export const LibraryItem = z.object({
  id: z.string().describe('The forum post (thread) id.'),
  number: z.number().int(),
  title: z.string(),
  category: z.string(),
  categoryName: z.string(),
  level: z.string(),
  format: z.string(),
  /** Null once the author's data is erased. */
  authorId: z.string().nullable(),
  status: ReviewStatus,
  source: z.enum(['command', 'forum']),
  /** 0 when unrated. */
  meanRating: z.number(),
  ratings: count,
  views: count,
  completions: count,
  createdAt: z.number(),
  url: z.string(),
});
export type LibraryItem = z.infer<typeof LibraryItem>;

/** Counts of one category or level. */
export const LibraryGroup = z.object({
  key: z.string(),
  name: z.string(),
  tutorials: count,
  views: count,
  completions: count,
});

/** `GET /api/tutorials/library` answer. */
export const LibraryList = z.object({
  items: z.array(LibraryItem),
  byCategory: z.array(LibraryGroup),
  byLevel: z.array(LibraryGroup),
});
export type LibraryList = z.infer<typeof LibraryList>;

/** `GET /api/tutorials/library/:id` params: the tutorial's number. */
export const LibraryItemParams = z.object({
  id: z.coerce.number().int().min(1).describe('The tutorial number (#12).'),
});

/** `GET /api/tutorials/library/:id` answer. */
export const LibraryDetail = LibraryItem.extend({
  summary: z.string(),
  link: z.string(),
  body: z.string(),
  reviews: z.array(
    z.object({
      reviewerId: z.string(),
      verdict: z.enum(['approved', 'changes_requested']),
      notes: z.string(),
      at: z.number(),
    }),
  ),
});
export type LibraryDetail = z.infer<typeof LibraryDetail>;
