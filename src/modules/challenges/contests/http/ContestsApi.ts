import { z } from 'zod';

const Phase = z.enum(['scheduled', 'submissions', 'voting', 'closed', 'cancelled']);

/** One challenge in the list. */
export const ContestSummary = z.object({
  id: z.string(),
  title: z.string(),
  level: z.string(),
  theme: z.string(),
  phase: Phase,
  opensAt: z.number(),
  submissionsCloseAt: z.number(),
  votingCloseAt: z.number().nullable(),
  closedAt: z.number().nullable(),
  entries: z.number(),
  votes: z.number(),
  winnerId: z.string().nullable(),
  runnerUpId: z.string().nullable(),
});

/** `GET /api/challenges/contests`. */
export const ContestList = z.object({ contests: z.array(ContestSummary) });
export type ContestList = z.infer<typeof ContestList>;

/** `GET /api/challenges/contests/:id`. */
export const ContestParams = z.object({ id: z.string().min(1).max(100) });

/** One entry with its votes, judges' scores and result. */
export const ContestEntryView = z.object({
  number: z.number(),
  authorId: z.string(),
  title: z.string(),
  link: z.string(),
  description: z.string(),
  submittedAt: z.number(),
  votes: z.number(),
  judgeScores: z.array(z.number()),
  judgeMean: z.number().nullable(),
  score: z.number().nullable(),
  place: z.number().nullable(),
});

/** `GET /api/challenges/contests/:id`. */
export const ContestDetail = z.object({
  contest: ContestSummary.extend({ description: z.string() }),
  entries: z.array(ContestEntryView),
});
export type ContestDetail = z.infer<typeof ContestDetail>;
