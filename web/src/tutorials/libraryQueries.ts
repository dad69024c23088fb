import { queryOptions } from '@tanstack/react-query';
import { fetchLibrary, type LibraryFilter } from './libraryApi.js';

/** Every library query starts with this key. */
export const LIBRARY_KEY = ['tutorials', 'library'] as const;

/** Ratings and completions come in slowly: once a minute is enough. */
const POLL_MS = 60_000;

/**
 * The library list with its totals by category and level.
 * @param filter - level and order
 */
export function libraryQuery(filter: LibraryFilter) {
  return queryOptions({
    queryKey: [...LIBRARY_KEY, 'list', filter.level ?? 'all', filter.sort ?? 'new'],
    queryFn: () => fetchLibrary(filter),
    refetchInterval: POLL_MS,
  });
}
