import type { MemberFilter } from './membersApi.js';

const FILTERS: readonly MemberFilter[] = ['all', 'new', 'inactive', 'staff'];

/** The member list's state as the URL holds it: `?q=noor&filter=staff`. */
export interface MemberListParams {
  search: string;
  filter: MemberFilter;
}

/**
 * Reads the list's search and filter from the URL (an unknown filter is `all`).
 * @param params - the page's query string
 */
export function readMemberListParams(params: URLSearchParams): MemberListParams {
  const filter = params.get('filter');
  return {
    search: (params.get('q') ?? '').trim(),
    filter: FILTERS.find((f) => f === filter) ?? 'all',
  };
}

/**
 * The query string for a search and filter, leaving out the defaults (`/members` is everyone).
 * @param list - search and filter
 */
export function memberListSearchParams({ search, filter }: MemberListParams): URLSearchParams {
  const params = new URLSearchParams();
  if (search !== '') params.set('q', search);
  if (filter !== 'all') params.set('filter', filter);
  return params;
}
