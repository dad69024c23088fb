import { infiniteQueryOptions } from '@tanstack/react-query';
import { fetchAudit, type AuditFilters } from './auditApi.js';

/**
 * The audit log as an infinite list: the newest page first, each next page older, until the
 * server answers `nextBefore: null`. Refreshed every 30 s (only the pages already loaded).
 * @param filters - actor and action prefix
 */
export function auditQuery(filters: AuditFilters) {
  return infiniteQueryOptions({
    queryKey: ['audit', filters.actor, filters.action],
    queryFn: ({ pageParam }) => fetchAudit(filters, pageParam),
    initialPageParam: null as number | null,
    getNextPageParam: (last) => last.nextBefore,
    refetchInterval: 30_000,
  });
}
