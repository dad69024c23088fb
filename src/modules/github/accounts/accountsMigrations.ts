import type { Migration } from '../../../store/Migration.js';
import { createIndex, createTable } from '../../../store/tableBuilders.js';

/** The accounts part's migrations, named `0050_…` upwards (the module's other parts use other ranges). */
export const accountsMigrations: readonly Migration[] = [
  {
    name: '0050_github_accounts',
    async up(db) {
      await createTable(
        db,
        'github_links',
        [
          ['guild_id', 'text'],
          ['user_id', 'text'],
          ['login', 'text'],
          ['display_login', 'text'],
          ['github_id', 'text', 'null'],
          ['method', 'text'],
          ['linked_by', 'text'],
          ['linked_at', 'bigint'],
        ],
        ['guild_id', 'user_id'],
      );
      await createIndex(db, 'github_links', 'login', ['guild_id', 'login'], true);
      await createTable(
        db,
        'github_link_codes',
        [
          ['guild_id', 'text'],
          ['user_id', 'text'],
          ['login', 'text'],
          ['code_hash', 'text'],
          ['created_at', 'bigint'],
          ['expires_at', 'bigint'],
        ],
        ['guild_id', 'user_id'],
      );
      await createTable(
        db,
        'github_credits',
        [
          ['guild_id', 'text'],
          ['kind', 'text'],
          ['source_id', 'text'],
          ['user_id', 'text'],
          ['login', 'text'],
          ['delivery_id', 'text'],
          ['credited_at', 'bigint'],
        ],
        ['guild_id', 'kind', 'source_id'],
      );
      await createIndex(db, 'github_credits', 'user', ['guild_id', 'user_id']);
    },
  },
];
