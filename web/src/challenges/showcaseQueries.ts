import { queryOptions } from '@tanstack/react-query';
import type { ShowcaseList } from '../../../src/modules/challenges/showcases/http/ShowcasesApi.js';
import type { z } from 'zod';
import { getJson } from '../api/http.js';

/** `GET /api/challenges/showcases`: recent months and the hall of fame. */
export type ShowcaseListBody = z.infer<typeof ShowcaseList>;
/** One month of {@link ShowcaseListBody}. */
export type ShowcaseMonthBody = ShowcaseListBody['months'][number];

/** Reads the showcases (`GET /api/challenges/showcases`). */
export function fetchShowcases(): Promise<ShowcaseListBody> {
  return getJson<ShowcaseListBody>('/api/challenges/showcases');
}

/** Votes come in over days: once a minute is enough. */
const POLL_MS = 60_000;

/** The showcases: months with nominees and votes, and past winners. */
export const showcasesQuery = queryOptions({
  queryKey: ['challenges', 'showcases'],
  queryFn: fetchShowcases,
  refetchInterval: POLL_MS,
});
