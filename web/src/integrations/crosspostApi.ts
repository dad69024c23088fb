import { getJson, postJson } from '../api/http.js';

/** One target's delivery of a published announcement. */
export interface CrosspostDelivery {
  targetId: string;
  platform: string;
  status: string;
  attempts: number;
  httpStatus: number | null;
  lastError: string | null;
  updatedAt: number;
}

/** A published announcement with its deliveries. */
export interface CrosspostPost {
  id: string;
  title: string;
  authorId: string;
  publishedAt: number;
  discordChannelId: string | null;
  deliveries: CrosspostDelivery[];
}

/** The announcement adapted for one platform. */
export interface CrosspostAdapted {
  platform: string;
  text: string;
  length: number;
  maxLength: number;
  hashtags: string[];
  hashtagLimit: number;
  truncated: boolean;
}

/** A draft and its per-platform preview. */
export interface CrosspostPreview {
  postId: string;
  status: string;
  adapted: CrosspostAdapted[];
}

/** Recent published announcements. */
export function fetchCrosspostPosts(): Promise<{ posts: CrosspostPost[] }> {
  return getJson('/api/crosspost/posts');
}

/** Stores a draft and answers its preview. */
export function postCrosspostDraft(draft: {
  title: string;
  text: string;
  link: string | null;
  hashtags: string[];
}): Promise<CrosspostPreview> {
  return postJson('/api/crosspost/drafts', draft);
}

/** Publishes a draft. */
export function publishCrosspostDraft(postId: string): Promise<{ postId: string }> {
  return postJson(`/api/crosspost/drafts/${encodeURIComponent(postId)}/publish`);
}
