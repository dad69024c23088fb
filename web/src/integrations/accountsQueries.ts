import { queryOptions } from '@tanstack/react-query';
import { fetchAccounts } from './accountsApi.js';

/** Links and credits change when members link or contribute: once a minute is enough. */
export const accountsQuery = queryOptions({
  queryKey: ['github', 'accounts'],
  queryFn: fetchAccounts,
  refetchInterval: 60_000,
});
