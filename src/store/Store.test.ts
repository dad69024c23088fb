import { sql, type Kysely } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { openTestStore, testDialect, type TestStore } from '../../test/testStore.js';
import { migrate } from './migrate.js';
import { openStore } from './Store.js';

describe(`store (${testDialect})`, () => {
  let store: TestStore | undefined;
  afterEach(async () => {
    await store?.destroy();
  });

  it('migrates the core tables and a second migrate applies nothing', async () => {
    store = await openTestStore();
    expect((await migrate(store, [])).applied).toEqual([]);
    await store.db
      .insertInto('event_log')
      .values({
        id: 'e1',
        guild_id: 'g',
        type: 't',
        source: 's',
        occurred_at: 1,
        recorded_at: 2,
        payload: '{}',
        handled_at: null,
      })
      .execute();
    const row = await store.db.selectFrom('event_log').selectAll().executeTakeFirstOrThrow();
    expect(row).toMatchObject({ id: 'e1', occurred_at: 1, recorded_at: 2, handled_at: null });
    expect(typeof row.seq).toBe('number');
  });

  it('runs module migrations once, under the module name', async () => {
    store = await openTestStore();
    const set = {
      owner: 'demo',
      migrations: [
        {
          name: '0001_things',
          up: (db: Kysely<unknown>) => db.schema.createTable('demo_things').addColumn('id', 'text').execute(),
        },
      ],
    };
    expect((await migrate(store, [set])).applied).toEqual(['demo/0001_things']);
    expect((await migrate(store, [set])).applied).toEqual([]);
  });
});

describe(`two databases side by side (${testDialect})`, () => {
  it('migrates a fresh schema while another one is open on the same server', async () => {
    const first = await openTestStore();
    const second = await openTestStore();
    try {
      expect((await migrate(second, [])).applied).toEqual([]);
      const tables = await second.db.selectFrom('event_log').select('id').execute();
      expect(tables).toEqual([]);
    } finally {
      await first.destroy();
      await second.destroy();
    }
  });
});

describe.skipIf(testDialect !== 'postgres')('server options in the PostgreSQL URL', () => {
  it('keeps the URL’s options and adds the schema’s search path', async () => {
    const base = await openTestStore();
    // The test URL may carry options of its own (testStore.ts): this one is added to them.
    const url = `${base.url}${base.url.includes('?') ? '&' : '?'}options=${encodeURIComponent('-c statement_timeout=4321')}`;
    const store = await openStore({ url, schema: base.schema ?? '' });
    try {
      const { rows } = await sql<{ timeout: string; schema: string }>`
        select current_setting('statement_timeout') as timeout, current_schema() as schema`.execute(store.db);
      expect(rows[0]).toEqual({ timeout: '4321ms', schema: base.schema });
    } finally {
      await store.destroy();
      await base.destroy();
    }
  });
});
