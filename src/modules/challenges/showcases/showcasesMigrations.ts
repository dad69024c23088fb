import type { Kysely } from 'kysely';
import type { Migration } from '../../../store/Migration.js';
import { createIndex, createTable } from '../../../store/tableBuilders.js';

async function createShowcaseTables(db: Kysely<unknown>): Promise<void> {
  await createTable(
    db,
    'challenges_showcase_months',
    [
      ['guild_id', 'text'],
      ['month', 'text'],
      ['status', 'text'],
      ['channel_id', 'text'],
      ['message_id', 'text', 'null'],
      ['opened_at', 'bigint'],
      ['voting_at', 'bigint'],
      ['closes_at', 'bigint'],
      ['closed_at', 'bigint', 'null'],
    ],
    ['guild_id', 'month'],
  );
  await createTable(
    db,
    'challenges_showcase_nominations',
    [
      ['guild_id', 'text'],
      ['month', 'text'],
      ['category', 'text'],
      ['nominator_id', 'text'],
      ['nominee_id', 'text'],
      ['link', 'text', 'null'],
      ['reason', 'text', 'null'],
      ['nominated_at', 'bigint'],
    ],
    ['guild_id', 'month', 'category', 'nominator_id'],
  );
  await createIndex(db, 'challenges_showcase_nominations', 'nominee', ['guild_id', 'nominee_id']);
  await createTable(
    db,
    'challenges_showcase_ballots',
    [
      ['guild_id', 'text'],
      ['month', 'text'],
      ['category', 'text'],
      ['channel_id', 'text'],
      ['message_id', 'text'],
    ],
    ['guild_id', 'month', 'category'],
  );
  await createTable(
    db,
    'challenges_showcase_votes',
    [
      ['guild_id', 'text'],
      ['month', 'text'],
      ['category', 'text'],
      ['voter_id', 'text'],
      ['nominee_id', 'text'],
      ['voted_at', 'bigint'],
    ],
    ['guild_id', 'month', 'category', 'voter_id'],
  );
  await createIndex(db, 'challenges_showcase_votes', 'nominee', ['guild_id', 'nominee_id']);
  await createTable(
    db,
    'challenges_showcase_awards',
    [
      ['guild_id', 'text'],
      ['month', 'text'],
      ['category', 'text'],
      ['winner_id', 'text'],
      ['votes', 'integer'],
      ['nominations', 'integer'],
      ['decided_by', 'text'],
      ['awarded_at', 'bigint', 'null'],
    ],
    ['guild_id', 'month', 'category'],
  );
  await createIndex(db, 'challenges_showcase_awards', 'winner', ['guild_id', 'winner_id']);
}

/** The showcases part's migrations, named `0050_…` upwards (the module's other parts use other ranges). */
export const showcasesMigrations: readonly Migration[] = [
  { name: '0050_challenges_showcases', up: createShowcaseTables },
];
