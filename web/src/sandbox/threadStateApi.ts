import type { SandboxThread } from '../../../src/platform/sandbox/sandboxViews.js';
import { getJson } from '../api/http.js';
import { SANDBOX_KEY } from './sandboxQueries.js';
import { queryOptions } from '@tanstack/react-query';

export type { SandboxThread };

/**
 * Reads a thread with its forum tags, archived and locked (`GET /api/sandbox/threads/:id`).
 * @param threadId - the thread
 */
export function fetchThread(threadId: string): Promise<SandboxThread> {
  return getJson<SandboxThread>(`/api/sandbox/threads/${encodeURIComponent(threadId)}`);
}

/**
 * A thread's tags and state (refreshed with every action, like the other sandbox queries).
 * @param threadId - the thread
 */
export function threadQuery(threadId: string) {
  return queryOptions({ queryKey: [...SANDBOX_KEY, 'thread', threadId], queryFn: () => fetchThread(threadId) });
}
