import type { AccountList } from '../../../src/modules/github/accounts/http/AccountsApi.js';
import { getJson } from '../api/http.js';

export type { AccountList };

/** Reads the linked GitHub accounts and their credits (`GET /api/github/accounts`, moderators). */
export function fetchAccounts(): Promise<AccountList> {
  return getJson<AccountList>('/api/github/accounts');
}
