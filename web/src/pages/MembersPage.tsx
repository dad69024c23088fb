import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useLocation, useSearchParams } from 'react-router';
import { describeError } from '../api/http.js';
import { ErrorBanner } from '../components/ErrorBanner.js';
import { Panel } from '../components/Panel.js';
import { formatCount } from '../format.js';
import { MemberFilterChips } from '../members/MemberFilterChips.js';
import { memberListSearchParams, readMemberListParams } from '../members/memberListParams.js';
import { membersQuery } from '../members/memberQueries.js';
import type { MemberFilter } from '../members/membersApi.js';
import { MemberSearchBox } from '../members/MemberSearchBox.js';
import { MemberTable } from '../members/MemberTable.js';
import '../members/members.css';

const PAGE_SIZE = 50;

const EMPTY_TEXT: Record<MemberFilter, string> = {
  all: 'No members yet.',
  new: 'Nobody joined in the last 7 days.',
  inactive: 'Everyone has posted in the last 30 days.',
  staff: 'No staff: nobody holds a moderator or admin role.',
};

/**
 * Members: search (debounced, kept in the URL as `?q=`), filter chips (`?filter=`), the list
 * page by page with "Load more".
 */
export function MembersPage() {
  const [params, setParams] = useSearchParams();
  const location = useLocation();
  const { search, filter } = readMemberListParams(params);
  const list = useInfiniteQuery({
    ...membersQuery({ search, filter, limit: PAGE_SIZE }),
    // While a new search loads, the last answer stays on screen (greyed).
    placeholderData: keepPreviousData,
  });

  const onSearch = useCallback(
    (text: string) => {
      setParams((current) => memberListSearchParams({ ...readMemberListParams(current), search: text }), {
        replace: true,
      });
    },
    [setParams],
  );
  const onFilter = (next: MemberFilter) => setParams(memberListSearchParams({ search, filter: next }));

  const pages = list.data?.pages ?? [];
  const members = pages.flatMap((page) => page.members);
  const total = pages[0]?.total;
  const error = list.error === null ? null : describeError(list.error);

  return (
    <div className="page" data-testid="members-page">
      <header className="page-header">
        <div>
          <h1>Members</h1>
          <p className="page-subtitle">Everyone in the server, with their roles and activity.</p>
        </div>
      </header>
      <div className="member-toolbar">
        <MemberSearchBox value={search} onSearch={onSearch} />
        <MemberFilterChips value={filter} onChange={onFilter} />
      </div>
      <ErrorBanner message={error} />
      <Panel
        title="Members"
        aside={total === undefined ? undefined : <span data-testid="member-total">{countText(total, search)}</span>}
        className={list.isPlaceholderData ? 'member-list-stale' : ''}
        testId="member-list"
      >
        {list.isPending && error === null && <p className="loading">Loading members…</p>}
        {list.isError && list.data === undefined && (
          <button type="button" className="button" onClick={() => void list.refetch()}>
            Try again
          </button>
        )}
        {list.data !== undefined && members.length === 0 && (
          <p className="empty" data-testid="member-empty">
            {search === '' ? EMPTY_TEXT[filter] : `No member matches “${search}”.`}
          </p>
        )}
        {members.length > 0 && <MemberTable members={members} now={Date.now()} listSearch={location.search} />}
        {list.hasNextPage && (
          <div className="member-more">
            <span className="muted small">
              Showing {formatCount(members.length)}
              {total === undefined ? '' : ` of ${formatCount(total)}`}
            </span>
            <button
              type="button"
              className="button"
              disabled={list.isFetchingNextPage}
              onClick={() => void list.fetchNextPage()}
              data-testid="member-load-more"
            >
              {list.isFetchingNextPage ? 'Loading…' : 'Load more'}
            </button>
          </div>
        )}
      </Panel>
    </div>
  );
}

function countText(total: number, search: string): string {
  const members = `${formatCount(total)} ${total === 1 ? 'member' : 'members'}`;
  return search === '' ? members : `${members} found`;
}
