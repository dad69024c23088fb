import type {
  FeedbackBoard,
  ItemChanged,
  ItemDetail,
  ItemList,
  ItemSummary,
  NpsTrend,
  ReportView,
  SentimentTrend,
} from '../../../src/modules/feedback/http/FeedbackApi.js';
import type { SettableStatus } from '../../../src/modules/feedback/config/FeedbackTypes.js';
import { getJson, postJson } from '../api/http.js';

export type { FeedbackBoard, ItemChanged, ItemDetail, ItemList, ItemSummary, NpsTrend, ReportView, SentimentTrend };
export type { SettableStatus };

/** A range of UTC days (`YYYY-MM-DD`, both included). */
export interface DayRange {
  from: string;
  to: string;
}

const rangeQuery = (range: DayRange): string => new URLSearchParams({ from: range.from, to: range.to }).toString();

/** Reads the status board (`GET /api/feedback/board`). */
export function fetchFeedbackBoard(): Promise<FeedbackBoard> {
  return getJson<FeedbackBoard>('/api/feedback/board');
}

/**
 * Reads the most voted open and closed items (`GET /api/feedback/items?sort=votes`).
 * @param limit - how many
 */
export function fetchTopVoted(limit: number): Promise<ItemList> {
  return getJson<ItemList>(`/api/feedback/items?sort=votes&limit=${limit}`);
}

/**
 * Reads one item (`GET /api/feedback/items/:number`).
 * @param number - the item's number
 */
export function fetchFeedbackItem(number: number): Promise<ItemDetail> {
  return getJson<ItemDetail>(`/api/feedback/items/${number}`);
}

/**
 * Reads sentiment per day (`GET /api/feedback/sentiment`).
 * @param range - first and last day
 */
export function fetchSentiment(range: DayRange): Promise<SentimentTrend> {
  return getJson<SentimentTrend>(`/api/feedback/sentiment?${rangeQuery(range)}`);
}

/** Reads the closed surveys of the last year (`GET /api/feedback/nps`). */
export function fetchNps(): Promise<NpsTrend> {
  return getJson<NpsTrend>('/api/feedback/nps');
}

/** Reads this week's report (`GET /api/feedback/report`). */
export function fetchWeeklyReport(): Promise<ReportView> {
  return getJson<ReportView>('/api/feedback/report');
}

/**
 * Moves an item to a status (`POST /api/feedback/items/:number/status`, feedback staff).
 * @param number - the item's number
 * @param status - the new status
 * @param note - shown to the author and followers, or null
 */
export function changeItemStatus(number: number, status: SettableStatus, note: string | null): Promise<ItemChanged> {
  return postJson<ItemChanged>(`/api/feedback/items/${number}/status`, { status, note });
}

/**
 * Merges a duplicate into another item (`POST /api/feedback/items/:number/merge`, feedback staff).
 * @param number - the duplicate's number
 * @param into - the number of the item kept
 */
export function mergeItem(number: number, into: number): Promise<ItemChanged> {
  return postJson<ItemChanged>(`/api/feedback/items/${number}/merge`, { into });
}
