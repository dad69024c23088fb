import { afterEach, describe, expect, it } from 'vitest';
import { openTestStore, testDialect, testPostgresUrl, type TestStore } from '../../test/testStore.js';
import { LeaseConnection } from './LeaseConnection.js';

/** The worker lease (issue #20): one owner per guild and schema, released with the connection. */
describe.skipIf(testDialect !== 'postgres')('the worker lease on PostgreSQL', () => {
  const opened: { close(): Promise<void> }[] = [];
  const stores: TestStore[] = [];
  afterEach(async () => {
    for (const connection of opened.splice(0)) await connection.close();
    for (const store of stores.splice(0)) await store.destroy();
  });
  const schema = async (): Promise<string> => {
    const store = await openTestStore();
    stores.push(store);
    return store.schema ?? '';
  };
  const lease = async (inSchema: string): Promise<LeaseConnection> => {
    const connection = await LeaseConnection.open({ url: testPostgresUrl, schema: inSchema, lost: () => undefined });
    opened.push(connection);
    return connection;
  };

  it('gives a guild to one connection of a schema at a time, and to the next once the first closes', async () => {
    const here = await schema();
    const first = await lease(here);
    const second = await lease(here);
    expect(await first.tryAcquire('100000000000000001')).toBe(true);
    expect(await second.tryAcquire('100000000000000001')).toBe(false);
    expect(await second.tryAcquire('100000000000000002')).toBe(true);
    await first.close();
    expect(first.holds('100000000000000001')).toBe(false);
    expect(await second.tryAcquire('100000000000000001')).toBe(true);
  });

  it('keeps two deployments in different schemas of one database apart', async () => {
    const one = await lease(await schema());
    const other = await lease(await schema());
    expect(await one.tryAcquire('100000000000000001')).toBe(true);
    expect(await other.tryAcquire('100000000000000001')).toBe(true);
  });
});
