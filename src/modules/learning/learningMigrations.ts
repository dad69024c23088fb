import type { Kysely } from 'kysely';
import type { Migration } from '../../store/Migration.js';
import { createIndex, createTable } from '../../store/tableBuilders.js';

async function createProfiles(db: Kysely<unknown>): Promise<void> {
  await createTable(
    db,
    'learning_profiles',
    [
      ['guild_id', 'text'],
      ['user_id', 'text'],
      ['skill', 'text'],
      ['pace', 'text'],
      ['style', 'text'],
      ['communication', 'text'],
      ['goals', 'text'],
      ['industry', 'text', 'null'],
      ['interests', 'text'],
      ['languages', 'text'],
      ['timezone', 'text'],
      ['availability', 'text'],
      ['groups_opt_in', 'integer'],
      ['seeking_mentor', 'integer'],
      ['mentor_category', 'text', 'null'],
      ['dm', 'integer'],
      ['no_shows', 'integer'],
      ['created_at', 'bigint'],
      ['updated_at', 'bigint'],
    ],
    ['guild_id', 'user_id'],
  );
  await createTable(
    db,
    'learning_mentors',
    [
      ['guild_id', 'text'],
      ['user_id', 'text'],
      ['category', 'text'],
      ['domains', 'text'],
      ['capacity', 'integer'],
      ['active', 'integer'],
      ['created_at', 'bigint'],
      ['updated_at', 'bigint'],
    ],
    ['guild_id', 'user_id'],
  );
  await createTable(
    db,
    'learning_avoid',
    [
      ['guild_id', 'text'],
      ['user_id', 'text'],
      ['other_id', 'text'],
      ['created_at', 'bigint'],
    ],
    ['guild_id', 'user_id', 'other_id'],
  );
  await createIndex(db, 'learning_avoid', 'other', ['guild_id', 'other_id']);
}

async function createGroups(db: Kysely<unknown>): Promise<void> {
  await createTable(
    db,
    'learning_rounds',
    [
      ['guild_id', 'text'],
      ['id', 'text'],
      ['number', 'integer'],
      ['type', 'text'],
      ['source', 'text'],
      ['schedule_id', 'text', 'null'],
      ['by', 'text', 'null'],
      ['status', 'text'],
      ['learners', 'integer'],
      ['groups', 'integer'],
      ['unplaced', 'integer'],
      ['value', 'double precision'],
      ['bound', 'double precision'],
      ['gap', 'double precision'],
      ['exact', 'integer'],
      ['created_at', 'bigint'],
    ],
    ['guild_id', 'id'],
  );
  await createIndex(db, 'learning_rounds', 'number', ['guild_id', 'number'], true);
  await createTable(
    db,
    'learning_groups',
    [
      ['guild_id', 'text'],
      ['id', 'text'],
      ['round_id', 'text'],
      ['number', 'integer'],
      ['type', 'text'],
      ['thread_id', 'text', 'null'],
      ['role_id', 'text', 'null'],
      ['compatibility', 'double precision'],
      ['status', 'text'],
      ['created_at', 'bigint'],
      ['disbanded_at', 'bigint', 'null'],
    ],
    ['guild_id', 'id'],
  );
  await createIndex(db, 'learning_groups', 'number', ['guild_id', 'number'], true);
  await createIndex(db, 'learning_groups', 'round', ['guild_id', 'round_id']);
  await createTable(
    db,
    'learning_group_members',
    [
      ['guild_id', 'text'],
      ['group_id', 'text'],
      ['user_id', 'text'],
      ['compatibility', 'double precision'],
    ],
    ['guild_id', 'group_id', 'user_id'],
  );
  await createIndex(db, 'learning_group_members', 'user', ['guild_id', 'user_id']);
  await createTable(
    db,
    'learning_unplaced',
    [
      ['guild_id', 'text'],
      ['round_id', 'text'],
      ['user_id', 'text'],
      ['reason', 'text'],
    ],
    ['guild_id', 'round_id', 'user_id'],
  );
  await createIndex(db, 'learning_unplaced', 'user', ['guild_id', 'user_id']);
}

async function createMentorships(db: Kysely<unknown>): Promise<void> {
  await createTable(
    db,
    'learning_mentorships',
    [
      ['guild_id', 'text'],
      ['id', 'text'],
      ['mentor_id', 'text'],
      ['mentee_id', 'text'],
      ['compatibility', 'double precision'],
      ['source', 'text'],
      ['status', 'text'],
      ['thread_id', 'text', 'null'],
      ['started_at', 'bigint'],
      ['ends_at', 'bigint'],
      ['ended_at', 'bigint', 'null'],
      ['ended_by', 'text', 'null'],
      ['end_reason', 'text', 'null'],
    ],
    ['guild_id', 'id'],
  );
  await createIndex(db, 'learning_mentorships', 'mentor', ['guild_id', 'mentor_id', 'status']);
  await createIndex(db, 'learning_mentorships', 'mentee', ['guild_id', 'mentee_id', 'status']);
  await createTable(
    db,
    'learning_sessions',
    [
      ['guild_id', 'text'],
      ['id', 'text'],
      ['mentorship_id', 'text'],
      ['kind', 'text'],
      ['seq', 'integer'],
      ['due_at', 'bigint'],
      ['prompt_message_id', 'text', 'null'],
      ['outcome', 'text'],
      ['no_show_user_id', 'text', 'null'],
      ['recorded_by', 'text', 'null'],
      ['recorded_at', 'bigint', 'null'],
    ],
    ['guild_id', 'id'],
  );
  await createIndex(db, 'learning_sessions', 'mentorship', ['guild_id', 'mentorship_id', 'kind', 'seq'], true);
}

/** Schema of the learning module's tables. */
export const learningMigrations: Migration[] = [
  {
    name: '0001_learning',
    async up(db) {
      await createProfiles(db);
      await createGroups(db);
      await createMentorships(db);
    },
  },
];
