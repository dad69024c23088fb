import type { Kysely } from 'kysely';
import type { CoreTables } from '../../../store/CoreTables.js';

/** How a link was made: the member's code found on GitHub, or staff. */
export type LinkMethod = 'bio' | 'gist' | 'staff';

/** A Discord member's GitHub login (one login ↔ one member per guild). */
export interface GithubLinkTable {
  guild_id: string;
  user_id: string;
  /** Lower-cased login (unique per guild). */
  login: string;
  /** The login as GitHub spells it. */
  display_login: string;
  /** GitHub's numeric account id, when known (staff links do not fetch it). */
  github_id: string | null;
  method: LinkMethod;
  /** Who linked it: the member themself, or the staff member. */
  linked_by: string;
  linked_at: number;
}

/** A verification in progress: one per member; the code itself is never stored, only its hash. */
export interface GithubLinkCodeTable {
  guild_id: string;
  user_id: string;
  /** Lower-cased login the member claims. */
  login: string;
  /** sha256 (hex) of the one-time code. */
  code_hash: string;
  created_at: number;
  expires_at: number;
}

/** One credited fact (a merged pull request, a review, a bug report): at most once each. */
export interface GithubCreditTable {
  guild_id: string;
  /** `code_contribution`, `code_review`, `bug_reported`. */
  kind: string;
  /** The pull request, review or issue URL. */
  source_id: string;
  user_id: string;
  /** Lower-cased login credited. */
  login: string;
  delivery_id: string;
  credited_at: number;
}

/** The tables of the accounts part (prefix `github_`). */
// A type, not an interface: Kysely's table map needs an index signature.
export type AccountsTables = {
  github_links: GithubLinkTable;
  github_link_codes: GithubLinkCodeTable;
  github_credits: GithubCreditTable;
};

/**
 * The database with the accounts part's tables.
 * @param db - the store's database
 */
export function accountsDb(db: Kysely<CoreTables>): Kysely<CoreTables & AccountsTables> {
  return db.withTables<AccountsTables>();
}
