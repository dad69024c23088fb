import { useInfiniteQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { describeError } from '../api/http.js';
import { AuditEntryRow } from '../audit/AuditEntryRow.js';
import { AuditFilterBar, type KnownActor } from '../audit/AuditFilterBar.js';
import type { AuditFilters } from '../audit/auditApi.js';
import { auditQuery } from '../audit/auditQuery.js';
import { useLoadMoreWhenVisible } from '../audit/useLoadMoreWhenVisible.js';
import { ErrorBanner } from '../components/ErrorBanner.js';
import '../audit/audit.css';

/**
 * The audit log of staff actions (Discord commands, the CLI, the dashboard), newest first,
 * filtered by kind of action and actor (kept in the URL), loading older pages as you scroll.
 */
export function AuditPage() {
  const [params, setParams] = useSearchParams();
  const filters: AuditFilters = { actor: params.get('actor') ?? '', action: params.get('action') ?? '' };
  const audit = useInfiniteQuery(auditQuery(filters));
  const entries = useMemo(() => audit.data?.pages.flatMap((page) => page.entries) ?? [], [audit.data]);
  const actors = useMemo(() => knownActors(entries), [entries]);
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = audit;
  const loadMore = useCallback(() => void fetchNextPage(), [fetchNextPage]);
  const sentinel = useLoadMoreWhenVisible(hasNextPage && !isFetchingNextPage, loadMore);

  const setFilters = (next: AuditFilters): void => {
    const query = new URLSearchParams();
    if (next.action !== '') query.set('action', next.action);
    if (next.actor !== '') query.set('actor', next.actor);
    setParams(query);
  };
  const filtered = filters.actor !== '' || filters.action !== '';
  const now = audit.dataUpdatedAt === 0 ? Date.now() : audit.dataUpdatedAt;

  return (
    <div className="page" data-testid="audit-page">
      <header className="page-header">
        <div>
          <h1>Audit log</h1>
          <p className="page-subtitle">Staff actions from Discord, the CLI and the dashboard, newest first.</p>
        </div>
      </header>
      <AuditFilterBar filters={filters} actors={actors} onChange={setFilters} />
      <ErrorBanner message={audit.error === null ? null : describeError(audit.error)} />
      <section className="panel audit-panel">
        {audit.isPending && <p className="loading audit-empty">Loading…</p>}
        {audit.isSuccess && entries.length === 0 && (
          <p className="empty audit-empty" data-testid="audit-empty">
            {filtered ? 'No staff action matches these filters.' : 'No staff action recorded yet.'}
          </p>
        )}
        {entries.length > 0 && (
          <ol className="audit-list" data-testid="audit-list">
            {entries.map((entry) => (
              <AuditEntryRow
                key={entry.id}
                entry={entry}
                now={now}
                onActor={(actor) => setFilters({ ...filters, actor })}
              />
            ))}
          </ol>
        )}
        {hasNextPage && (
          <div className="audit-more" ref={sentinel}>
            <button
              type="button"
              className="button"
              disabled={isFetchingNextPage}
              onClick={loadMore}
              data-testid="audit-load-more"
            >
              {isFetchingNextPage ? 'Loading…' : 'Load older actions'}
            </button>
          </div>
        )}
        {audit.isSuccess && !hasNextPage && entries.length > 0 && (
          <p className="muted small audit-end" data-testid="audit-end">
            That is everything{filtered ? ' matching the filters' : ''}.
          </p>
        )}
      </section>
    </div>
  );
}

/** The actors on the loaded pages, once each, for the actor field's suggestions. */
function knownActors(entries: readonly { actor: string; actorName: string }[]): KnownActor[] {
  const seen = new Map<string, string>();
  for (const entry of entries) if (!seen.has(entry.actor)) seen.set(entry.actor, entry.actorName);
  return [...seen].map(([actor, name]) => ({ actor, name }));
}
