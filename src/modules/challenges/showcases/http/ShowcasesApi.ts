// The request and response schemas of the showcases API (/api/challenges/showcases…). The
// dashboard's Showcases section reads these shapes: keep them stable.
import { z } from 'zod';

const count = z.number().int().min(0);

/** A nominee of a category: nominations merged, with votes. */
export const ShowcaseNominee = z.object({
  userId: z.string(),
  name: z.string(),
  link: z.string().nullable(),
  nominations: count,
  votes: count,
});

/** A category of a month, its nominees ranked by votes, and its winner once awarded. */
export const ShowcaseCategoryView = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(['project', 'member']),
  decidedBy: z.enum(['votes', 'staff']),
  nominees: z.array(ShowcaseNominee),
  voters: count,
  winner: z.object({ userId: z.string(), name: z.string(), votes: count, decidedBy: z.string() }).nullable(),
});

/** `GET /api/challenges/showcases/:month`. */
export const ShowcaseMonthView = z.object({
  month: z.string(),
  status: z.enum(['nominating', 'voting', 'closed', 'cancelled']),
  openedAt: z.number(),
  votingAt: z.number(),
  closesAt: z.number(),
  closedAt: z.number().nullable(),
  categories: z.array(ShowcaseCategoryView),
});

/** A past winner. */
export const HallOfFameEntry = z.object({
  month: z.string(),
  category: z.string(),
  categoryName: z.string(),
  userId: z.string(),
  name: z.string(),
  votes: count,
});

/** `GET /api/challenges/showcases`. */
export const ShowcaseList = z.object({
  enabled: z.boolean(),
  months: z.array(ShowcaseMonthView),
  hallOfFame: z.array(HallOfFameEntry),
});

/** `:month` of `/api/challenges/showcases/:month`. */
export const ShowcaseMonthParams = z.object({ month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/) });
