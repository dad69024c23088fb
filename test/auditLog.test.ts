import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestStore, testDialect, type TestStore } from './testStore.js';
import { migrateAll } from '../src/app/openAndMigrate.js';
import { AuditLog } from '../src/core/AuditLog.js';
import { ManualClock } from '../src/core/Clock.js';

describe(`AuditLog (${testDialect})`, () => {
  let store: TestStore;
  const clock = new ManualClock(Date.UTC(2026, 5, 1));

  beforeEach(async () => {
    store = await openTestStore();
    await migrateAll(store);
  });
  afterEach(async () => {
    await store.destroy();
  });

  it('records staff actions and reads them newest first, filtered and paged', async () => {
    const audit = new AuditLog(store.db, clock);
    await audit.record({
      guildId: 'g',
      actor: 'discord:1',
      action: 'moderation.ban',
      target: '2',
      details: { reason: 'spam' },
    });
    clock.advance(1000);
    await audit.record({ guildId: 'g', actor: 'cli:root', action: 'server.apply', target: null });
    clock.advance(1000);
    await audit.record({ guildId: 'g', actor: 'discord:1', action: 'moderation.warn', target: '3' });
    const all = await audit.list();
    expect(all.map((r) => r.action)).toEqual(['moderation.warn', 'server.apply', 'moderation.ban']);
    expect(all[2]).toMatchObject({
      actor: 'discord:1',
      target: '2',
      details: { reason: 'spam' },
      at: clock.now() - 2000,
    });
    expect((await audit.list({ actionPrefix: 'moderation.' })).map((r) => r.action)).toEqual([
      'moderation.warn',
      'moderation.ban',
    ]);
    expect((await audit.list({ actor: 'cli:root' })).map((r) => r.action)).toEqual(['server.apply']);
    const firstPage = await audit.list({ limit: 1 });
    const next = await audit.list({ limit: 5, beforeId: firstPage[0]!.id });
    expect(next.map((r) => r.action)).toEqual(['server.apply', 'moderation.ban']);
  });
});
