import type { Kysely } from 'kysely';
import type { CoreTables } from '../../../store/CoreTables.js';

/** A month of showcases (`month`: `YYYY-MM` in the configured time zone). */
export interface ShowcaseMonthTable {
  guild_id: string;
  month: string;
  /** `nominating` → `voting` → `closed`; or `cancelled`. */
  status: string;
  channel_id: string;
  /** The announcement embed (a stand-in `outbox:` id until sent). */
  message_id: string | null;
  opened_at: number;
  voting_at: number;
  closes_at: number;
  closed_at: number | null;
}

/** One member's nomination in a category of a month (one per nominator and category). */
export interface ShowcaseNominationTable {
  guild_id: string;
  month: string;
  category: string;
  nominator_id: string;
  nominee_id: string;
  /** The project's link (project categories). */
  link: string | null;
  reason: string | null;
  nominated_at: number;
}

/** The voting message of a category of a month. */
export interface ShowcaseBallotTable {
  guild_id: string;
  month: string;
  category: string;
  channel_id: string;
  message_id: string;
}

/** One member's vote in a category of a month (changeable until the close). */
export interface ShowcaseVoteTable {
  guild_id: string;
  month: string;
  category: string;
  voter_id: string;
  nominee_id: string;
  voted_at: number;
}

/** The winner of a category of a month; `awarded_at` null while a staff pick waits for the close. */
export interface ShowcaseAwardTable {
  guild_id: string;
  month: string;
  category: string;
  /** `erased` after the winner's erase (the counts stay). */
  winner_id: string;
  votes: number;
  nominations: number;
  decided_by: string;
  awarded_at: number | null;
}

/** The tables of the showcases part (prefix `challenges_`). */
// A type, not an interface: Kysely's withTables wants an index-compatible record.
export type ShowcasesTables = {
  challenges_showcase_months: ShowcaseMonthTable;
  challenges_showcase_nominations: ShowcaseNominationTable;
  challenges_showcase_ballots: ShowcaseBallotTable;
  challenges_showcase_votes: ShowcaseVoteTable;
  challenges_showcase_awards: ShowcaseAwardTable;
};

/**
 * The database with the showcases part's tables.
 * @param db - the store's database
 */
export function showcasesDb(db: Kysely<CoreTables>): Kysely<CoreTables & ShowcasesTables> {
  return db.withTables<ShowcasesTables>();
}
