import { afterEach, describe, expect, it } from 'vitest';
import { openTestStore, testDialect, type TestStore } from '../../test/testStore.js';
import { migrate } from './migrate.js';

describe(`core migrations (${testDialect})`, () => {
  let store: TestStore | undefined;
  afterEach(async () => {
    await store?.destroy();
  });

  it('0011_import_progress migrates a database whose import already made the table, keeping its rows', async () => {
    store = await openTestStore();
    await store.db
      .insertInto('import_progress')
      .values({ guild_id: 'g', file: '/exports/general.json', bytes: 10, position: 4, done_at: null, updated_at: 1 })
      .execute();
    // A database the import command ran on before the migration: the table is there (the
    // command created it with the same DDL on first use), the migration is not recorded.
    await store.db
      .withTables<{ guildhall_migrations: { name: string } }>()
      .deleteFrom('guildhall_migrations')
      .where('name', '=', '!core/0011_import_progress')
      .execute();
    expect((await migrate(store, [])).applied).toEqual(['!core/0011_import_progress']);
    expect(await store.db.selectFrom('import_progress').selectAll().execute()).toEqual([
      { guild_id: 'g', file: '/exports/general.json', bytes: 10, position: 4, done_at: null, updated_at: 1 },
    ]);
  });
});
