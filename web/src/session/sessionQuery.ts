import { queryOptions, useQuery } from '@tanstack/react-query';
import { fetchSession, type DashboardSession } from '../api/sessionApi.js';

/** Query key of the session; the 401 handler and sign-in/out update it. */
export const SESSION_KEY = ['session'] as const;

/** The session query: read once, again after sign-in/out and whenever an API call answers 401. */
export const sessionQuery = queryOptions({
  queryKey: SESSION_KEY,
  queryFn: fetchSession,
  staleTime: 60_000,
});

/** The current session (undefined while the first answer is on its way). */
export function useSession(): { session: DashboardSession | undefined; error: Error | null } {
  const { data, error } = useQuery(sessionQuery);
  return { session: data, error };
}
