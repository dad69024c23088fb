import type { Kysely } from 'kysely';
import type { Migration } from '../../../store/Migration.js';
import { createIndex, createTable } from '../../../store/tableBuilders.js';

async function createContests(db: Kysely<unknown>): Promise<void> {
  await createTable(
    db,
    'challenges_contests',
    [
      ['guild_id', 'text'],
      ['id', 'text'],
      ['title', 'text'],
      ['level', 'text'],
      ['theme', 'text'],
      ['description', 'text'],
      ['phase', 'text'],
      ['opens_at', 'bigint'],
      ['submissions_close_at', 'bigint'],
      ['vote_for_ms', 'bigint'],
      ['voting_close_at', 'bigint', 'null'],
      ['announcement_channel_id', 'text', 'null'],
      ['announcement_message_id', 'text', 'null'],
      ['winner_id', 'text', 'null'],
      ['runner_up_id', 'text', 'null'],
      ['created_at', 'bigint'],
      ['closed_at', 'bigint', 'null'],
    ],
    ['guild_id', 'id'],
  );
  await createIndex(db, 'challenges_contests', 'phase', ['guild_id', 'phase']);
}

async function createEntries(db: Kysely<unknown>): Promise<void> {
  await createTable(
    db,
    'challenges_entries',
    [
      ['guild_id', 'text'],
      ['contest_id', 'text'],
      ['number', 'integer'],
      ['author_id', 'text'],
      ['title', 'text'],
      ['link', 'text'],
      ['description', 'text'],
      ['channel_id', 'text', 'null'],
      ['message_id', 'text', 'null'],
      ['created_at', 'bigint'],
      ['score', 'double precision', 'null'],
      ['place', 'integer', 'null'],
    ],
    ['guild_id', 'contest_id', 'number'],
  );
  await createIndex(db, 'challenges_entries', 'author', ['guild_id', 'author_id']);
  await createTable(
    db,
    'challenges_votes',
    [
      ['guild_id', 'text'],
      ['contest_id', 'text'],
      ['voter_id', 'text'],
      ['entry_number', 'integer'],
      ['cast_at', 'bigint'],
    ],
    ['guild_id', 'contest_id', 'voter_id'],
  );
  await createIndex(db, 'challenges_votes', 'voter', ['guild_id', 'voter_id']);
  await createTable(
    db,
    'challenges_judge_scores',
    [
      ['guild_id', 'text'],
      ['contest_id', 'text'],
      ['entry_number', 'integer'],
      ['judge_id', 'text'],
      ['score', 'integer'],
      ['scored_at', 'bigint'],
    ],
    ['guild_id', 'contest_id', 'entry_number', 'judge_id'],
  );
  await createIndex(db, 'challenges_judge_scores', 'judge', ['guild_id', 'judge_id']);
}

/** The contests part's migrations, named `0001_…` upwards (the module's other parts use other ranges). */
export const contestsMigrations: readonly Migration[] = [
  {
    name: '0001_challenges_contests',
    async up(db) {
      await createContests(db);
      await createEntries(db);
    },
  },
];
