import type { Kysely } from 'kysely';
import type { CoreTables } from '../../../store/CoreTables.js';

/** Where a tutorial stands with the experts. */
export type ReviewStatus = 'pending' | 'approved' | 'changes_requested';

/** A tutorial of the library: a forum post (its thread id is the tutorial's id) and its metadata. */
export interface TutorialTable {
  guild_id: string;
  /** The forum post (thread) id. */
  id: string;
  /** Per guild, from 1: `/tutorial open number:3`. */
  number: number;
  /** The forum. */
  forum_id: string;
  /** The card message (the post's starter message, or Guildhall's message in a native post). */
  card_id: string | null;
  /** Null once the author's data is erased. */
  author_id: string | null;
  title: string;
  summary: string;
  link: string;
  body: string;
  category: string;
  level: string;
  format: string;
  status: ReviewStatus;
  /** `command` (`/tutorial submit`) or `forum` (a member's own post). */
  source: string;
  /** 1 once `tutorial` was credited to the author. */
  credited: number;
  created_at: number;
  updated_at: number;
  reviewed_at: number | null;
}

/** One member's use of one tutorial: opened (view), completed, rated. */
export interface TutorialMemberTable {
  guild_id: string;
  tutorial_id: string;
  user_id: string;
  viewed_at: number | null;
  completed_at: number | null;
  /** 1–5, or null: not rated. */
  rating: number | null;
  rated_at: number | null;
}

/** An expert's review of a tutorial. */
export interface TutorialReviewTable {
  guild_id: string;
  tutorial_id: string;
  /** The review form's interaction id. */
  id: string;
  reviewer_id: string;
  verdict: 'approved' | 'changes_requested';
  notes: string;
  at: number;
}

/** The tables of the library part (prefix `tutorials_library`). */
// A type alias, not an interface: Kysely's `withTables` wants an index-signature-compatible shape.
export type LibraryTables = {
  tutorials_library: TutorialTable;
  tutorials_library_members: TutorialMemberTable;
  tutorials_library_reviews: TutorialReviewTable;
};

/**
 * The database with the library part's tables.
 * @param db - the store's database
 */
export function libraryDb(db: Kysely<CoreTables>): Kysely<CoreTables & LibraryTables> {
  return db.withTables<LibraryTables>();
}
