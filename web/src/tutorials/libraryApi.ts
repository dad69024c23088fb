import type { LibraryDetail, LibraryItem, LibraryList } from '../../../src/modules/tutorials/library/LibraryApi.js';
import { getJson } from '../api/http.js';

export type { LibraryDetail, LibraryItem, LibraryList };

/** Filters of the library list. */
export interface LibraryFilter {
  level?: 'beginner' | 'intermediate' | 'advanced';
  sort?: 'new' | 'rating' | 'completions';
}

/**
 * Reads the tutorial library (`GET /api/tutorials/library`).
 * @param filter - level and order
 */
export function fetchLibrary(filter: LibraryFilter): Promise<LibraryList> {
  const params = new URLSearchParams();
  if (filter.level !== undefined) params.set('level', filter.level);
  if (filter.sort !== undefined) params.set('sort', filter.sort);
  const query = params.toString();
  return getJson<LibraryList>(`/api/tutorials/library${query === '' ? '' : `?${query}`}`);
}
