import type { AuditEntry, AuditResponse } from '../../../src/server/dashboard/audit/AuditApi.js';
import { getJson } from '../api/http.js';

export type { AuditEntry, AuditResponse };

/** What the audit page filters by: the exact actor and an action prefix; empty means all. */
export interface AuditFilters {
  /** `discord:<id>`, `cli:<user>`, `dashboard:<id>`, or '' for everyone. */
  actor: string;
  /** `moderation.`, `privacy.`, `server.`, `dashboard.`, or '' for every action. */
  action: string;
}

/** Entries per page of the audit log. */
export const AUDIT_PAGE_SIZE = 50;

/**
 * Reads one page of the audit log, newest first.
 * @param filters - actor and action prefix
 * @param before - only entries older than this id (the previous page's `nextBefore`)
 */
export function fetchAudit(filters: AuditFilters, before: number | null): Promise<AuditResponse> {
  const query = new URLSearchParams({ limit: String(AUDIT_PAGE_SIZE) });
  if (filters.actor !== '') query.set('actor', filters.actor);
  if (filters.action !== '') query.set('action', filters.action);
  if (before !== null) query.set('before', String(before));
  return getJson<AuditResponse>(`/api/v2/audit?${query.toString()}`);
}
