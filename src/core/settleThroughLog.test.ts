import { setTimeout as delay } from 'node:timers/promises';
import type { Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CoreTables } from '../store/CoreTables.js';
import { openTestStore, testDialect, type TestStore } from '../../test/testStore.js';
import { ManualClock } from './Clock.js';
import { domainEvent, type DomainEvent } from './DomainEvent.js';
import { EventLog } from './EventLog.js';
import { settleThroughLog } from './settleThroughLog.js';

/** What a process that only records (gateway, api) waits for before it answers a sandbox input. */
describe(`settling through the log (${testDialect})`, () => {
  let store: TestStore;
  const clock = new ManualClock(Date.UTC(2026, 5, 1));
  const logOf = (db: Kysely<CoreTables>): EventLog => new EventLog(db, clock, { dialect: store.dialect });
  beforeEach(async () => {
    store = await openTestStore();
  });
  afterEach(() => store.destroy());

  const message = (n: number): DomainEvent =>
    domainEvent('message.created', {
      id: `sandbox:message.created:${n}`,
      guildId: '100000000000000001',
      occurredAt: clock.now(),
      source: 'sandbox',
      payload: {
        messageId: String(n),
        channelId: '200000000000000001',
        authorId: '300000000000000001',
        authorBot: false,
        content: 'spam',
        mentionedUserIds: [],
        mentionedRoleIds: [],
        referencedMessageId: null,
        attachmentCount: 0,
      },
    });

  /** Queues an action as a handler's unit does (in `db`, a transaction or not). */
  const queueDelete = async (db: Kysely<CoreTables>, position: number): Promise<number> => {
    const row = await db
      .insertInto('outbox')
      .values({
        key: `sandbox:message.created:1:automod#${position}`,
        guild_id: '100000000000000001',
        module: 'automod',
        action: 'deleteMessage',
        args: '[]',
        status: 'pending',
        attempts: 0,
        next_at: clock.now(),
        result: null,
        last_error: null,
        created_at: clock.now(),
        done_at: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  };

  it('waits for the logged event, then for the action its handling queued', async () => {
    await logOf(store.db).record(message(1));
    let settled = false;
    const settling = settleThroughLog(store.db, clock, 60_000).then(() => {
      settled = true;
    });
    await delay(100);
    expect(settled).toBe(false);
    // A worker handles it: the handled mark and the queued deletion commit together.
    const actionId = await store.db.transaction().execute(async (trx) => {
      await logOf(trx).markManyHandled(['sandbox:message.created:1']);
      return queueDelete(trx, 0);
    });
    await delay(100);
    expect(settled).toBe(false);
    await store.db
      .updateTable('outbox')
      .set({ status: 'done', done_at: clock.now() })
      .where('id', '=', actionId)
      .execute();
    await settling;
    expect(settled).toBe(true);
  });

  it('does not wait for an action waiting out its retry backoff, nor for a failed one', async () => {
    await logOf(store.db).record(message(1), true);
    const backoff = await queueDelete(store.db, 0);
    await store.db
      .updateTable('outbox')
      .set({ next_at: clock.now() + 30_000 })
      .where('id', '=', backoff)
      .execute();
    await store.db
      .updateTable('outbox')
      .set({ status: 'failed' })
      .where('id', '=', await queueDelete(store.db, 1))
      .execute();
    await settleThroughLog(store.db, clock, 60_000);
  });

  it('gives up after its longest wait when no worker handles the event', async () => {
    await logOf(store.db).record(message(1));
    await settleThroughLog(store.db, clock, 50);
    expect(await logOf(store.db).unhandled()).toHaveLength(1);
  });
});
