import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import type { DashboardSession } from './api/sessionApi.js';
import { ApiRequestError, isUnauthorized } from './api/http.js';
import { SESSION_KEY } from './session/sessionQuery.js';

/**
 * The app's query client. An answer 401 from any query or mutation marks the session signed
 * out (the shell then sends the page to /login) and reads the session again. Client errors
 * (4xx) are not retried: asking again would get the same answer.
 */
export function createQueryClient(): QueryClient {
  const onError = (error: unknown): void => {
    if (!isUnauthorized(error)) return;
    client.setQueryData<DashboardSession>(SESSION_KEY, (session) =>
      session === undefined ? session : { ...session, user: null, authRequired: true },
    );
    void client.invalidateQueries({ queryKey: SESSION_KEY, refetchType: 'none' });
  };
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: {
        retry: (failures, error) => !isClientError(error) && failures < 2,
        refetchOnWindowFocus: true,
      },
      mutations: { retry: false },
    },
  });
  return client;
}

function isClientError(error: unknown): boolean {
  return error instanceof ApiRequestError && error.status >= 400 && error.status < 500;
}
