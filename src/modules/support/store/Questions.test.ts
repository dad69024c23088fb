import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openTestStore, testDialect, type TestStore } from '../../../../test/testStore.js';
import { currentUnit } from '../../../store/unitOfWork/index.js';
import type { SupportContext } from '../SupportContext.js';
import { supportMigrations } from '../supportMigrations.js';
import { supportDb } from '../SupportTables.js';
import { getQuestion, insertQuestion } from './Questions.js';

const GUILD = '100000000000000001';
const THREAD = '400000000000000001';

describe(`support questions within one unit of work (${testDialect})`, () => {
  let store: TestStore;
  let ctx: SupportContext;
  beforeEach(async () => {
    store = await openTestStore([{ owner: 'support', migrations: supportMigrations }]);
    // These reads and writes use only the context's database.
    ctx = { db: store.db } as Pick<SupportContext, 'db'> as SupportContext;
  });
  afterEach(() => store.destroy());

  const question = {
    guild_id: GUILD,
    id: THREAD,
    channel_id: '200000000000000001',
    asker_id: '300000000000000001',
    title: 'Bot offline',
    body: 'It stays offline.',
    tags: '[]',
    created_at: Date.UTC(2026, 5, 1),
    escalate_at: null,
  };

  it('asks the database once whether a thread is a question, and sees a question stored since', async () => {
    await store.unitOfWork(async () => {
      const unit = currentUnit();
      if (unit === undefined) throw new Error('not in a unit');
      const executed = vi.spyOn(unit.connection, 'executeQuery');
      const reads = (): number => executed.mock.calls.filter(([q]) => q.sql.startsWith('select')).length;
      expect(await getQuestion(ctx, GUILD, THREAD)).toBeUndefined();
      expect(await getQuestion(ctx, GUILD, THREAD)).toBeUndefined();
      expect(reads()).toBe(1);
      expect(await insertQuestion(ctx, question)).toBe(true);
      expect(await getQuestion(ctx, GUILD, THREAD)).toMatchObject({ id: THREAD, status: 'open' });
    });
  });

  it('asks again in the next unit of work (another process may have stored the question)', async () => {
    await store.unitOfWork(async () => {
      expect(await getQuestion(ctx, GUILD, THREAD)).toBeUndefined();
    });
    await supportDb(store.db)
      .insertInto('support_questions')
      .values({ ...question, status: 'open', last_activity_at: 0, last_asker_at: 0, answers: 0, tier: 0 })
      .execute();
    await store.unitOfWork(async () => {
      expect(await getQuestion(ctx, GUILD, THREAD)).toMatchObject({ id: THREAD });
    });
  });
});
