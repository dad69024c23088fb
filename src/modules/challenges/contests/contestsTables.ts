import type { Kysely } from 'kysely';
import type { CoreTables } from '../../../store/CoreTables.js';
import type { ContestLevel } from './contestsConfig.js';

/** Where a challenge stands. */
export type ContestPhase = 'scheduled' | 'submissions' | 'voting' | 'closed' | 'cancelled';

/** One challenge: from the programme (`schedule.items`), the rotation, or started by staff. */
export interface ContestTable {
  guild_id: string;
  id: string;
  title: string;
  level: ContestLevel;
  theme: string;
  /** Staff-written brief (config), not member text. */
  description: string;
  phase: ContestPhase;
  /** Epoch ms: announcement and submissions open. */
  opens_at: number;
  /** Epoch ms: submissions close (voting opens). */
  submissions_close_at: number;
  /** How long voting lasts, ms (voting closes this long after submissions close). */
  vote_for_ms: number;
  /** Epoch ms, set when voting opens. */
  voting_close_at: number | null;
  announcement_channel_id: string | null;
  announcement_message_id: string | null;
  winner_id: string | null;
  runner_up_id: string | null;
  created_at: number;
  closed_at: number | null;
}

/** One entry: member-written title, link and description (export and erase reach them). */
export interface ContestEntryTable {
  guild_id: string;
  contest_id: string;
  /** 1, 2, 3… within the challenge. */
  number: number;
  author_id: string;
  title: string;
  link: string;
  description: string;
  /** Where its card is (the forum post's id for a forum), null when not posted. */
  channel_id: string | null;
  message_id: string | null;
  created_at: number;
  /** Combined score 0–1, set with the results. */
  score: number | null;
  /** 1 winner, 2 runner-up, 3…, set with the results. */
  place: number | null;
}

/** A member's vote in a challenge (one per member, changeable). */
export interface ContestVoteTable {
  guild_id: string;
  contest_id: string;
  voter_id: string;
  entry_number: number;
  cast_at: number;
}

/** A judge's score of an entry (1–10, changeable). */
export interface ContestJudgeScoreTable {
  guild_id: string;
  contest_id: string;
  entry_number: number;
  judge_id: string;
  score: number;
  scored_at: number;
}

/** The tables of the contests part (prefix `challenges_`). */
// A type, not an interface: Kysely's `withTables` wants an index-compatible map.
export type ContestsTables = {
  challenges_contests: ContestTable;
  challenges_entries: ContestEntryTable;
  challenges_votes: ContestVoteTable;
  challenges_judge_scores: ContestJudgeScoreTable;
};

/**
 * The database with the contests part's tables.
 * @param db - the store's database
 */
export function contestsDb(db: Kysely<CoreTables>): Kysely<CoreTables & ContestsTables> {
  return db.withTables<ContestsTables>();
}
