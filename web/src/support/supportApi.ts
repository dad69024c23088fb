import type {
  KnowledgeBase,
  QuestionDetail,
  ResponseTimes,
  SupportHeroes,
  SupportQueue,
  SupportStats,
} from '../../../src/modules/support/reports/SupportReportsApi.js';
import { getJson } from '../api/http.js';

export type { KnowledgeBase, QuestionDetail, ResponseTimes, SupportHeroes, SupportQueue, SupportStats };
export type {
  QueueEntry,
  QuestionFigures,
  ResponseBucket,
} from '../../../src/modules/support/reports/SupportReportsApi.js';

/** A range of UTC days (`YYYY-MM-DD`, both included). */
export interface DayRange {
  from: string;
  to: string;
}

const rangeQuery = (range: DayRange): string => new URLSearchParams({ from: range.from, to: range.to }).toString();

/** Reads the open and answered-unsolved questions (`GET /api/support/queue`). */
export function fetchSupportQueue(): Promise<SupportQueue> {
  return getJson<SupportQueue>('/api/support/queue');
}

/**
 * Reads the figures of the questions asked in a range (`GET /api/support/stats`).
 * @param range - first and last day
 */
export function fetchSupportStats(range: DayRange): Promise<SupportStats> {
  return getJson<SupportStats>(`/api/support/stats?${rangeQuery(range)}`);
}

/**
 * Reads the time-to-first-response histogram of a range (`GET /api/support/response-times`).
 * @param range - first and last day
 */
export function fetchResponseTimes(range: DayRange): Promise<ResponseTimes> {
  return getJson<ResponseTimes>(`/api/support/response-times?${rangeQuery(range)}`);
}

/**
 * Reads the support heroes of a range (`GET /api/support/heroes`).
 * @param range - first and last day
 */
export function fetchSupportHeroes(range: DayRange): Promise<SupportHeroes> {
  return getJson<SupportHeroes>(`/api/support/heroes?${rangeQuery(range)}`);
}

/**
 * Reads one question (`GET /api/support/questions/:id`).
 * @param id - the thread id
 */
export function fetchQuestion(id: string): Promise<QuestionDetail> {
  return getJson<QuestionDetail>(`/api/support/questions/${encodeURIComponent(id)}`);
}

/** Reads the knowledge base (`GET /api/support/articles`). */
export function fetchKnowledgeBase(): Promise<KnowledgeBase> {
  return getJson<KnowledgeBase>('/api/support/articles');
}
