import type { Migration } from '../../store/Migration.js';
import { withSerialKey } from '../../store/Migration.js';

/** Schema of the server (blueprint) module's tables. */
export const serverMigrations: Migration[] = [
  {
    name: '0001_resources_and_changes',
    async up(db, dialect) {
      await db.schema
        .createTable('server_resources')
        .addColumn('guild_id', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('key', 'text', (c) => c.notNull())
        .addColumn('resource_id', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('server_resources_pk', ['guild_id', 'kind', 'key'])
        .execute();
      await withSerialKey(db.schema.createTable('server_changes'), dialect, 'id')
        .addColumn('guild_id', 'text', (c) => c.notNull())
        .addColumn('run_id', 'text', (c) => c.notNull())
        .addColumn('at', 'bigint', (c) => c.notNull())
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('target', 'text', (c) => c.notNull())
        .addColumn('before', 'text')
        .addColumn('after', 'text')
        .addColumn('reason', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('server_changes_run').on('server_changes').columns(['guild_id', 'run_id']).execute();
    },
  },
];
