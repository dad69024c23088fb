import type { Migration } from '../../../store/Migration.js';
import { createIndex, createTable } from '../../../store/tableBuilders.js';

/** The library part's migrations, named `0001_…` upwards (the module's other parts use other ranges). */
export const libraryMigrations: readonly Migration[] = [
  {
    name: '0001_library',
    async up(db) {
      await createTable(
        db,
        'tutorials_library',
        [
          ['guild_id', 'text'],
          ['id', 'text'],
          ['number', 'integer'],
          ['forum_id', 'text'],
          ['card_id', 'text', 'null'],
          ['author_id', 'text', 'null'],
          ['title', 'text'],
          ['summary', 'text'],
          ['link', 'text'],
          ['body', 'text'],
          ['category', 'text'],
          ['level', 'text'],
          ['format', 'text'],
          ['status', 'text'],
          ['source', 'text'],
          ['credited', 'integer'],
          ['created_at', 'bigint'],
          ['updated_at', 'bigint'],
          ['reviewed_at', 'bigint', 'null'],
        ],
        ['guild_id', 'id'],
      );
      await createIndex(db, 'tutorials_library', 'number', ['guild_id', 'number'], true);
      await createIndex(db, 'tutorials_library', 'author', ['guild_id', 'author_id']);
      await createTable(
        db,
        'tutorials_library_members',
        [
          ['guild_id', 'text'],
          ['tutorial_id', 'text'],
          ['user_id', 'text'],
          ['viewed_at', 'bigint', 'null'],
          ['completed_at', 'bigint', 'null'],
          ['rating', 'integer', 'null'],
          ['rated_at', 'bigint', 'null'],
        ],
        ['guild_id', 'tutorial_id', 'user_id'],
      );
      await createIndex(db, 'tutorials_library_members', 'user', ['guild_id', 'user_id']);
      await createTable(
        db,
        'tutorials_library_reviews',
        [
          ['guild_id', 'text'],
          ['tutorial_id', 'text'],
          ['id', 'text'],
          ['reviewer_id', 'text'],
          ['verdict', 'text'],
          ['notes', 'text'],
          ['at', 'bigint'],
        ],
        ['guild_id', 'id'],
      );
      await createIndex(db, 'tutorials_library_reviews', 'tutorial', ['guild_id', 'tutorial_id']);
      await createIndex(db, 'tutorials_library_reviews', 'reviewer', ['guild_id', 'reviewer_id']);
    },
  },
];
