import {
  INACTIVE_AFTER_MS,
  NEW_MEMBER_MS,
  type MemberFilter,
  type MemberListItem,
  type MembersQuery,
  type MembersResponse,
} from './MembersApi.js';

/**
 * Searches, filters, sorts (by name, then id) and pages the member list. The cursor is the
 * offset of the next page: the list is rebuilt on each request, so a member joining between
 * two pages may shift one row.
 * @param items - every member
 * @param query - search, filter, limit, cursor
 * @param now - epoch ms the filters count back from
 */
export function selectMembers(items: readonly MemberListItem[], query: MembersQuery, now: number): MembersResponse {
  const search = query.search?.toLowerCase() ?? '';
  const matching = items
    .filter((m) => search === '' || matchesSearch(m, search))
    .filter((m) => matchesFilter(m, query.filter, now))
    .sort((a, b) => compareNames(a.name, b.name) || (a.userId < b.userId ? -1 : a.userId > b.userId ? 1 : 0));
  const offset = query.cursor === undefined ? 0 : Number(query.cursor);
  const end = offset + query.limit;
  return {
    members: matching.slice(offset, end),
    total: matching.length,
    nextCursor: end < matching.length ? String(end) : null,
  };
}

function matchesSearch(member: MemberListItem, search: string): boolean {
  return (
    member.name.toLowerCase().includes(search) ||
    member.username.toLowerCase().includes(search) ||
    member.userId === search
  );
}

function matchesFilter(member: MemberListItem, filter: MemberFilter, now: number): boolean {
  switch (filter) {
    case 'all':
      return true;
    case 'new':
      return member.joinedAt !== null && now - member.joinedAt < NEW_MEMBER_MS;
    case 'inactive':
      return member.lastMessageAt === null || now - member.lastMessageAt >= INACTIVE_AFTER_MS;
    case 'staff':
      return member.staff;
  }
}

function compareNames(a: string, b: string): number {
  return a.localeCompare(b, 'en', { sensitivity: 'base' });
}
